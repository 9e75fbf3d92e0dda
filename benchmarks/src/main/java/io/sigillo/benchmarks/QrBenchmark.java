package io.sigillo.benchmarks;

import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.qr.OfflineQr;
import io.sigillo.qr.QrCode;
import io.sigillo.qr.QrException;
import io.sigillo.qr.QrLimits;
import io.sigillo.qr.QrReader;
import io.sigillo.seal.SecuringForm;
import io.sigillo.verifier.VerificationPolicy;
import io.sigillo.verifier.VerificationReport;
import io.sigillo.verifier.Verifier;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The offline QR code of the AI Security Specialist credential: encode and render (sealed text to
 * PNG bytes), decode (PNG bytes to sealed text) and decode plus verify, per credential. Goals:
 * encode+render at most 2 ms and decode at most 4 ms for the {@code JADES_QR} form.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar QrBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class QrBenchmark {
  /** The securing form carried by the QR code. */
  @Param({"JADES_QR", "JADES", "VC_JWT"})
  public String form;

  private String sealedText;
  private String payload;
  private byte[] png;
  private Verifier verifier;

  /**
   * Issues the credential, renders its QR code once and builds the verifier.
   *
   * @throws Exception if issuing fails
   */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    TestPki pki = TestPki.newBuilder().clock(QrFixture.CLOCK).build();
    SealedCredential sealed = QrFixture.issue(pki);
    sealedText = sealed.form(SecuringForm.valueOf(form));
    payload = OfflineQr.encode(sealedText);
    png = QrCode.encode(payload).toPng(4, 4);
    verifier = Verifier.create(VerificationPolicy.newBuilder().clock(QrFixture.CLOCK)
        .trustAnchors(List.of(pki.trustAnchor())).sealCertificates(List.of(pki.sealCertificate())).build());
    VerificationReport check = verifier.verify(png);
    if (!check.isValid()) {
      throw new IllegalStateException("the benchmark's QR code does not verify: " + check);
    }
  }

  /**
   * Sealed text to offline payload to QR matrix to PNG bytes.
   *
   * @return the PNG
   */
  @Benchmark
  public byte[] encodeAndRenderPng() {
    return QrCode.encode(OfflineQr.encode(sealedText)).toPng(4, 4);
  }

  /**
   * Offline payload text to the QR symbol only: mode, version, error correction codewords, layout
   * and the data mask choice, no rendering.
   *
   * @return the code
   */
  @Benchmark
  public QrCode encodeSymbol() {
    return QrCode.encode(payload);
  }

  /**
   * Sealed text to the offline payload text only (compression, Base45, round-trip check).
   *
   * @return the payload
   */
  @Benchmark
  public String encodePayload() {
    return OfflineQr.encode(sealedText);
  }

  /**
   * PNG bytes to the sealed credential text: image decoding, QR reading, payload decoding.
   *
   * @return the sealed credential
   * @throws QrException never for this input
   */
  @Benchmark
  public byte[] decodePng() throws QrException {
    return OfflineQr.decode(QrReader.readSigillo(png, QrLimits.DEFAULT)).sealedCredential();
  }

  /**
   * PNG bytes to the verification report.
   *
   * @return the report
   */
  @Benchmark
  public VerificationReport decodeAndVerifyPng() {
    return verifier.verify(png);
  }

  /**
   * Offline payload text to the verification report (a scanner app already decoded the image).
   *
   * @return the report
   */
  @Benchmark
  public VerificationReport verifyPayloadText() {
    return verifier.verify(payload);
  }
}
