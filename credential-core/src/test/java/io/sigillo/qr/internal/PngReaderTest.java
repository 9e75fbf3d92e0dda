package io.sigillo.qr.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sigillo.qr.QrErrorCode;
import io.sigillo.qr.QrException;
import io.sigillo.qr.QrLimits;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fast PNG reader agrees with javax.imageio on every kind of PNG it accepts. */
class PngReaderTest {
  @BeforeAll
  static void noDiskCache() {
    ImageIO.setUseCache(false);
  }

  private static BufferedImage picture(int type) {
    BufferedImage img = new BufferedImage(97, 61, type);
    Graphics2D g = img.createGraphics();
    Random r = new Random(type);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 97, 61);
    for (int i = 0; i < 40; i++) {
      g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256), type == BufferedImage.TYPE_INT_ARGB ? r.nextInt(256) : 255));
      g.fillRect(r.nextInt(97), r.nextInt(61), 1 + r.nextInt(30), 1 + r.nextInt(20));
    }
    g.dispose();
    return img;
  }

  private static byte[] png(BufferedImage img) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  private static void assertAgreesWithImageIo(int type) throws Exception {
    byte[] png = png(picture(type));
    GrayImage fast = PngReader.read(png, QrLimits.DEFAULT);
    assertThat(fast).as("type %d handled", type).isNotNull();
    GrayImage reference = GrayImage.of(ImageIO.read(new ByteArrayInputStream(png)));
    byte[] a = fast.getMatrix();
    byte[] b = reference.getMatrix();
    assertThat(a).hasSameSizeAs(b);
    for (int i = 0; i < a.length; i++) {
      assertThat(Math.abs((a[i] & 0xff) - (b[i] & 0xff))).as("type %d pixel %d", type, i).isLessThanOrEqualTo(3);
    }
  }

  @Test
  void read_greyRgbRgbaPaletteAndBinaryPngs_agreeWithImageIo() throws Exception {
    for (int type : new int[] {BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB,
        BufferedImage.TYPE_BYTE_INDEXED, BufferedImage.TYPE_BYTE_BINARY}) {
      assertAgreesWithImageIo(type);
    }
  }

  @Test
  void read_pngWriterOutput_isExactlyTheModules() throws Exception {
    boolean[] dark = new boolean[21 * 21];
    Random r = new Random(21);
    for (int i = 0; i < dark.length; i++) {
      dark[i] = r.nextBoolean();
    }
    GrayImage img = PngReader.read(PngWriter.write(dark, 21, 3, 4), QrLimits.DEFAULT);
    assertThat(img.getWidth()).isEqualTo(29 * 3);
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int mx = x / 3 - 4;
        int my = y / 3 - 4;
        boolean d = mx >= 0 && my >= 0 && mx < 21 && my < 21 && dark[my * 21 + mx];
        assertThat(img.getMatrix()[y * img.getWidth() + x] & 0xff).isEqualTo(d ? 0 : 255);
      }
    }
  }

  @Test
  void read_wrongChunkCrc_imageInvalid() throws Exception {
    byte[] png = png(picture(BufferedImage.TYPE_BYTE_GRAY));
    png[40] ^= 1;
    QrException e = assertThrows(QrException.class, () -> PngReader.read(png, QrLimits.DEFAULT));
    assertThat(e.code()).isEqualTo(QrErrorCode.IMAGE_INVALID);
  }

  @Test
  void read_truncatedFile_imageInvalid() throws Exception {
    byte[] png = png(picture(BufferedImage.TYPE_INT_RGB));
    QrException e = assertThrows(QrException.class,
        () -> PngReader.read(java.util.Arrays.copyOf(png, png.length - 20), QrLimits.DEFAULT));
    assertThat(e.code()).isEqualTo(QrErrorCode.IMAGE_INVALID);
  }

  @Test
  void read_sixteenBitGreyPng_leftToTheGeneralReader() throws Exception {
    byte[] png = png(picture(BufferedImage.TYPE_USHORT_GRAY));
    assertThat(PngReader.read(png, QrLimits.DEFAULT)).isNull();
  }
}
