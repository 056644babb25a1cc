/** Pages admins edit: the editorial policy and the disclaimer. */
@NullMarked
package org.galen.store.page;

import org.jspecify.annotations.NullMarked;
