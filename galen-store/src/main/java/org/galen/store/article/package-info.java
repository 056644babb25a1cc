/** Articles, their versions and the review workflow. */
@NullMarked
package org.galen.store.article;

import org.jspecify.annotations.NullMarked;
