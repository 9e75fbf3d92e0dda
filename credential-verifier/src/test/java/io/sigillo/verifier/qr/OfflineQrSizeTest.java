package io.sigillo.verifier.qr;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.qr.OfflineQr;
import io.sigillo.qr.QrCode;
import io.sigillo.seal.SecuringForm;
import org.junit.jupiter.api.Test;

/**
 * The size goal of the offline QR code: the AI Security Specialist credential (about 9 KB of JSON,
 * 17 learning outcomes in English and Italian) fits one QR code at error correction M, version 25
 * or less, when sealed in the QR form.
 */
class OfflineQrSizeTest {

  private static QrCode code(SealedCredential s, SecuringForm form) {
    return QrCode.encode(OfflineQr.encode(s.form(form)), QrCode.ErrorCorrection.M);
  }

  @Test
  void offlineQr_aiSecuritySpecialistSealedForQrWithEs256_fitsVersion25AtM() throws Exception {
    SealedCredential s = QrCredentials.issue(QrCredentials.pki());
    assertThat(s.document().length).isGreaterThan(9_000);
    QrCode qr = code(s, SecuringForm.JADES_QR);
    assertThat(qr.version()).isLessThanOrEqualTo(25);
    assertThat(qr.mode()).isEqualTo("alphanumeric");
    assertThat(qr.size()).isEqualTo(17 + 4 * qr.version());
  }

  @Test
  void offlineQr_sealedForQrWithRsa2048_fitsVersion25AtM() throws Exception {
    TestPki rsa = TestPki.newBuilder().clock(QrCredentials.CLOCK).keyType(TestPki.KeyType.RSA_2048).build();
    assertThat(code(QrCredentials.issue(rsa), SecuringForm.JADES_QR).version()).isLessThanOrEqualTo(25);
  }

  @Test
  void offlineQr_formsCarryingTheCertificateChain_needMoreThanVersion25() throws Exception {
    SealedCredential s = QrCredentials.issue(QrCredentials.pki());
    assertThat(code(s, SecuringForm.JADES).version()).isGreaterThan(25).isLessThanOrEqualTo(40);
    assertThat(code(s, SecuringForm.VC_JWT).version()).isGreaterThan(25).isLessThanOrEqualTo(40);
  }
}
