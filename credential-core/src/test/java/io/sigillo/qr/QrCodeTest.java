package io.sigillo.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class QrCodeTest {

  @Test
  void encode_offlinePayload_usesAlphanumericModeAtErrorCorrectionM() throws Exception {
    QrCode qr = QrCode.encode(QrFixtures.offlineText());
    assertThat(qr.mode()).isEqualTo("alphanumeric");
    assertThat(qr.errorCorrection()).isEqualTo(QrCode.ErrorCorrection.M);
    assertThat(qr.version()).isBetween(1, 25);
    assertThat(qr.size()).isEqualTo(17 + 4 * qr.version());
  }

  @Test
  void encode_link_usesByteMode() {
    QrLink link = QrLink.of(URI.create("https://verify.aipia.example/c"), "urn:uuid:0b7d2e8a-43c5-4f43-9a8b-8d0e6f3f2d11",
        "x".getBytes(StandardCharsets.UTF_8));
    QrCode qr = QrCode.encode(link.toString());
    assertThat(qr.mode()).isEqualTo("byte");
    assertThat(qr.version()).isLessThanOrEqualTo(10);
  }

  @Test
  void encode_textBeyondVersion40_refused() {
    assertThatThrownBy(() -> QrCode.encode("A".repeat(5000))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not fit");
    assertThatThrownBy(() -> QrCode.encode("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toPng_moduleSizeAndQuietZone_giveTheImageSizeAndModules() throws Exception {
    QrCode qr = QrCode.encode(QrFixtures.offlineText());
    byte[] png = qr.toPng(3, 4);
    BufferedImage img = Captures.read(png);
    int side = (qr.size() + 8) * 3;
    assertThat(img.getWidth()).isEqualTo(side);
    assertThat(img.getHeight()).isEqualTo(side);
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        int mx = x / 3 - 4;
        int my = y / 3 - 4;
        boolean dark = mx >= 0 && my >= 0 && mx < qr.size() && my < qr.size() && qr.isDark(mx, my);
        assertThat((img.getRGB(x, y) & 0xffffff) == 0).as("pixel %d,%d", x, y).isEqualTo(dark);
      }
    }
  }

  @Test
  void toPng_readBack_yieldsTheText() throws Exception {
    String text = QrFixtures.offlineText();
    assertThat(QrReader.readSigillo(QrCode.encode(text).toPng(4, 4), QrLimits.DEFAULT)).isEqualTo(text);
  }

  @Test
  void toImage_matchesThePng() throws Exception {
    QrCode qr = QrCode.encode("SGL1.1:HELLO");
    BufferedImage a = qr.toImage(2, 1);
    BufferedImage b = Captures.read(qr.toPng(2, 1));
    assertThat(a.getWidth()).isEqualTo(b.getWidth());
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        assertThat(a.getRGB(x, y)).isEqualTo(b.getRGB(x, y));
      }
    }
  }

  @Test
  void toSvg_pathCoversExactlyTheDarkModules() throws Exception {
    QrCode qr = QrCode.encode(QrFixtures.offlineText());
    String svg = qr.toSvg(5, 4);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    int side = qr.size() + 8;
    assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo(String.valueOf(side * 5));
    assertThat(doc.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 " + side + " " + side);
    String d = doc.getElementsByTagName("path").item(0).getAttributes().getNamedItem("d").getNodeValue();
    boolean[][] painted = new boolean[side][side];
    Matcher m = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z").matcher(d);
    int end = 0;
    while (m.find()) {
      assertThat(m.start()).isEqualTo(end);
      end = m.end();
      int x = Integer.parseInt(m.group(1));
      int y = Integer.parseInt(m.group(2));
      int w = Integer.parseInt(m.group(3));
      assertThat(m.group(4)).isEqualTo(m.group(3));
      for (int i = 0; i < w; i++) {
        painted[y][x + i] = true;
      }
    }
    assertThat(end).isEqualTo(d.length());
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        int mx = x - 4;
        int my = y - 4;
        boolean dark = mx >= 0 && my >= 0 && mx < qr.size() && my < qr.size() && qr.isDark(mx, my);
        assertThat(painted[y][x]).as("module %d,%d", x, y).isEqualTo(dark);
      }
    }
  }

  @Test
  void render_outOfRangeModuleSizeOrQuietZone_refused() {
    QrCode qr = QrCode.encode("SGL1.1:HELLO");
    assertThatThrownBy(() -> qr.toPng(0, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> qr.toPng(33, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> qr.toSvg(4, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> qr.toImage(4, 17)).isInstanceOf(IllegalArgumentException.class);
  }
}
