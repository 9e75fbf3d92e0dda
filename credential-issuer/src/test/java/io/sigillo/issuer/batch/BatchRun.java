package io.sigillo.issuer.batch;

import io.sigillo.issuer.route.RouteFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs a batch on a route fixture with the sample mapping. */
final class BatchRun {
  private BatchRun() {}

  static BatchIssuer.Builder issuer(RouteFixture f, Path out) {
    return BatchIssuer.newBuilder().route(f.route()).output(out).actor("hr-import@aipia").qr(true, 2).chunkSize(8)
        .threads(2);
  }

  static ColumnMapping mapping() throws BatchException {
    return ColumnMapping.read(HrExport.MAPPING.getBytes(StandardCharsets.UTF_8), null);
  }

  static String read(Path p) throws java.io.IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
