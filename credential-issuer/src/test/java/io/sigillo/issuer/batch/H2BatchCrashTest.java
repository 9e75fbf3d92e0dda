package io.sigillo.issuer.batch;

import io.sigillo.issuer.status.TestDatabases;
import java.nio.file.Path;

class H2BatchCrashTest extends BatchCrashContractTest {
  @Override
  TestDatabases.Db newDatabase(Path dir) {
    return TestDatabases.h2(dir);
  }
}
