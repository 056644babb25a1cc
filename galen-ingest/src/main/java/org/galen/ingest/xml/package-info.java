/**
 * The one hardened StAX setup every XML reader uses (no DTDs, no external entities, no entity
 * expansion), and a small per-record element tree so readers stream without building a DOM of the
 * whole file.
 */
@NullMarked
package org.galen.ingest.xml;

import org.jspecify.annotations.NullMarked;
