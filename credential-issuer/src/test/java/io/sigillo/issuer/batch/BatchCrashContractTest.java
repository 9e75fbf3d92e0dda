package io.sigillo.issuer.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.credential.CredentialJson;
import io.sigillo.credential.EdcCredential;
import io.sigillo.issuer.route.RouteFixture;
import io.sigillo.issuer.status.TestDatabases;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch in a child JVM dies half-way (halted at a chosen step, or killed at an unknown moment);
 * running the same file again issues every row exactly once: nothing lost, nothing twice. Run on
 * H2 and PostgreSQL.
 */
abstract class BatchCrashContractTest {
  static final int ROWS = 60;

  @TempDir
  Path dir;

  abstract TestDatabases.Db newDatabase(Path dir);

  Process child(TestDatabases.Db db, Path csv, Path out, String event, int at) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
        "-cp", System.getProperty("java.class.path"), BatchWorker.class.getName(), db.url, db.user, db.password,
        csv.toString(), out.toString(), event, Integer.toString(at)));
    return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT)
        .directory(new File(System.getProperty("user.dir"))).start();
  }

  /** Reads the child's lines until one starts with {@code prefix} and satisfies the row count, or it ends. */
  static List<String> linesUntil(Process p, String prefix, int minRows) throws Exception {
    List<String> lines = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = r.readLine()) != null) {
      lines.add(line);
      if (line.startsWith(prefix) && (minRows == 0 || Integer.parseInt(line.split(" ")[1]) >= minRows)) {
        break;
      }
    }
    return lines;
  }

  void crashThenRerun(String event, int at) throws Exception {
    Path csv = HrExport.csv(dir.resolve("hr.csv"), 1, ROWS + 1, r -> r);
    Path out = dir.resolve("out");
    TestDatabases.Db db = newDatabase(dir);
    try {
      Process p = child(db, csv, out, event, at);
      List<String> lines = linesUntil(p, "HALT", 0);
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(lines).as("the child stopped at " + event + " #" + at).contains("HALT");
      assertThat(p.exitValue()).isEqualTo(9);
      rerunAndCheck(db, csv, out, true);
    } finally {
      db.close();
    }
  }

  void rerunAndCheck(TestDatabases.Db db, Path csv, Path out, boolean somethingPending) throws Exception {
    try (RouteFixture f = new RouteFixture(db, true)) {
      int confirmedBefore = (int) count(f, "SELECT COUNT(*) FROM sigillo_application WHERE state = 'ISSUED'");
      int pendingBefore = f.store.pendingApplications().size();
      if (somethingPending) {
        assertThat(pendingBefore).as("the crash left prepared, unconfirmed credentials").isPositive();
      }

      BatchSummary s = BatchRun.issuer(f, out).chunkSize(10).build().run(csv, BatchRun.mapping());

      assertThat(s.rejectedRows()).isZero();
      assertThat(s.alreadyIssued()).isEqualTo(confirmedBefore);
      assertThat(s.resumed()).isEqualTo(pendingBefore);
      assertThat(s.issued() + s.resumed() + s.alreadyIssued()).isEqualTo(ROWS);
      assertThat(count(f, "SELECT COUNT(*) FROM sigillo_credential")).as("one credential per row").isEqualTo(ROWS);
      assertThat(count(f, "SELECT COUNT(*) FROM sigillo_application WHERE state = 'ISSUED'")).isEqualTo(ROWS);
      assertThat(count(f, "SELECT COUNT(DISTINCT hr_id) FROM sigillo_application")).isEqualTo(ROWS);
      assertThat(f.store.pendingApplications()).isEmpty();
      Set<URI> ids = new HashSet<>();
      try (Stream<Path> holders = Files.list(out.resolve("credentials"))) {
        for (Path holder : holders.toList()) {
          List<Path> files;
          try (Stream<Path> fs = Files.list(holder)) {
            files = fs.toList();
          }
          assertThat(files).as("one credential's five files in " + holder.getFileName()).hasSize(5)
              .noneMatch(x -> x.getFileName().toString().endsWith(".tmp"));
          Path jsonld = files.stream().filter(x -> x.toString().endsWith(".jsonld")).findFirst().orElseThrow();
          EdcCredential c = CredentialJson.read(Files.readAllBytes(jsonld));
          assertThat(f.store.credential(c.id())).contains(c);
          ids.add(c.id());
        }
      }
      assertThat(ids).hasSize(ROWS);
    }
  }

  static long count(RouteFixture f, String sql) throws Exception {
    try (Connection c = f.db.source().open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void crashAfterFilesWrittenBeforeConfirmation_rerunIssuesEveryRowOnce() throws Exception {
    crashThenRerun("written", 3);
  }

  @Test
  void crashAfterRecordingBeforeSealing_rerunIssuesEveryRowOnce() throws Exception {
    crashThenRerun("prepared", 4);
  }

  @Test
  void killedAtAnUnknownMoment_rerunIssuesEveryRowOnce() throws Exception {
    Path csv = HrExport.csv(dir.resolve("hr.csv"), 1, ROWS + 1, r -> r);
    Path out = dir.resolve("out");
    TestDatabases.Db db = newDatabase(dir);
    try {
      Process p = child(db, csv, out, "none", 0);
      List<String> lines = linesUntil(p, "PROGRESS", 25);
      p.destroyForcibly();
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(lines).as("killed mid-batch").noneMatch(l -> l.startsWith("DONE"));
      assertThat(p.exitValue()).as("killed, not finished").isNotZero();
      rerunAndCheck(db, csv, out, false);
    } finally {
      db.close();
    }
  }
}
