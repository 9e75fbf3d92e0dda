package io.sigillo.issuer.batch;

import io.sigillo.issuer.status.TestDatabases;
import java.nio.file.Path;

class PostgresBatchCrashTest extends BatchCrashContractTest {
  @Override
  TestDatabases.Db newDatabase(Path dir) {
    return TestDatabases.postgres();
  }
}
