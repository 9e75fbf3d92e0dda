package io.sigillo.benchmarks;

import io.sigillo.issuer.IssuanceException;
import io.sigillo.issuer.SealedCredential;
import io.sigillo.seal.SecuringForm;
import io.sigillo.verifier.VerificationPolicy;
import io.sigillo.verifier.VerificationReport;
import io.sigillo.verifier.Verifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full verification ({@code Verifier.verify(bytes)}: envelope, header rules, signature, PKIX chain
 * to the trust anchor, QC statements, issuer binding, credential format and profile rules,
 * validity) of the JAdES and the {@code vc+jwt} form of the same credential, with the default
 * strict policy, a fixed clock and a long-lived verifier whose caches are warm. Two informational
 * variants: a verifier created for each input (cold caches: certificate parsing and PKIX every
 * time) and a policy that also expands the credential as JSON-LD.
 *
 * <p>Each invocation verifies the next of {@value #CREDENTIALS} credentials issued to distinct
 * holders with fresh identifiers and signatures: the verifier's caches may hold what is shared by
 * every credential of one issuer (its certificate chain), never the credential itself.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 12, time = 2)
@Measurement(iterations = 5, time = 2)
public class VerifyBenchmark {
  private Fixture f;
  private Verifier verifier;
  private Verifier jsonLdVerifier;
  static final int CREDENTIALS = 64;

  private byte[][] jades;
  private byte[][] vcJwt;
  private int next;

  /**
   * Issues the credentials in both forms and checks once that each verifies as TOTAL_PASSED.
   *
   * @throws IssuanceException if the fixture cannot issue
   */
  @Setup
  public void setUp() throws IssuanceException {
    f = new Fixture();
    verifier = f.verifier();
    jsonLdVerifier = Verifier.create(VerificationPolicy.newBuilder().clock(Fixture.CLOCK)
        .trustAnchors(List.of(f.pki.trustAnchor())).requireJsonLdExpansion().build());
    List<SealedCredential> sealed = f.distinctCredentials(CREDENTIALS);
    jades = new byte[CREDENTIALS][];
    vcJwt = new byte[CREDENTIALS][];
    for (int i = 0; i < CREDENTIALS; i++) {
      jades[i] = sealed.get(i).jades().getBytes(StandardCharsets.UTF_8);
      vcJwt[i] = sealed.get(i).vcJwt().getBytes(StandardCharsets.UTF_8);
      check(verifier.verify(jades[i]), SecuringForm.JADES);
      check(verifier.verify(vcJwt[i]), SecuringForm.VC_JWT);
      check(jsonLdVerifier.verify(jades[i]), SecuringForm.JADES);
    }
    check(f.verifier().verify(jades[0]), SecuringForm.JADES);
  }

  private int next() {
    int i = next;
    next = i + 1 == CREDENTIALS ? 0 : i + 1;
    return i;
  }

  private static void check(VerificationReport report, SecuringForm form) {
    Fixture.requirePassed(report, form.name());
    if (report.securingForm().orElse(null) != form) {
      throw new IllegalStateException("expected " + form + ", verified " + report.securingForm());
    }
  }

  /**
   * Verifies the JAdES form.
   *
   * @return the report
   */
  @Benchmark
  public VerificationReport verifyJades() {
    return verifier.verify(jades[next()]);
  }

  /**
   * Verifies the {@code vc+jwt} form.
   *
   * @return the report
   */
  @Benchmark
  public VerificationReport verifyVcJwt() {
    return verifier.verify(vcJwt[next()]);
  }

  /**
   * Verifies the JAdES form with a new verifier each time: no cached certificate or chain.
   *
   * @return the report
   */
  @Benchmark
  public VerificationReport verifyJadesColdCaches() {
    return f.verifier().verify(jades[next()]);
  }

  /**
   * Verifies the JAdES form and also expands the credential as JSON-LD over the pinned contexts.
   *
   * @return the report
   */
  @Benchmark
  public VerificationReport verifyJadesWithJsonLd() {
    return jsonLdVerifier.verify(jades[next()]);
  }
}
