package io.sigillo.benchmarks;

import io.sigillo.issuer.Issuer;
import io.sigillo.issuer.batch.BatchIssuer;
import io.sigillo.issuer.batch.BatchSummary;
import io.sigillo.issuer.batch.ColumnMapping;
import io.sigillo.issuer.route.CertificationRoute;
import io.sigillo.issuer.route.RouteStore;
import io.sigillo.issuer.status.ConnectionSource;
import io.sigillo.issuer.status.JdbcStatusStore;
import io.sigillo.issuer.status.PooledConnections;
import io.sigillo.issuer.status.StatusListConfig;
import io.sigillo.issuer.testpki.TestPki;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End-to-end batch issuance of an HR export of {@link #rows} rows: read and validate every row,
 * record the applications and register the credentials (chunks of 500, one transaction each),
 * seal JAdES and vc+jwt on every core, write the files per holder (and the offline QR code, PNG
 * and SVG, with {@link #qr}), confirm delivery. Each measured shot starts on an empty database and
 * an empty output folder; the score is the time of one whole batch, so credentials per second =
 * rows / score. The export comes from {@link HrCsv} and the mapping is
 * {@code examples/hr/mapping.json} itself (the build packages it as a resource).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class BatchIssueBenchmark {
  /** The database. */
  @Param({"h2", "postgresql"})
  public String database;

  /** Whether to write QR codes. */
  @Param({"true", "false"})
  public boolean qr;

  /** Rows in the export. */
  @Param({"10000"})
  public int rows;

  private final Clock clock = StatusBenchFixture.CLOCK;
  private Path dir;
  private Path csv;
  private ColumnMapping mapping;
  private TestPki pki;
  private EmbeddedPostgres postgres;
  private int shot;
  private PooledConnections connections;
  private BatchIssuer batch;
  private Path out;

  /**
   * Writes the export, makes the PKI and starts PostgreSQL.
   *
   * @throws Exception if something cannot start
   */
  @Setup(Level.Trial)
  public void start() throws Exception {
    dir = Files.createTempDirectory("sigillo-batch-bench");
    csv = HrCsv.write(dir.resolve("hr.csv"), rows);
    try (InputStream in = BatchIssueBenchmark.class.getResourceAsStream("hr/mapping.json")) {
      mapping = ColumnMapping.read(in.readAllBytes(), ColumnMapping.Format.CSV);
    }
    pki = TestPki.newBuilder().clock(Clock.fixed(clock.instant().minusSeconds(86_400), clock.getZone())).build();
    if (database.equals("postgresql")) {
      postgres = EmbeddedPostgres.builder().setOverrideWorkingDirectory(dir.resolve("pg").toFile()).start();
    }
  }

  /**
   * A new, empty database and output folder for the next shot.
   *
   * @throws Exception if the database cannot be created
   */
  @Setup(Level.Iteration)
  public void prepare() throws Exception {
    shot++;
    ConnectionSource source;
    if (postgres != null) {
      String name = "batch_" + shot;
      try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      }
      source = ConnectionSource.url(postgres.getJdbcUrl("postgres", name), "postgres", "");
    } else {
      source = ConnectionSource.url(JdbcStatusStore.h2FileUrl(dir.resolve("h2-" + shot)), "sa", "");
    }
    connections = PooledConnections.of(source, 8);
    RouteStore store = RouteStore.newBuilder().connections(connections).clock(clock).build();
    Issuer issuer = Issuer.newBuilder().seal(pki.seal()).organisation(StatusBenchFixture.AIPIA).clock(clock)
        .qrSeal(qr).status(StatusListConfig.newBuilder().store(store.statusStore())
            .baseUrl(URI.create("https://aipia.example/status/")).build())
        .build();
    CertificationRoute route = CertificationRoute.newBuilder().issuer(issuer).store(store).clock(clock).build();
    out = dir.resolve("out-" + shot);
    batch = BatchIssuer.newBuilder().route(route).output(out).actor("bench").qr(qr, 4).build();
  }

  /**
   * Issues the whole export.
   *
   * @return the summary
   * @throws Exception if the batch fails or does not issue every row
   */
  @Benchmark
  public BatchSummary issueAll() throws Exception {
    BatchSummary s = batch.run(csv, mapping);
    if (s.issued() != rows) {
      throw new IllegalStateException("issued " + s.issued() + " of " + rows + ": " + s.toJson());
    }
    return s;
  }

  /** Closes the connections and deletes the shot's output. */
  @TearDown(Level.Iteration)
  public void cleanUp() {
    connections.close();
    delete(out);
  }

  /**
   * Stops PostgreSQL and deletes everything.
   *
   * @throws IOException if PostgreSQL cannot stop
   */
  @TearDown(Level.Trial)
  public void stop() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
    delete(dir);
  }

  private static void delete(Path p) {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> all = Files.walk(p)) {
      all.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
