package io.sigillo.issuer.status;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2ConcurrencyTest extends ConcurrencyContractTest {
  @TempDir
  Path dir;

  @Override
  TestDatabases.Db newDatabase() {
    return TestDatabases.h2(dir);
  }
}
