/** Galen's own practice summaries: Markdown with YAML front matter, and their content linter. */
@NullMarked
package org.galen.ingest.summary;

import org.jspecify.annotations.NullMarked;
