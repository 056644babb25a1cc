/** Answer composition: from retrieved passages to a cited, sectioned answer. */
@NullMarked
package org.galen.compose;

import org.jspecify.annotations.NullMarked;
