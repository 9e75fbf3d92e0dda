package io.sigillo.verifier.qr;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.qr.OfflineQr;
import io.sigillo.qr.QrCode;
import io.sigillo.seal.SecuringForm;
import io.sigillo.verifier.CheckId;
import io.sigillo.verifier.CheckResult;
import io.sigillo.verifier.CredentialSource;
import io.sigillo.verifier.Indication;
import io.sigillo.verifier.Outcome;
import io.sigillo.verifier.ReasonCode;
import io.sigillo.verifier.VerificationReport;
import io.sigillo.verifier.Verifier;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QrOfflineVerificationTest {
  static TestPki pki;
  static SealedCredential sealed;
  static String offline;

  @BeforeAll
  static void issue() throws Exception {
    ImageIO.setUseCache(false);
    pki = QrCredentials.pki();
    sealed = QrCredentials.issue(pki);
    offline = OfflineQr.encode(sealed.jadesQr().orElseThrow());
  }

  static Verifier verifier() {
    return Verifier.create(QrCredentials.policy(pki).build());
  }

  static void assertSameChecks(VerificationReport a, VerificationReport b) {
    assertThat(a.indication()).isEqualTo(b.indication());
    assertThat(a.securingForm()).isEqualTo(b.securingForm());
    assertThat(a.checks()).isEqualTo(b.checks());
  }

  @Test
  void verify_offlineQrText_sameReportAsTheFileWithSourceQrOffline() {
    VerificationReport file = verifier().verify(sealed.jadesQr().orElseThrow());
    VerificationReport qr = verifier().verify(offline);
    assertThat(file.indication()).isEqualTo(Indication.TOTAL_PASSED);
    assertSameChecks(qr, file);
    assertThat(file.source()).isEqualTo(CredentialSource.FILE);
    assertThat(qr.source()).isEqualTo(CredentialSource.QR_OFFLINE);
    assertThat(qr.securingForm()).contains(SecuringForm.JADES_QR);
    assertThat(qr.sourceDetails()).containsEntry("payload", "SGL1.1");
    assertThat(qr.toJson().get("source").asText()).isEqualTo("QR_OFFLINE");
    assertThat(qr.toJson().get("sourceDetails").get("containerBytes").asInt()).isGreaterThan(0);
    assertThat(file.toJson().get("source").asText()).isEqualTo("FILE");
    assertThat(qr.verifiedCredential().orElseThrow().credential()).contains(sealed.credential());
    assertThat(qr.check(CheckId.SEAL).evidence())
        .containsEntry("certificateSource", "x5t#S256 resolved from the policy's seal certificates");
  }

  @Test
  void verify_offlineQrPng_totalPassed() {
    byte[] png = QrCode.encode(offline).toPng(4, 4);
    VerificationReport r = verifier().verify(png);
    assertThat(r.indication()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(r.source()).isEqualTo(CredentialSource.QR_OFFLINE);
    assertThat(r.sourceDetails()).containsEntry("image", "png");
    assertSameChecks(r, verifier().verify(sealed.jadesQr().orElseThrow()));
  }

  @Test
  void verify_photoOfPrintedQrAsJpeg_totalPassed() throws Exception {
    BufferedImage code = QrCode.encode(offline).toImage(4, 4);
    BufferedImage photo = new BufferedImage(900, 800, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = photo.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setColor(new Color(120, 105, 90));
    g.fillRect(0, 0, 900, 800);
    g.setColor(new Color(245, 242, 235));
    g.rotate(Math.toRadians(4), 450, 400);
    g.fillRect(150, 110, 600, 580);
    g.drawImage(code, 450 - code.getWidth() / 2, 400 - code.getHeight() / 2, null);
    g.dispose();
    Random random = new Random(17);
    for (int y = 0; y < photo.getHeight(); y++) {
      for (int x = 0; x < photo.getWidth(); x++) {
        int p = photo.getRGB(x, y);
        int n = (int) (random.nextGaussian() * 12);
        int v = Math.max(0, Math.min(255, (p & 0xff) + n));
        photo.setRGB(x, y, v << 16 | v << 8 | v);
      }
    }
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(photo, "jpeg", jpeg);
    VerificationReport r = verifier().verify(jpeg.toByteArray());
    assertThat(r.indication()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(r.sourceDetails()).containsEntry("image", "jpeg");
  }

  @Test
  void verify_offlineQrOfTheJadesFormWithChain_totalPassedWithoutSealCertificates() {
    String text = OfflineQr.encode(sealed.jades());
    Verifier plain = Verifier.create(QrCredentials.policy(pki).sealCertificates(List.of()).build());
    VerificationReport r = plain.verify(text);
    assertThat(r.indication()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(r.securingForm()).contains(SecuringForm.JADES);
    assertSameChecks(r, plain.verify(sealed.jades()));
  }

  @Test
  void verify_offlineQrOfVcJwt_sameReportAsTheFile() {
    VerificationReport r = verifier().verify(OfflineQr.encode(sealed.vcJwt()));
    assertThat(r.indication()).isEqualTo(Indication.TOTAL_PASSED);
    assertSameChecks(r, verifier().verify(sealed.vcJwt()));
  }

  @Test
  void verify_qrFormWithoutSealCertificatesInPolicy_sealFailsCertificateMissing() {
    Verifier v = Verifier.create(QrCredentials.policy(pki).sealCertificates(List.of()).build());
    VerificationReport r = v.verify(offline);
    assertThat(r.indication()).isEqualTo(Indication.TOTAL_FAILED);
    assertThat(r.check(CheckId.SEAL).reason()).isEqualTo(ReasonCode.CERTIFICATE_MISSING);
    assertThat(r.check(CheckId.SEAL).message()).contains("no seal certificates");
  }

  @Test
  void verify_qrFormWhoseCertificateIsNotKnown_sealFailsCertificateMissing() {
    TestPki other = QrCredentials.pki();
    Verifier v = Verifier.create(QrCredentials.policy(pki).sealCertificates(List.of(other.sealCertificate())).build());
    VerificationReport r = v.verify(offline);
    assertThat(r.check(CheckId.SEAL).reason()).isEqualTo(ReasonCode.CERTIFICATE_MISSING);
    assertThat(r.check(CheckId.SEAL).message()).contains("no seal certificate of the policy has that thumbprint");
  }

  @Test
  void verify_qrFormCertificateKnownButNotChainingToAnAnchor_notTrusted() throws Exception {
    TestPki other = QrCredentials.pki();
    Verifier v = Verifier.create(QrCredentials.policy(other).sealCertificates(List.of(pki.sealCertificate())).build());
    VerificationReport r = v.verify(offline);
    assertThat(r.check(CheckId.SEAL).outcome()).isEqualTo(Outcome.PASSED);
    assertThat(r.check(CheckId.TRUST).reason()).isEqualTo(ReasonCode.CHAIN_NOT_TRUSTED);
    assertThat(r.isValid()).isFalse();
  }

  @Test
  void verify_qrFormWithIntermediateCa_chainCompletedFromSealCertificates() throws Exception {
    TestPki withIntermediate = TestPki.newBuilder().clock(QrCredentials.CLOCK).withIntermediate().build();
    SealedCredential s = QrCredentials.issue(withIntermediate);
    String text = OfflineQr.encode(s.jadesQr().orElseThrow());
    Verifier v = Verifier.create(QrCredentials.policy(withIntermediate)
        .sealCertificates(List.of(withIntermediate.sealCertificate(), withIntermediate.intermediate())).build());
    assertThat(v.verify(text).indication()).isEqualTo(Indication.TOTAL_PASSED);
    Verifier withoutIntermediate = Verifier.create(QrCredentials.policy(withIntermediate).build());
    assertThat(withoutIntermediate.verify(text).check(CheckId.TRUST).outcome()).isNotEqualTo(Outcome.PASSED);
  }

  @Test
  void verify_offlineQrOfAlteredCredential_signatureInvalid() throws Exception {
    String altered = sealed.jadesQr().orElseThrow().replace("Giulia", "Giulio");
    VerificationReport r = verifier().verify(OfflineQr.encode(altered));
    assertThat(r.source()).isEqualTo(CredentialSource.QR_OFFLINE);
    assertThat(r.check(CheckId.SEAL).reason()).isEqualTo(ReasonCode.SIGNATURE_INVALID);
    assertThat(r.indication()).isEqualTo(Indication.TOTAL_FAILED);
  }

  @Test
  void verify_offlineQrAsUtf8Bytes_sameAsText() {
    VerificationReport r = verifier().verify(offline.getBytes(StandardCharsets.US_ASCII));
    assertThat(r.indication()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(r.source()).isEqualTo(CredentialSource.QR_OFFLINE);
  }

  @Test
  void verify_offlineQrTextFileEndingWithLineBreak_totalPassed() {
    assertThat(verifier().verify((offline + "\r\n").getBytes(StandardCharsets.US_ASCII)).indication())
        .isEqualTo(Indication.TOTAL_PASSED);
    assertThat(verifier().verify((offline + "\n\n").getBytes(StandardCharsets.US_ASCII)).check(CheckId.FORMAT).reason())
        .isEqualTo(ReasonCode.QR_PAYLOAD_MALFORMED);
  }

  @Test
  void report_checksOfQrAndFile_listEveryCheckInOrder() {
    assertThat(verifier().verify(offline).checks()).extracting(CheckResult::check).containsExactly(CheckId.values());
  }
}
