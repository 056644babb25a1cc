package org.galen.store;

/** A save killed midway on a real PostgreSQL server. */
class PostgresSaveCrashTest extends SaveCrashContract {
  @Override
  StoreConfig database() {
    return PostgresServer.freshDatabase();
  }
}
