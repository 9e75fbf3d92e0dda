package io.sigillo.benchmarks;

import io.sigillo.issuer.IssuanceException;
import io.sigillo.issuer.SealedCredential;
import io.sigillo.seal.SecuringForm;
import io.sigillo.verifier.Verifier;
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
 * Issuing: sealing a prepared credential in one form ({@code Issuer.seal(credential, form)}), in
 * both forms ({@code Issuer.seal(credential)}), and the whole issuance from a request (prepare:
 * profile look-up, model building with fresh random UUIDs; then seal). EC P-256 (ES256) seal key
 * from TestPki.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 12, time = 2)
@Measurement(iterations = 5, time = 2)
public class IssueBenchmark {
  private Fixture f;

  /**
   * Builds the issuer and checks once that what it seals verifies.
   *
   * @throws IssuanceException if the fixture cannot issue
   */
  @Setup
  public void setUp() throws IssuanceException {
    f = new Fixture();
    Verifier verifier = f.verifier();
    Fixture.requirePassed(verifier.verify(f.issuer.seal(f.credential, SecuringForm.JADES)), "JAdES seal");
    Fixture.requirePassed(verifier.verify(f.issuer.seal(f.credential, SecuringForm.VC_JWT)), "vc+jwt seal");
    SealedCredential both = f.issuer.issue(f.request);
    Fixture.requirePassed(verifier.verify(both.jades()), "issued JAdES");
    Fixture.requirePassed(verifier.verify(both.vcJwt()), "issued vc+jwt");
  }

  /**
   * Seals a prepared credential as JAdES baseline B.
   *
   * @return the JWS JSON serialization
   * @throws IssuanceException never in this setting
   */
  @Benchmark
  public String sealJades() throws IssuanceException {
    return f.issuer.seal(f.credential, SecuringForm.JADES);
  }

  /**
   * Seals a prepared credential as compact {@code vc+jwt}.
   *
   * @return the compact JWS
   * @throws IssuanceException never in this setting
   */
  @Benchmark
  public String sealVcJwt() throws IssuanceException {
    return f.issuer.seal(f.credential, SecuringForm.VC_JWT);
  }

  /**
   * Seals a prepared credential in both forms (two signatures).
   *
   * @return the sealed credential
   * @throws IssuanceException never in this setting
   */
  @Benchmark
  public SealedCredential sealBothForms() throws IssuanceException {
    return f.issuer.seal(f.credential);
  }

  /**
   * Issues from the request (prepare + seal) as JAdES only.
   *
   * @return the JWS JSON serialization
   * @throws IssuanceException never in this setting
   */
  @Benchmark
  public String issueJades() throws IssuanceException {
    return f.issuer.seal(f.issuer.prepare(f.request), SecuringForm.JADES);
  }

  /**
   * Issues from the request (prepare + seal) as {@code vc+jwt} only.
   *
   * @return the compact JWS
   * @throws IssuanceException never in this setting
   */
  @Benchmark
  public String issueVcJwt() throws IssuanceException {
    return f.issuer.seal(f.issuer.prepare(f.request), SecuringForm.VC_JWT);
  }

  /**
   * Issues from the request in both forms: {@code Issuer.issue(request)}.
   *
   * @return the sealed credential
   * @throws IssuanceException never in this setting
   */
  @Benchmark
  public SealedCredential issueBothForms() throws IssuanceException {
    return f.issuer.issue(f.request);
  }
}
