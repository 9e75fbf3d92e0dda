package io.sigillo.benchmarks;

import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.qr.OfflineQr;
import io.sigillo.qr.QrCode;
import io.sigillo.qr.QrLimits;
import io.sigillo.qr.QrLink;
import io.sigillo.qr.QrReader;
import io.sigillo.seal.SecuringForm;
import io.sigillo.verifier.VerificationPolicy;
import io.sigillo.verifier.Verifier;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.util.List;

/**
 * The operations of {@link QrBenchmark} for the {@code JADES_QR} form, and the QR symbol alone (of
 * the offline payload and of a link), timed as thread CPU time per operation as well as wall time:
 * on a machine shared with other work, CPU time shows what an operation costs when JMH's
 * wall-clock figures are inflated by waiting for a core. Runs 10 rounds of 200 operations each and
 * prints every round; read the last rounds (after JIT warm-up).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.sigillo.benchmarks.QrCpuTime
 * </pre>
 */
public final class QrCpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private QrCpuTime() {}

  /**
   * Runs the measurement.
   *
   * @param args unused
   * @throws Exception if issuing or decoding fails
   */
  public static void main(String[] args) throws Exception {
    TestPki pki = TestPki.newBuilder().clock(QrFixture.CLOCK).build();
    SealedCredential sealed = QrFixture.issue(pki);
    String text = sealed.form(SecuringForm.JADES_QR);
    String payload = OfflineQr.encode(text);
    byte[] png = QrCode.encode(payload).toPng(4, 4);
    Verifier verifier = Verifier.create(VerificationPolicy.newBuilder().clock(QrFixture.CLOCK)
        .trustAnchors(List.of(pki.trustAnchor())).sealCertificates(List.of(pki.sealCertificate())).build());
    Object[] sink = new Object[1];
    String link = QrLink.of(URI.create("https://verify.aipia.example/c"),
        sealed.credential().id().toString(), sealed.document()).toString();
    List<Op> ops = List.of(
        new Op("encodeSymbol", () -> sink[0] = QrCode.encode(payload)),
        new Op("encodeLinkSymbol", () -> sink[0] = QrCode.encode(link)),
        new Op("encodeAndRenderPng", () -> sink[0] = QrCode.encode(OfflineQr.encode(text)).toPng(4, 4)),
        new Op("decodePng", () -> sink[0] = OfflineQr.decode(QrReader.readSigillo(png, QrLimits.DEFAULT))),
        new Op("decodeAndVerifyPng", () -> sink[0] = verifier.verify(png)),
        new Op("verifyFile", () -> sink[0] = verifier.verify(text)));
    int n = 200;
    for (int round = 1; round <= 10; round++) {
      StringBuilder line = new StringBuilder("round " + round + ":");
      for (Op op : ops) {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
          op.body.run();
        }
        long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
        long wall = System.nanoTime() - wall0;
        line.append(String.format("  %s cpu %.2f ms wall %.2f ms", op.name, cpu / 1e6 / n, wall / 1e6 / n));
      }
      System.out.println(line);
    }
    if (sink[0] == null) {
      throw new IllegalStateException("nothing measured");
    }
  }

  private record Op(String name, ThrowingRunnable body) {}

  @FunctionalInterface
  private interface ThrowingRunnable {
    void run() throws Exception;
  }
}
