package io.sigillo.benchmarks;

import io.sigillo.issuer.IssuanceException;
import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.SealedStatusList;
import io.sigillo.json.StrictJson;
import io.sigillo.status.BitstringStatusList;
import io.sigillo.status.BitstringStatusListEntry;
import io.sigillo.status.StatusListException;
import io.sigillo.verifier.CheckResult;
import io.sigillo.verifier.OfflineStatusListResolver;
import io.sigillo.verifier.VerificationPolicy;
import io.sigillo.verifier.internal.Certificates;
import io.sigillo.verifier.internal.ChainValidator;
import io.sigillo.verifier.internal.KnownCertificates;
import io.sigillo.verifier.internal.StatusCheck;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading status: the verifier's whole STATUS check against lists it has already verified and
 * decoded (resolver lookup, cache hit, window and trust-cache checks, purpose, two bit reads,
 * the check result), a bare bit read from a decoded list, and decoding one 16 KiB list
 * (131,072 entries, 1% set).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StatusListBenchmark {
  private StatusBenchFixture f;
  private StatusCheck check;
  private List<BitstringStatusListEntry> entries;
  private URI issuerId;
  private Instant now;
  private BitstringStatusList decoded;
  private String encoded16KiB;
  private int[] indices;
  private int next;

  /**
   * Issues a credential with status, publishes its lists and runs the check once (the first
   * decode), and prepares a 16 KiB list with 1% of its bits set.
   *
   * @throws IssuanceException if the fixture cannot issue or publish
   */
  @Setup
  public void setUp() throws Exception {
    f = new StatusBenchFixture("h2", BitstringStatusList.MINIMUM_ENTRIES);
    SealedCredential sealed = f.issuer.issue(StatusBenchFixture.request());
    OfflineStatusListResolver.Builder lists = OfflineStatusListResolver.newBuilder().clock(StatusBenchFixture.CLOCK);
    for (SealedStatusList l : f.issuer.publishStatusLists()) {
      lists.add(l.vcJwt().getBytes(StandardCharsets.US_ASCII));
    }
    VerificationPolicy policy = VerificationPolicy.newBuilder().clock(StatusBenchFixture.CLOCK)
        .trustAnchors(List.of(f.pki.trustAnchor())).statusListResolver(lists.build()).build();
    check = new StatusCheck(policy, StrictJson.withLimits(policy.jsonLimits()), new Certificates(),
        new ChainValidator(policy.trustAnchors(), policy.crls()),
        new KnownCertificates(policy.sealCertificates(), policy.trustAnchors()));
    entries = sealed.credential().credentialStatus();
    issuerId = sealed.credential().issuer().id();
    now = StatusBenchFixture.CLOCK.instant();
    CheckResult first = statusCheckCachedList();
    if (!first.passed()) {
      throw new IllegalStateException("the status check does not pass: " + first);
    }
    Random random = new Random(7);
    BitstringStatusList.Builder b = BitstringStatusList.newBuilder(BitstringStatusList.MINIMUM_ENTRIES, 1);
    for (int i = 0; i < BitstringStatusList.MINIMUM_ENTRIES / 100; i++) {
      b.set(random.nextInt(BitstringStatusList.MINIMUM_ENTRIES), 1);
    }
    decoded = b.build();
    encoded16KiB = decoded.encode();
    indices = new int[1024];
    for (int i = 0; i < indices.length; i++) {
      indices[i] = random.nextInt(BitstringStatusList.MINIMUM_ENTRIES);
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
   * The STATUS check of a credential with a revocation and a suspension entry, lists cached.
   *
   * @return the result
   */
  @Benchmark
  public CheckResult statusCheckCachedList() {
    return check.run(entries, issuerId, "VATIT-12345678901", now);
  }

  /**
   * One status read from a decoded list.
   *
   * @return the status
   * @throws StatusListException never (indices are in range)
   */
  @Benchmark
  public int bitReadDecodedList() throws StatusListException {
    return decoded.status(indices[next++ & 1023]);
  }

  /**
   * Decoding one 16 KiB list (multibase, base64url, GZIP with CRC check, length check).
   *
   * @return the list
   * @throws StatusListException never
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public BitstringStatusList decode16KiBList() throws StatusListException {
    return BitstringStatusList.decode(encoded16KiB, 1);
  }
}
