package io.sigillo.benchmarks;

import io.sigillo.issuer.SealedStatusList;
import io.sigillo.status.BitstringStatusList;
import java.io.IOException;
import java.net.URI;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Publishing a status list of 131,072 and of 1,048,576 entries: {@code Issuer.publishStatusList}
 * reads the revoked indices from the store (H2), builds and encodes the bitstring, and seals the
 * list credential in both forms; and, for comparison, encoding alone (GZIP + base64url) of a list
 * with 1% of its bits set.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StatusPublishBenchmark {
  /** Entries of the published list. */
  @Param({"131072", "1048576"})
  public int entries;

  private StatusBenchFixture f;
  private BitstringStatusList onePercent;

  /**
   * Creates a store whose lists have the given length, registers 200 credentials and revokes
   * every other one.
   *
   * @throws Exception if the fixture fails
   */
  @Setup
  public void setUp() throws Exception {
    f = new StatusBenchFixture("h2", entries);
    for (int i = 0; i < 200; i++) {
      URI id = f.issuer.issue(StatusBenchFixture.request()).credential().id();
      if (i % 2 == 0) {
        f.store.revoke(id, "bench", "");
      }
    }
    Random random = new Random(11);
    BitstringStatusList.Builder b = BitstringStatusList.newBuilder(entries, 1);
    for (int i = 0; i < entries / 100; i++) {
      b.set(random.nextInt(entries), 1);
    }
    onePercent = b.build();
    if (publish().credential().list(1, BitstringStatusList.DecodeLimits.DEFAULT).size() != entries) {
      throw new IllegalStateException("unexpected list length");
    }
  }

  /**
   * Closes the store.
   *
   * @throws IOException if closing fails
   */
  @TearDown
  public void tearDown() throws IOException {
    f.close();
  }

  /**
   * Publishes the revocation list: store snapshot, encode, seal (JAdES and vc+jwt).
   *
   * @return the sealed list
   * @throws Exception if publishing fails
   */
  @Benchmark
  public SealedStatusList publish() throws Exception {
    return f.issuer.publishStatusList("r1");
  }

  /**
   * Encodes a list with 1% of its bits set.
   *
   * @return the encodedList value
   */
  @Benchmark
  public String encodeOnePercentSet() {
    return onePercent.encode();
  }

}
