/**
 * A small time-budgeted mutation fuzzer for the readers: real files as seeds, structure-aware
 * mutations, and one oracle (records or a documented input error, never a crash).
 */
@NullMarked
package org.galen.ingest.fuzz;

import org.jspecify.annotations.NullMarked;
