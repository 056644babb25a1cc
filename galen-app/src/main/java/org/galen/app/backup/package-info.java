/**
 * Backups that are data, not code: a zip of JSON-lines tables, the library index and the source
 * journal, with a manifest of sizes and SHA-256 checksums; restore checks all of it before it
 * replaces anything.
 */
@NullMarked
package org.galen.app.backup;

import org.jspecify.annotations.NullMarked;
