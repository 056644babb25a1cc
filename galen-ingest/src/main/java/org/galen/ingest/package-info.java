/** Readers that turn files into sources and passages, and the report of what an ingest did. */
@NullMarked
package org.galen.ingest;

import org.jspecify.annotations.NullMarked;
