package io.sigillo.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Mode;
import com.google.zxing.qrcode.decoder.Version;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import io.sigillo.qr.internal.MaskChooser;
import io.sigillo.qr.internal.SymbolEncoder;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Sigillo's own symbol encoder makes, module for module, the mask-0 symbol zxing makes, and
 * {@link QrCode#encode} still yields the code the zxing-only path made (zxing's mask-0 symbol, then
 * {@link MaskChooser}).
 */
class SymbolEncoderTest {
  private static final String ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
  private static final String BASE45 = ALPHANUMERIC;
  private static final QrCode.ErrorCorrection[] ECS = QrCode.ErrorCorrection.values();
  private static final ErrorCorrectionLevel[] LEVELS = {
      ErrorCorrectionLevel.L, ErrorCorrectionLevel.M, ErrorCorrectionLevel.Q, ErrorCorrectionLevel.H};

  private static boolean ascii(String text) {
    return text.chars().allMatch(c -> c < 0x80);
  }

  private static com.google.zxing.qrcode.encoder.QRCode zxingMask0(String text, ErrorCorrectionLevel level)
      throws WriterException {
    Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
    if (!ascii(text)) {
      hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
    }
    hints.put(EncodeHintType.QR_MASK_PATTERN, 0);
    return Encoder.encode(text, level, hints);
  }

  private static byte[] flatten(ByteMatrix m) {
    int n = m.getWidth();
    byte[] out = new byte[n * n];
    for (int y = 0; y < n; y++) {
      System.arraycopy(m.getArray()[y], 0, out, y * n, n);
    }
    return out;
  }

  private static int assertSame(String text, int e) {
    return assertSame(text, e, true);
  }

  /**
   * Compares the mask-0 symbols, and the final code with the one the zxing-only path made
   * (zxing's mask-0 symbol, then the mask choice) and, if asked, with zxing's own mask choice.
   *
   * @return the version, 0 if the text does not fit (then both refuse it)
   */
  private static int assertSame(String text, int e, boolean againstZxingMaskChoice) {
    SymbolEncoder.Symbol ours = SymbolEncoder.encode(text, LEVELS[e], !ascii(text));
    String what = ECS[e] + " " + text.length() + " characters";
    com.google.zxing.qrcode.encoder.QRCode theirs;
    try {
      theirs = zxingMask0(text, LEVELS[e]);
    } catch (WriterException tooLong) {
      assertThat(ours).as(what).isNull();
      assertThatThrownBy(() -> QrCode.encode(text, ECS[e])).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("does not fit");
      return 0;
    }
    assertThat(ours).as(what).isNotNull();
    assertThat(ours.version()).as(what).isEqualTo(theirs.getVersion().getVersionNumber());
    assertThat(ours.mode()).as(what).isEqualTo(theirs.getMode());
    int n = theirs.getMatrix().getWidth();
    assertThat(ours.size()).as(what).isEqualTo(n);
    byte[] expected = flatten(theirs.getMatrix());
    byte[] actual = ours.modules();
    for (int i = 0; i < expected.length; i++) {
      if (actual[i] != expected[i]) {
        throw new AssertionError(what + ", version " + ours.version() + ": module " + i % n + "," + i / n
            + " differs (ours " + actual[i] + ")");
      }
    }
    byte[] before = MaskChooser.best(expected, n, ours.version(), LEVELS[e]);
    assertThat(before).as(what).isNotNull();
    QrCode code = QrCode.encode(text, ECS[e]);
    assertThat(code.version()).isEqualTo(ours.version());
    assertThat(code.mode()).isEqualTo(theirs.getMode().name().toLowerCase(Locale.ROOT));
    for (int i = 0; i < before.length; i++) {
      if (code.isDark(i % n, i / n) != (before[i] == 1)) {
        throw new AssertionError(what + ": final module " + i % n + "," + i / n + " differs");
      }
    }
    if (againstZxingMaskChoice) {
      Map<EncodeHintType, Object> hints = ascii(text) ? Map.of() : Map.of(EncodeHintType.CHARACTER_SET, "UTF-8");
      ByteMatrix own;
      try {
        own = Encoder.encode(text, LEVELS[e], hints).getMatrix();
      } catch (WriterException e1) {
        throw new AssertionError(what, e1);
      }
      for (int y = 0; y < n; y++) {
        for (int x = 0; x < n; x++) {
          if (code.isDark(x, y) != (own.get(x, y) == 1)) {
            throw new AssertionError(what + ": module " + x + "," + y + " differs from zxing's mask choice");
          }
        }
      }
    }
    return ours.version();
  }

  private static String random(Random random, String alphabet, int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  /** The most characters of a mode that fit a version at a level (one segment, no ECI). */
  private static int capacity(Mode mode, int version, ErrorCorrectionLevel level) {
    Version v = Version.getVersionForNumber(version);
    int bits = 8 * (v.getTotalCodewords() - v.getECBlocksForLevel(level).getTotalECCodewords())
        - 4 - mode.getCharacterCountBits(v);
    if (mode == Mode.BYTE) {
      return bits / 8;
    }
    if (mode == Mode.ALPHANUMERIC) {
      return bits / 11 * 2 + (bits % 11 >= 6 ? 1 : 0);
    }
    return bits / 10 * 3 + (bits % 10 >= 7 ? 2 : bits % 10 >= 4 ? 1 : 0);
  }

  @Test
  void encode_textsAtEveryVersionBoundaryAndLevel_sameModulesAsZxing() throws Exception {
    Random random = new Random(18004);
    String byteChars = "abcdefghijklmnopqrstuvwxyz0123456789:/?&=._-~%";
    int compared = 0;
    for (int e = 0; e < 4; e++) {
      for (Mode mode : new Mode[] {Mode.ALPHANUMERIC, Mode.BYTE, Mode.NUMERIC}) {
        String alphabet = mode == Mode.ALPHANUMERIC ? ALPHANUMERIC : mode == Mode.BYTE ? byteChars : "0123456789";
        TreeSet<Integer> versions = new TreeSet<>();
        for (int v = 1; v <= 40; v++) {
          int max = capacity(mode, v, LEVELS[e]);
          String full = random(random, alphabet, max);
          if (mode != Mode.NUMERIC) {
            // at least one character that needs the mode
            full = (mode == Mode.ALPHANUMERIC ? "A" : "a") + full.substring(1);
          }
          versions.add(assertSame(full, e, v % 8 == 1));
          compared++;
          if (v < 40) {
            versions.add(assertSame(full + alphabet.charAt(random.nextInt(10)), e, v % 8 == 5));
            compared++;
          }
        }
        assertThat(versions).as("%s %s", ECS[e], mode).hasSize(40);
      }
    }
    assertThat(compared).isEqualTo(4 * 3 * 79);
  }

  @Test
  void encode_utf8TextsOfEveryLevel_sameModulesAsZxing() throws Exception {
    Random random = new Random(8859);
    String chars = "aé€Zß/?ü字 1";
    TreeSet<Integer> versions = new TreeSet<>();
    for (int i = 0; i < 120; i++) {
      int length = 1 + random.nextInt(i % 2 == 0 ? 900 : 60);
      StringBuilder s = new StringBuilder(random(random, chars, length));
      if (i % 5 == 0) {
        s.insert(random.nextInt(s.length() + 1), "\ud83d\udd12");
      }
      if (i % 7 == 0) {
        s.insert(0, 'é');
      }
      if (ascii(s.toString())) {
        s.append('ü');
      }
      versions.add(assertSame(s.toString(), i % 4, i % 3 == 0));
    }
    assertSame("https://verify.example/c?sgl=L1&id=caf\u00e9&d=x", 1);
    assertSame("lone \ud800 surrogate", 1);
    versions.remove(0);
    assertThat(versions.size()).isGreaterThan(25);
  }

  @Test
  void encode_randomBase45AndUrls_sameModulesAsZxing() throws Exception {
    Random random = new Random(45);
    TreeSet<Integer> versions = new TreeSet<>();
    for (int i = 0; i < 200; i++) {
      versions.add(assertSame(random(random, BASE45, 1 + random.nextInt(2400)), i % 4, i % 5 == 0));
    }
    String path = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~";
    for (int i = 0; i < 200; i++) {
      String url = "https://" + random(random, "abcdefghijklmnopqrstuvwxyz", 3 + random.nextInt(20)) + ".example/"
          + random(random, path, random.nextInt(40)) + "?sgl=L1&id=urn:uuid:" + new java.util.UUID(random.nextLong(),
          random.nextLong()) + "&d=" + random(random, path, random.nextInt(i % 10 == 0 ? 2000 : 300));
      versions.add(assertSame(url, i % 4, i % 5 == 0));
    }
    versions.remove(0);
    assertThat(versions.size()).isGreaterThan(35);
  }

  @Test
  void encode_offlinePayloadsAndLinks_sameModulesAsZxing() throws Exception {
    List<String> texts = new ArrayList<>();
    texts.add(QrFixtures.offlineText());
    texts.add(OfflineQr.encode(QrFixtures.jades(QrFixtures.jadesHeader(true), QrFixtures.document(),
        QrFixtures.signature(64, 3))));
    texts.add(OfflineQr.encode(QrFixtures.jades(QrFixtures.jadesHeader(false), QrFixtures.document(),
        QrFixtures.signature(384, 4))));
    texts.add(OfflineQr.encode(QrFixtures.compact(QrFixtures.document())));
    texts.add(QrLink.of(URI.create("https://verify.aipia.example/c"), "urn:uuid:0b7d2e8a-43c5-4f43-9a8b-8d0e6f3f2d11",
        QrFixtures.document()).toString());
    for (String text : texts) {
      for (int e = 0; e < 4; e++) {
        assertSame(text, e);
      }
    }
    assertThat(SymbolEncoder.encode(texts.get(0), ErrorCorrectionLevel.M, false).mode()).isEqualTo(Mode.ALPHANUMERIC);
    assertThat(SymbolEncoder.encode(texts.get(4), ErrorCorrectionLevel.M, false).mode()).isEqualTo(Mode.BYTE);
  }

  @Test
  void encode_renderedSymbols_readBackByQrReader() throws Exception {
    Random random = new Random(7);
    List<String> texts = List.of(QrFixtures.offlineText(), random(random, BASE45, 40),
        "https://verify.example/c?sgl=L1&id=caf\u00e9", "0123456789012", random(random, BASE45, 1800));
    for (String text : texts) {
      for (QrCode.ErrorCorrection ec : List.of(QrCode.ErrorCorrection.L, QrCode.ErrorCorrection.H)) {
        if (SymbolEncoder.encode(text, LEVELS[ec.ordinal()], !ascii(text)) == null) {
          continue;
        }
        byte[] png = QrCode.encode(text, ec).toPng(4, 4);
        assertThat(QrReader.readAll(png, QrLimits.DEFAULT)).as("%s %d characters", ec, text.length())
            .containsExactly(text);
      }
    }
  }

  @Test
  void encode_whatItLeavesToZxing_null() {
    assertThat(SymbolEncoder.encode("A".repeat(5000), ErrorCorrectionLevel.M, false)).isNull();
    assertThat(SymbolEncoder.encode("x".repeat(2332), ErrorCorrectionLevel.M, false)).isNull();
    assertThat(SymbolEncoder.encode("x".repeat(2331), ErrorCorrectionLevel.M, false).version()).isEqualTo(40);
    assertThat(SymbolEncoder.encode("\u5b57", ErrorCorrectionLevel.M, false)).isNull();
    assertThat(SymbolEncoder.encode("\u5b57", ErrorCorrectionLevel.M, true).mode()).isEqualTo(Mode.BYTE);
  }
}
