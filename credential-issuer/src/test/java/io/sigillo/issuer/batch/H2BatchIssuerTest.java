package io.sigillo.issuer.batch;

import io.sigillo.issuer.status.TestDatabases;
import java.nio.file.Path;

class H2BatchIssuerTest extends BatchIssuerContractTest {
  @Override
  TestDatabases.Db newDatabase(Path dir) {
    return TestDatabases.h2(dir);
  }
}
