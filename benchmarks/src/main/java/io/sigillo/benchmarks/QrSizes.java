package io.sigillo.benchmarks;

import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.qr.OfflineQr;
import io.sigillo.qr.QrCode;
import io.sigillo.seal.SecuringForm;
import java.nio.charset.StandardCharsets;

/**
 * Prints the size table of the offline QR code (README, "QR codes"): for each seal key type and
 * securing form, the sealed bytes, the container bytes, the payload characters and the QR version
 * and modules at error correction M.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.sigillo.benchmarks.QrSizes
 * </pre>
 */
public final class QrSizes {
  private QrSizes() {}

  /**
   * Prints the table.
   *
   * @param args unused
   * @throws Exception if issuing fails
   */
  public static void main(String[] args) throws Exception {
    System.out.println("| Seal key | Form | Document bytes | Sealed bytes | Container bytes | Payload characters | QR version (M) | Modules |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    for (TestPki.KeyType kt : TestPki.KeyType.values()) {
      SealedCredential s = QrFixture.issue(TestPki.newBuilder().clock(QrFixture.CLOCK).keyType(kt).build());
      for (SecuringForm f : SecuringForm.values()) {
        String text = OfflineQr.encode(s.form(f));
        QrCode qr = QrCode.encode(text);
        System.out.printf("| %s | %s | %,d | %,d | %,d | %,d | %d | %dx%d |%n", kt, f, s.document().length,
            s.form(f).getBytes(StandardCharsets.UTF_8).length, OfflineQr.decode(text).containerBytes(),
            text.length(), qr.version(), qr.size(), qr.size());
      }
    }
  }
}
