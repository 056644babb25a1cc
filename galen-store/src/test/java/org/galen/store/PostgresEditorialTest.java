package org.galen.store;

/** The same editorial workflow on a real PostgreSQL server. */
class PostgresEditorialTest extends EditorialContract {
  @Override
  StoreConfig freshDatabase() {
    return PostgresServer.freshDatabase();
  }
}
