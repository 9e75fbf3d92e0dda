package io.sigillo.issuer.route;

import io.sigillo.issuer.status.TestDatabases;

class PostgresBatchPreparationTest extends BatchPreparationContractTest {
  @Override
  TestDatabases.Db newDatabase() {
    return TestDatabases.postgres();
  }
}
