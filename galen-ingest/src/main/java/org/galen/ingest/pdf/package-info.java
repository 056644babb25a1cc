/** Reads PDF documents page by page, keeping page numbers for citation. */
@NullMarked
package org.galen.ingest.pdf;

import org.jspecify.annotations.NullMarked;
