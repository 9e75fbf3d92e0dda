package io.sigillo.issuer.status;

class PostgresConcurrencyTest extends ConcurrencyContractTest {
  @Override
  TestDatabases.Db newDatabase() {
    return TestDatabases.postgres();
  }
}
