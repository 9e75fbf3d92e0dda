package io.sigillo.benchmarks;

import io.sigillo.issuer.status.CredentialRegistration;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
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
 * Revocations per second on H2 (embedded file) and on PostgreSQL (embedded server, loopback),
 * one thread, pooled connections: each operation is one transaction that locks the credential's
 * row, checks the transition, updates it and appends to its history. Revocation is final, so
 * every batch of {@value #BATCH} revocations works on credentials registered (unmeasured) before
 * the batch. The score is the time of one batch; revocations per second = BATCH / score. A second
 * benchmark measures registration (allocation of a random index in two lists plus the record).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, batchSize = StatusStoreBenchmark.BATCH)
@Measurement(iterations = 5, batchSize = StatusStoreBenchmark.BATCH)
public class StatusStoreBenchmark {
  /** Operations per measured batch. */
  public static final int BATCH = 500;

  /** The database. */
  @Param({"h2", "postgresql"})
  public String database;

  private StatusBenchFixture f;
  private URI[] ids;
  private int next;
  private int registered;

  /**
   * Starts the database and the store.
   *
   * @throws Exception if the database cannot start
   */
  @Setup(Level.Trial)
  public void start() throws Exception {
    f = new StatusBenchFixture(database, 1 << 20);
  }

  /**
   * Registers the credentials the next batch revokes.
   *
   * @throws Exception if registration fails
   */
  @Setup(Level.Iteration)
  public void registerBatch() throws Exception {
    ids = new URI[BATCH];
    for (int i = 0; i < BATCH; i++) {
      ids[i] = URI.create("urn:uuid:" + UUID.randomUUID());
      f.store.register(registration(ids[i]), "bench");
    }
    next = 0;
  }

  /**
   * Closes the store and stops the database.
   *
   * @throws IOException if stopping fails
   */
  @TearDown(Level.Trial)
  public void stop() throws IOException {
    f.close();
  }

  static CredentialRegistration registration(URI id) {
    return new CredentialRegistration(id, "holder", "ai-security-specialist",
        Instant.parse("2026-12-01T09:00:00Z"), Instant.parse("2029-12-01T09:00:00Z"));
  }

  /**
   * Revokes the next registered credential.
   *
   * @return the new version
   * @throws Exception if the store refuses
   */
  @Benchmark
  public int revoke() throws Exception {
    return f.store.revoke(ids[next++], "bench", "benchmark").version();
  }

  /**
   * Registers a new credential (two random index allocations and the record).
   *
   * @return the revocation index
   * @throws Exception if the store fails
   */
  @Benchmark
  public int register() throws Exception {
    return f.store.register(registration(URI.create("urn:uuid:" + new UUID(7, registered++))), "bench")
        .slots().get(0).index();
  }
}
