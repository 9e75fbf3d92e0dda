package io.sigillo.issuer.route;

import io.sigillo.issuer.status.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2RouteTest extends RouteContractTest {
  @TempDir
  Path dir;

  @Override
  TestDatabases.Db newDatabase() {
    return TestDatabases.h2(dir);
  }
}
