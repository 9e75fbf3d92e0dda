package io.sigillo.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reading clean renderings and realistic captures, all generated here with fixed seeds. */
class QrReaderTest {
  static String offline;
  static BufferedImage printed;

  @BeforeAll
  static void payload() throws Exception {
    offline = QrFixtures.offlineText();
    printed = QrCode.encode(offline).toImage(4, 4);
  }

  private static BufferedImage foreign(String text) {
    return QrCode.encode(text).toImage(4, 4);
  }

  @Test
  void readSigillo_cleanPng_returnsThePayload() throws Exception {
    assertThat(QrReader.readSigillo(QrCode.encode(offline).toPng(4, 4), QrLimits.DEFAULT)).isEqualTo(offline);
  }

  @Test
  void readSigillo_scaledDownToTwoAndAHalfPixelsPerModule_returnsThePayload() throws Exception {
    BufferedImage canvas = Captures.white(400, 400);
    Captures.place(canvas, printed, 200, 200, 0.625, 0);
    assertThat(QrReader.readSigillo(Captures.png(canvas), QrLimits.DEFAULT)).isEqualTo(offline);
  }

  @Test
  void readSigillo_rotatedFiveDegrees_returnsThePayload() throws Exception {
    BufferedImage canvas = Captures.white(560, 560);
    Captures.place(canvas, printed, 280, 280, 1.0, 5);
    assertThat(QrReader.readSigillo(canvas)).isEqualTo(offline);
  }

  @Test
  void readSigillo_blurred_returnsThePayload() throws Exception {
    BufferedImage canvas = Captures.white(480, 480);
    Captures.place(canvas, printed, 240, 240, 1.0, 0);
    assertThat(QrReader.readSigillo(Captures.blur(canvas, 3))).isEqualTo(offline);
  }

  @Test
  void readSigillo_sensorNoise_returnsThePayload() throws Exception {
    BufferedImage canvas = Captures.white(480, 480);
    Captures.place(canvas, printed, 240, 240, 1.0, 0);
    assertThat(QrReader.readSigillo(Captures.noise(canvas, 30, 7))).isEqualTo(offline);
  }

  @Test
  void readSigillo_busyBackground_returnsThePayload() throws Exception {
    BufferedImage canvas = Captures.busy(1000, 760, 3);
    Captures.place(canvas, printed, 560, 380, 1.0, 0);
    assertThat(QrReader.readSigillo(canvas)).isEqualTo(offline);
  }

  @Test
  void readSigillo_otherCodesInTheImage_picksOursByPrefix() throws Exception {
    BufferedImage canvas = Captures.busy(1400, 620, 5);
    Captures.place(canvas, foreign("https://aipia.example/menu?table=12"), 200, 310, 1.0, 0);
    Captures.place(canvas, printed, 700, 310, 1.0, 0);
    Captures.place(canvas, foreign("WIFI:T:WPA;S:Sala Convegni;P:not-a-secret;;"), 1200, 310, 1.0, 0);
    assertThat(QrReader.readSigillo(canvas)).isEqualTo(offline);
    assertThat(QrReader.readAll(canvas)).contains(offline, "https://aipia.example/menu?table=12");
  }

  @Test
  void readSigillo_linkAndOfflineCodes_prefersOffline() throws Exception {
    String link = QrLink.of(URI.create("https://verify.aipia.example/c"), "urn:uuid:1", new byte[] {1}).toString();
    BufferedImage canvas = Captures.white(1000, 520);
    Captures.place(canvas, foreign(link), 230, 260, 1.0, 0);
    Captures.place(canvas, printed, 720, 260, 1.0, 0);
    assertThat(QrReader.readSigillo(canvas)).isEqualTo(offline);
  }

  @Test
  void readSigillo_phonePhotoOfPrintedCertificate_returnsThePayload() throws Exception {
    BufferedImage canvas = Captures.busy(1200, 900, 9);
    BufferedImage paper = Captures.white(560, 560);
    Captures.place(paper, printed, 280, 280, 1.0, 0);
    Captures.place(canvas, paper, 620, 450, 1.0, -3.5);
    BufferedImage photo = Captures.noise(Captures.blur(canvas, 3), 10, 21);
    byte[] jpeg = Captures.jpeg(photo, 0.8f);
    assertThat(QrReader.isImage(jpeg)).isTrue();
    assertThat(QrReader.readSigillo(jpeg, QrLimits.DEFAULT)).isEqualTo(offline);
  }

  @Test
  void readSigillo_onlyForeignCodes_notSigillo() {
    BufferedImage canvas = Captures.white(500, 500);
    Captures.place(canvas, foreign("https://example.org/menu"), 250, 250, 1.0, 0);
    QrException e = assertThrows(QrException.class, () -> QrReader.readSigillo(canvas));
    assertThat(e.code()).isEqualTo(QrErrorCode.NOT_SIGILLO);
  }

  @Test
  void readSigillo_noCode_notFound() {
    QrException e = assertThrows(QrException.class, () -> QrReader.readSigillo(Captures.busy(640, 480, 1)));
    assertThat(e.code()).isEqualTo(QrErrorCode.NOT_FOUND);
  }

  @Test
  void decodeImage_truncatedPng_imageInvalid() {
    byte[] png = QrCode.encode(offline).toPng(4, 4);
    QrException e = assertThrows(QrException.class,
        () -> QrReader.decodeImage(Arrays.copyOf(png, png.length / 2), QrLimits.DEFAULT));
    assertThat(e.code()).isEqualTo(QrErrorCode.IMAGE_INVALID);
  }

  @Test
  void decodeImage_headerClaimingFourHundredMegapixels_refusedBeforeDecoding() {
    byte[] png = QrCode.encode("SGL1.1:A").toPng(1, 0);
    byte[] ihdrData = Arrays.copyOfRange(png, 16, 29);
    ihdrData[0] = 0;
    ihdrData[1] = 0;
    ihdrData[2] = 0x4e;
    ihdrData[3] = 0x20;
    ihdrData[4] = 0;
    ihdrData[5] = 0;
    ihdrData[6] = 0x4e;
    ihdrData[7] = 0x20;
    System.arraycopy(ihdrData, 0, png, 16, 13);
    CRC32 crc = new CRC32();
    crc.update(png, 12, 17);
    int c = (int) crc.getValue();
    png[29] = (byte) (c >>> 24);
    png[30] = (byte) (c >>> 16);
    png[31] = (byte) (c >>> 8);
    png[32] = (byte) c;
    QrException e = assertThrows(QrException.class, () -> QrReader.decodeImage(png, QrLimits.DEFAULT));
    assertThat(e.code()).isEqualTo(QrErrorCode.IMAGE_TOO_LARGE);
    assertThat(e.getMessage()).contains("20000x20000");
  }

  @Test
  void decodeImage_fileLargerThanLimit_imageTooLarge() {
    byte[] png = QrCode.encode(offline).toPng(4, 4);
    QrException e = assertThrows(QrException.class,
        () -> QrReader.decodeImage(png, new QrLimits(png.length - 1, 1 << 24, 4296, 1 << 17)));
    assertThat(e.code()).isEqualTo(QrErrorCode.IMAGE_TOO_LARGE);
  }

  @Test
  void decodeImage_notAnImage_imageInvalid() {
    QrException e = assertThrows(QrException.class,
        () -> QrReader.decodeImage("GIF89a".getBytes(StandardCharsets.US_ASCII), QrLimits.DEFAULT));
    assertThat(e.code()).isEqualTo(QrErrorCode.IMAGE_INVALID);
    assertThat(QrReader.isImage(new byte[] {(byte) 0xff, (byte) 0xd8})).isFalse();
  }

  @Test
  void decodeImage_jpegMagicWithGarbage_imageInvalid() {
    byte[] junk = new byte[2000];
    new java.util.Random(4).nextBytes(junk);
    junk[0] = (byte) 0xff;
    junk[1] = (byte) 0xd8;
    junk[2] = (byte) 0xff;
    QrException e = assertThrows(QrException.class, () -> QrReader.decodeImage(junk, QrLimits.DEFAULT));
    assertThat(e.code()).isEqualTo(QrErrorCode.IMAGE_INVALID);
  }

  @Test
  void readAll_pngWithTransparency_readsTransparentAsPaper() throws Exception {
    BufferedImage argb = new BufferedImage(printed.getWidth(), printed.getHeight(), BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < argb.getHeight(); y++) {
      for (int x = 0; x < argb.getWidth(); x++) {
        argb.setRGB(x, y, (printed.getRGB(x, y) & 0xff) == 0 ? 0xff000000 : 0x00000000);
      }
    }
    assertThat(QrReader.readAll(Captures.png(argb), QrLimits.DEFAULT)).containsExactly(offline);
  }
}
