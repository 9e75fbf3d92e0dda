package io.sigillo.issuer.route;

import io.sigillo.issuer.status.TestDatabases;

class PostgresOneShotRoutesTest extends OneShotRoutesContractTest {
  @Override
  TestDatabases.Db newDatabase() {
    return TestDatabases.postgres();
  }
}
