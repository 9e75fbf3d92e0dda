package io.sigillo.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.EncodeHintType;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast mask choice yields exactly the symbol zxing's own encoder makes. */
class MaskChooserTest {
  private static void assertSameAsZxing(String text, QrCode.ErrorCorrection ec, ErrorCorrectionLevel level)
      throws Exception {
    QrCode ours = QrCode.encode(text, ec);
    Map<EncodeHintType, Object> hints = text.chars().allMatch(c -> c < 128)
        ? Map.of() : Map.of(EncodeHintType.CHARACTER_SET, "UTF-8");
    ByteMatrix theirs = Encoder.encode(text, level, hints).getMatrix();
    assertThat(ours.size()).isEqualTo(theirs.getWidth());
    for (int y = 0; y < ours.size(); y++) {
      for (int x = 0; x < ours.size(); x++) {
        assertThat(ours.isDark(x, y)).as("%s v%d module %d,%d", ec, ours.version(), x, y)
            .isEqualTo(theirs.get(x, y) == 1);
      }
    }
  }

  @Test
  void encode_randomTextsOfEveryVersion_sameSymbolAsZxingsMaskChoice() throws Exception {
    Random random = new Random(18004);
    String alphanumeric = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    QrCode.ErrorCorrection[] ecs = QrCode.ErrorCorrection.values();
    ErrorCorrectionLevel[] levels = {ErrorCorrectionLevel.L, ErrorCorrectionLevel.M, ErrorCorrectionLevel.Q,
        ErrorCorrectionLevel.H};
    boolean[] versions = new boolean[41];
    for (int i = 0; i < 160; i++) {
      int e = i % 4;
      int length = 1 + random.nextInt(i % 2 == 0 ? 1800 : 120);
      StringBuilder s = new StringBuilder();
      for (int k = 0; k < length; k++) {
        s.append(i % 3 == 0 ? (char) (' ' + random.nextInt(95)) : alphanumeric.charAt(random.nextInt(45)));
      }
      try {
        QrCode ours = QrCode.encode(s.toString(), ecs[e]);
        versions[ours.version()] = true;
      } catch (IllegalArgumentException tooLong) {
        continue;
      }
      assertSameAsZxing(s.toString(), ecs[e], levels[e]);
    }
    int covered = 0;
    for (boolean v : versions) {
      covered += v ? 1 : 0;
    }
    assertThat(covered).isGreaterThan(30);
  }

  @Test
  void encode_offlinePayloadAndUnicodeLink_sameSymbolAsZxing() throws Exception {
    assertSameAsZxing(QrFixtures.offlineText(), QrCode.ErrorCorrection.M, ErrorCorrectionLevel.M);
    assertSameAsZxing("https://verify.example/c?sgl=L1&id=caf\u00e9&d=x", QrCode.ErrorCorrection.M, ErrorCorrectionLevel.M);
  }
}
