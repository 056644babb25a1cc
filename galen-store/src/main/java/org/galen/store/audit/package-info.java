/** The append-only audit log. */
@NullMarked
package org.galen.store.audit;

import org.jspecify.annotations.NullMarked;
