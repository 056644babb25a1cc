/** The {@code galen} command line: ask, source, ingest, serve, bench. */
@NullMarked
package org.galen.app.cli;

import org.jspecify.annotations.NullMarked;
