package io.sigillo.verifier.qr;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.qr.OfflineQr;
import io.sigillo.qr.QrCode;
import io.sigillo.qr.QrLimits;
import io.sigillo.verifier.CheckId;
import io.sigillo.verifier.CheckResult;
import io.sigillo.verifier.CredentialSource;
import io.sigillo.verifier.Indication;
import io.sigillo.verifier.Outcome;
import io.sigillo.verifier.ReasonCode;
import io.sigillo.verifier.VerificationReport;
import io.sigillo.verifier.Verifier;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hostile and broken QR input: typed reason codes in the report, never an exception. */
class QrBadInputTest {
  static final String BASE45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
  static TestPki pki;
  static SealedCredential sealed;
  static String offline;

  @BeforeAll
  static void issue() throws Exception {
    pki = QrCredentials.pki();
    sealed = QrCredentials.issue(pki);
    offline = OfflineQr.encode(sealed.jadesQr().orElseThrow());
  }

  static Verifier verifier() {
    return Verifier.create(QrCredentials.policy(pki).build());
  }

  static void assertRefused(VerificationReport r, ReasonCode reason, CredentialSource source) {
    assertThat(r.indication()).isEqualTo(Indication.TOTAL_FAILED);
    assertThat(r.check(CheckId.FORMAT).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(r.check(CheckId.FORMAT).reason()).isEqualTo(reason);
    assertThat(r.source()).isEqualTo(source);
    assertThat(r.checks()).extracting(CheckResult::check).containsExactly(CheckId.values());
    assertThat(r.verifiedCredential()).isEmpty();
    assertThat(r.toJson().get("checks").get(0).get("reason").asText()).isEqualTo(reason.name());
  }

  /** RFC 9285 Base45, written here so the test does not depend on the implementation. */
  static String base45(byte[] data) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < data.length; i += 2) {
      if (i + 1 < data.length) {
        int n = (data[i] & 0xff) * 256 + (data[i + 1] & 0xff);
        s.append(BASE45.charAt(n % 45)).append(BASE45.charAt(n / 45 % 45)).append(BASE45.charAt(n / 2025));
      } else {
        int n = data[i] & 0xff;
        s.append(BASE45.charAt(n % 45)).append(BASE45.charAt(n / 45));
      }
    }
    return s.toString();
  }

  @Test
  void verify_truncatedOfflineText_qrPayloadTruncated() {
    int keep = 7 + (offline.length() - 7) / 3 * 3 - 90;
    assertRefused(verifier().verify(offline.substring(0, keep)), ReasonCode.QR_PAYLOAD_TRUNCATED, CredentialSource.QR_OFFLINE);
  }

  @Test
  void verify_unknownFormatOrDictionaryVersion_qrUnsupportedVersion() {
    assertRefused(verifier().verify("SGL2.1:" + offline.substring(7)), ReasonCode.QR_UNSUPPORTED_VERSION, CredentialSource.QR_OFFLINE);
    assertRefused(verifier().verify("SGL1.7:" + offline.substring(7)), ReasonCode.QR_UNSUPPORTED_VERSION, CredentialSource.QR_OFFLINE);
  }

  @Test
  void verify_prefixBreakingTheGrammar_qrUnknownPrefix() {
    assertRefused(verifier().verify("SGLZ:" + offline.substring(7)), ReasonCode.QR_UNKNOWN_PREFIX, CredentialSource.QR_OFFLINE);
  }

  @Test
  void verify_nonUtf8Bytes_qrTextNotUtf8() {
    byte[] bytes = Arrays.copyOf(offline.getBytes(StandardCharsets.US_ASCII), offline.length() + 2);
    bytes[bytes.length - 2] = (byte) 0xc3;
    bytes[bytes.length - 1] = (byte) 0x28;
    assertRefused(verifier().verify(bytes), ReasonCode.QR_TEXT_NOT_UTF8, CredentialSource.QR_OFFLINE);
  }

  @Test
  void verify_oversizedText_qrPayloadTooLarge() {
    assertRefused(verifier().verify("SGL1.1:" + "A".repeat(6000)), ReasonCode.QR_PAYLOAD_TOO_LARGE, CredentialSource.QR_OFFLINE);
  }

  @Test
  void verify_characterOutsideBase45_qrPayloadMalformed() {
    assertRefused(verifier().verify(offline.substring(0, 30) + "#" + offline.substring(31)),
        ReasonCode.QR_PAYLOAD_MALFORMED, CredentialSource.QR_OFFLINE);
  }

  @Test
  void verify_decompressionBomb_qrDecompressionLimit() {
    Deflater d = new Deflater(9, true);
    d.setInput(new byte[2 << 20]);
    d.finish();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    while (!d.finished()) {
      body.write(buf, 0, d.deflate(buf));
    }
    d.end();
    ByteArrayOutputStream container = new ByteArrayOutputStream();
    container.write(1);
    container.write(64);
    container.writeBytes(new byte[64]);
    container.writeBytes(body.toByteArray());
    String bomb = "SGL1.1:" + base45(container.toByteArray());
    assertThat(bomb.length()).isLessThan(QrLimits.DEFAULT.maxTextLength());
    assertRefused(verifier().verify(bomb), ReasonCode.QR_DECOMPRESSION_LIMIT, CredentialSource.QR_OFFLINE);
  }

  @Test
  void verify_imageWithoutCode_qrNotFound() {
    assertRefused(verifier().verify(new BlankImage().png()), ReasonCode.QR_NOT_FOUND, CredentialSource.QR_UNRECOGNISED);
  }

  @Test
  void verify_imageWithForeignCode_qrNotSigillo() {
    assertRefused(verifier().verify(QrCode.encode("https://aipia.example/menu").toPng(4, 4)),
        ReasonCode.QR_NOT_SIGILLO, CredentialSource.QR_UNRECOGNISED);
  }

  @Test
  void verify_truncatedPng_qrImageInvalid() {
    byte[] png = QrCode.encode(offline).toPng(4, 4);
    assertRefused(verifier().verify(Arrays.copyOf(png, 100)), ReasonCode.QR_IMAGE_INVALID, CredentialSource.QR_UNRECOGNISED);
  }

  @Test
  void verify_imageLargerThanPolicyLimits_qrImageTooLarge() {
    byte[] png = QrCode.encode(offline).toPng(8, 4);
    Verifier strict = Verifier.create(QrCredentials.policy(pki).qrLimits(new QrLimits(1 << 20, 100_000, 4296, 1 << 17)).build());
    assertRefused(strict.verify(png), ReasonCode.QR_IMAGE_TOO_LARGE, CredentialSource.QR_UNRECOGNISED);
  }

  @Test
  void verify_randomCorruptionsOfTheOfflineText_neverThrowAndNeverPassAnotherCredential() {
    Random random = new Random(2026);
    byte[] original = sealed.jadesQr().orElseThrow().getBytes(StandardCharsets.UTF_8);
    Verifier v = verifier();
    int passed = 0;
    for (int i = 0; i < 150; i++) {
      char[] chars = offline.toCharArray();
      int at = 7 + random.nextInt(chars.length - 7);
      chars[at] = BASE45.charAt(random.nextInt(45));
      String mutated = new String(chars);
      VerificationReport r = v.verify(mutated);
      assertThat(r.checks()).hasSize(CheckId.values().length);
      if (r.isValid()) {
        passed++;
        assertThat(mutated.equals(offline) || decodesTo(mutated, original)).isTrue();
      }
    }
    assertThat(passed).isLessThan(10);
  }

  private static boolean decodesTo(String text, byte[] sealedBytes) {
    try {
      return Arrays.equals(OfflineQr.decode(text).sealedCredential(), sealedBytes);
    } catch (Exception e) {
      return false;
    }
  }

  /** A plain white PNG without any code. */
  static final class BlankImage {
    byte[] png() {
      java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(200, 120, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
      java.awt.Graphics2D g = img.createGraphics();
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, 200, 120);
      g.setColor(java.awt.Color.BLACK);
      g.drawString("Certificato", 20, 60);
      g.dispose();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        javax.imageio.ImageIO.setUseCache(false);
        javax.imageio.ImageIO.write(img, "png", out);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return out.toByteArray();
    }
  }
}
