/**
 * Reads generic Markdown guideline documents such as the AHRQ National Guideline Clearinghouse
 * summaries.
 */
@NullMarked
package org.galen.ingest.guideline;

import org.jspecify.annotations.NullMarked;
