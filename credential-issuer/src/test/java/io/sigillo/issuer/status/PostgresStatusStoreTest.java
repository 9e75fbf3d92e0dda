package io.sigillo.issuer.status;

class PostgresStatusStoreTest extends StatusStoreContractTest {
  @Override
  TestDatabases.Db newDatabase() {
    return TestDatabases.postgres();
  }
}
