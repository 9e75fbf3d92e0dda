package io.sigillo.qr;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import io.sigillo.qr.internal.MaskChooser;
import io.sigillo.qr.internal.PngWriter;
import io.sigillo.qr.internal.SymbolEncoder;
import io.sigillo.qr.internal.SvgWriter;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A QR code (ISO/IEC 18004) for a text, rendered as PNG, SVG or an image. Immutable.
 *
 * <pre>{@code
 * QrCode qr = QrCode.encode(OfflineQr.encode(sealed.jadesQr()));
 * Files.write(Path.of("certificate-qr.png"), qr.toPng(4, 4));
 * }</pre>
 *
 * <p>The encoder picks the smallest version for the error correction level and the densest mode
 * the text allows: a Base45 offline payload is all alphanumeric, a link is bytes (UTF-8 when it is
 * not ASCII). Error correction M (about 15% of the code may be damaged) is the default. The symbol
 * is the one the zxing encoder makes, module for module: Sigillo's own encoder builds it with data
 * mask 0 (Reed-Solomon generators and the layout of each version built once; zxing for anything it
 * leaves alone), and the data mask is then chosen by penalty as zxing chooses it, but from one
 * symbol instead of eight, which makes encoding several times faster.
 */
public final class QrCode {
  /** Error correction levels: the share of codewords that may be restored. */
  public enum ErrorCorrection {
    /** About 7%. */
    L(ErrorCorrectionLevel.L),
    /** About 15%; the default. */
    M(ErrorCorrectionLevel.M),
    /** About 25%. */
    Q(ErrorCorrectionLevel.Q),
    /** About 30%. */
    H(ErrorCorrectionLevel.H);

    private final ErrorCorrectionLevel level;

    ErrorCorrection(ErrorCorrectionLevel level) {
      this.level = level;
    }
  }

  /** Largest accepted module size, in pixels. */
  public static final int MAX_MODULE_SIZE = 32;
  /** Largest accepted quiet zone, in modules; ISO/IEC 18004 asks for at least 4. */
  public static final int MAX_QUIET_ZONE = 16;

  private final String text;
  private final ErrorCorrection errorCorrection;
  private final int version;
  private final String mode;
  private final int size;
  private final boolean[] dark;

  private QrCode(String text, ErrorCorrection ec, int version, String mode, int size, boolean[] dark) {
    this.text = text;
    this.errorCorrection = ec;
    this.version = version;
    this.mode = mode;
    this.size = size;
    this.dark = dark;
  }

  /**
   * Encodes a text at error correction M.
   *
   * @param text the content
   * @return the code
   * @throws IllegalArgumentException if the text does not fit a version 40 code
   */
  public static QrCode encode(String text) {
    return encode(text, ErrorCorrection.M);
  }

  /**
   * Encodes a text.
   *
   * @param text the content
   * @param errorCorrection the level
   * @return the code
   * @throws IllegalArgumentException if the text is empty or does not fit a version 40 code
   */
  public static QrCode encode(String text, ErrorCorrection errorCorrection) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(errorCorrection, "errorCorrection");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("a QR code needs a non-empty text");
    }
    boolean ascii = isAscii(text);
    SymbolEncoder.Symbol symbol = SymbolEncoder.encode(text, errorCorrection.level, !ascii);
    if (symbol != null) {
      byte[] best = MaskChooser.best(symbol.modules(), symbol.size(), symbol.version(), errorCorrection.level);
      if (best != null) {
        return new QrCode(text, errorCorrection, symbol.version(), symbol.mode().name().toLowerCase(Locale.ROOT),
            symbol.size(), dark(best));
      }
    }
    return encodeWithZxing(text, errorCorrection, ascii);
  }

  /** The symbol as zxing makes it: for texts {@link SymbolEncoder} leaves alone (and errors). */
  private static QrCode encodeWithZxing(String text, ErrorCorrection errorCorrection, boolean ascii) {
    Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
    if (!ascii) {
      hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
    }
    hints.put(EncodeHintType.QR_MASK_PATTERN, 0);
    com.google.zxing.qrcode.encoder.QRCode qr = zxing(text, errorCorrection, hints);
    int version = qr.getVersion().getVersionNumber();
    byte[] modules = flatten(qr.getMatrix());
    int n = qr.getMatrix().getWidth();
    byte[] best = MaskChooser.best(modules, n, version, errorCorrection.level);
    if (best == null) {
      hints.remove(EncodeHintType.QR_MASK_PATTERN);
      qr = zxing(text, errorCorrection, hints);
      best = flatten(qr.getMatrix());
    }
    return new QrCode(text, errorCorrection, version, qr.getMode().name().toLowerCase(Locale.ROOT), n, dark(best));
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean[] dark(byte[] modules) {
    boolean[] dark = new boolean[modules.length];
    for (int i = 0; i < dark.length; i++) {
      dark[i] = modules[i] == 1;
    }
    return dark;
  }

  private static com.google.zxing.qrcode.encoder.QRCode zxing(String text, ErrorCorrection ec,
      Map<EncodeHintType, Object> hints) {
    try {
      return Encoder.encode(text, ec.level, hints);
    } catch (WriterException e) {
      throw new IllegalArgumentException("the text does not fit a QR code at error correction "
          + ec + ": " + e.getMessage(), e);
    }
  }

  private static byte[] flatten(ByteMatrix m) {
    int n = m.getWidth();
    byte[] out = new byte[n * n];
    byte[][] rows = m.getArray();
    for (int y = 0; y < n; y++) {
      System.arraycopy(rows[y], 0, out, y * n, n);
    }
    return out;
  }

  /**
   * The encoded text.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * The error correction level.
   *
   * @return the level
   */
  public ErrorCorrection errorCorrection() {
    return errorCorrection;
  }

  /**
   * The QR version, 1 to 40.
   *
   * @return the version
   */
  public int version() {
    return version;
  }

  /**
   * The encoding mode the text used.
   *
   * @return {@code alphanumeric}, {@code byte}, {@code numeric} or {@code kanji}
   */
  public String mode() {
    return mode;
  }

  /**
   * Modules per side, without quiet zone: 17 + 4 times the version.
   *
   * @return the module count per side
   */
  public int size() {
    return size;
  }

  /**
   * Whether a module is dark.
   *
   * @param x column, 0 to size - 1
   * @param y row, 0 to size - 1
   * @return true for dark
   */
  public boolean isDark(int x, int y) {
    Objects.checkIndex(x, size);
    Objects.checkIndex(y, size);
    return dark[y * size + x];
  }

  /**
   * Renders a PNG (1-bit greyscale).
   *
   * @param moduleSize pixels per module, 1 to {@link #MAX_MODULE_SIZE}
   * @param quietZone light modules on each side, 0 to {@link #MAX_QUIET_ZONE} (4 is standard)
   * @return the PNG file bytes
   */
  public byte[] toPng(int moduleSize, int quietZone) {
    check(moduleSize, quietZone);
    return PngWriter.write(dark, size, moduleSize, quietZone);
  }

  /**
   * Renders an SVG document.
   *
   * @param moduleSize user units (pixels) per module, 1 to {@link #MAX_MODULE_SIZE}
   * @param quietZone light modules on each side, 0 to {@link #MAX_QUIET_ZONE} (4 is standard)
   * @return the SVG text
   */
  public String toSvg(int moduleSize, int quietZone) {
    check(moduleSize, quietZone);
    return SvgWriter.write(dark, size, moduleSize, quietZone);
  }

  /**
   * Renders an 8-bit greyscale image.
   *
   * @param moduleSize pixels per module, 1 to {@link #MAX_MODULE_SIZE}
   * @param quietZone light modules on each side, 0 to {@link #MAX_QUIET_ZONE} (4 is standard)
   * @return a new image
   */
  public BufferedImage toImage(int moduleSize, int quietZone) {
    check(moduleSize, quietZone);
    int px = (size + 2 * quietZone) * moduleSize;
    BufferedImage img = new BufferedImage(px, px, BufferedImage.TYPE_BYTE_GRAY);
    byte[] data = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
    java.util.Arrays.fill(data, (byte) 0xff);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        if (dark[y * size + x]) {
          int top = (y + quietZone) * moduleSize;
          int left = (x + quietZone) * moduleSize;
          for (int dy = 0; dy < moduleSize; dy++) {
            java.util.Arrays.fill(data, (top + dy) * px + left, (top + dy) * px + left + moduleSize, (byte) 0);
          }
        }
      }
    }
    return img;
  }

  private static void check(int moduleSize, int quietZone) {
    if (moduleSize < 1 || moduleSize > MAX_MODULE_SIZE) {
      throw new IllegalArgumentException("module size must be between 1 and " + MAX_MODULE_SIZE + " pixels");
    }
    if (quietZone < 0 || quietZone > MAX_QUIET_ZONE) {
      throw new IllegalArgumentException("quiet zone must be between 0 and " + MAX_QUIET_ZONE + " modules");
    }
  }

  @Override
  public String toString() {
    return "QrCode[version " + version + "-" + errorCorrection + ", " + size + "x" + size + " modules, "
        + mode + ", " + text.length() + " characters]";
  }
}
