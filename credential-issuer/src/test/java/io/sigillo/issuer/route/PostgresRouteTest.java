package io.sigillo.issuer.route;

import io.sigillo.issuer.status.TestDatabases;

class PostgresRouteTest extends RouteContractTest {
  @Override
  TestDatabases.Db newDatabase() {
    return TestDatabases.postgres();
  }
}
