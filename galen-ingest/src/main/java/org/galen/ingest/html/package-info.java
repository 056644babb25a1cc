/** Reads HTML guideline pages: main content only, headings as sections. */
@NullMarked
package org.galen.ingest.html;

import org.jspecify.annotations.NullMarked;
