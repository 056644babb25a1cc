/**
 * The editorial database: {@link org.galen.store.Store} opens it (H2 file by default, PostgreSQL by
 * configuration) and migrates it with Flyway; feature packages hold articles, accounts, the audit
 * log and the editable pages. Every mutating service method checks the acting user's roles.
 */
@NullMarked
package org.galen.store;

import org.jspecify.annotations.NullMarked;
