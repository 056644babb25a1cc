/** The Lucene library index: one schema, a writer that upserts sources, a reader that searches. */
@NullMarked
package org.galen.index;

import org.jspecify.annotations.NullMarked;
