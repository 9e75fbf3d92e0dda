package io.sigillo.issuer.batch;

import io.sigillo.issuer.route.RouteFixture;
import io.sigillo.issuer.status.TestDatabases;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A batch in a separate JVM for the crash tests (started with the test classpath). Prints
 * {@code PROGRESS <rows>} as it goes; with a halt event it stops the JVM dead (no shutdown hooks,
 * no finally blocks) at the given occurrence of that event.
 *
 * <pre>
 * URL USER PASSWORD CSV OUT EVENT N    EVENT: prepared | written | confirmed | none
 * </pre>
 */
public final class BatchWorker {
  private BatchWorker() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String event = args[5];
    int at = Integer.parseInt(args[6]);
    int[] seen = new int[1];
    Runnable maybeHalt = () -> {
      if (++seen[0] == at) {
        out.println("HALT");
        Runtime.getRuntime().halt(9);
      }
    };
    try (RouteFixture f = new RouteFixture(new TestDatabases.Db(args[0], args[1], args[2]), true)) {
      BatchSummary s = BatchRun.issuer(f, Path.of(args[4])).chunkSize(10).listener(new BatchListener() {
        @Override
        public void progress(int rowsDone, int totalRows, int credentialsDone) {
          out.println("PROGRESS " + rowsDone);
        }

        @Override
        public void chunkPrepared(int credentials) {
          if (event.equals("prepared")) {
            maybeHalt.run();
          }
        }

        @Override
        public void chunkWritten(int credentials) {
          if (event.equals("written")) {
            maybeHalt.run();
          }
        }

        @Override
        public void chunkConfirmed(int credentials) {
          if (event.equals("confirmed")) {
            maybeHalt.run();
          }
        }
      }).build().run(Path.of(args[3]), BatchRun.mapping());
      out.println("DONE " + s.toJson());
    }
  }
}
