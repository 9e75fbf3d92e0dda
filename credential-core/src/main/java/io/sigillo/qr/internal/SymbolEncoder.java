package io.sigillo.qr.internal;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Mode;
import com.google.zxing.qrcode.decoder.Version;
import java.nio.charset.StandardCharsets;

/**
 * Makes the QR symbol of a text with data mask 0, module for module the symbol the zxing 3.5
 * encoder makes for the same text with the hint {@code QR_MASK_PATTERN=0} (and
 * {@code CHARACTER_SET=UTF-8} when asked): one segment in the densest single mode the text allows
 * (numeric, alphanumeric or byte; byte mode after an ECI 26 designator for UTF-8), the version
 * zxing's two-step choice picks, terminator and 0xEC/0x11 padding, the block structure of ISO/IEC
 * 18004 table 9 (read from zxing's {@link Version}), Reed-Solomon codewords with cached generator
 * polynomials, interleaving, and a per-version layout built once. Tests compare it with zxing on
 * every version and level. What it does not handle (a text that does not fit, or characters
 * outside ISO-8859-1 without UTF-8) yields null, so that the caller lets zxing decide.
 */
public final class SymbolEncoder {
  /** Alphanumeric mode values of the characters below 128, -1 for the others. */
  private static final byte[] ALPHANUMERIC = new byte[128];
  private static final String ALPHANUMERIC_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
  private static final int UTF8_ECI = 26;

  static {
    java.util.Arrays.fill(ALPHANUMERIC, (byte) -1);
    for (int i = 0; i < ALPHANUMERIC_CHARS.length(); i++) {
      ALPHANUMERIC[ALPHANUMERIC_CHARS.charAt(i)] = (byte) i;
    }
  }

  /** A symbol with mask 0. */
  public static final class Symbol {
    private final int version;
    private final Mode mode;
    private final byte[] modules;

    Symbol(int version, Mode mode, byte[] modules) {
      this.version = version;
      this.mode = mode;
      this.modules = modules;
    }

    /**
     * The version.
     *
     * @return 1 to 40
     */
    public int version() {
      return version;
    }

    /**
     * The mode of the segment.
     *
     * @return numeric, alphanumeric or byte
     */
    public Mode mode() {
      return mode;
    }

    /**
     * Modules per side.
     *
     * @return 17 + 4 times the version
     */
    public int size() {
      return 17 + 4 * version;
    }

    /**
     * The modules, row-major, 1 for dark; the caller's to keep.
     *
     * @return the modules
     */
    public byte[] modules() {
      return modules;
    }
  }

  private SymbolEncoder() {}

  /**
   * Encodes a text with data mask 0.
   *
   * @param text the content, not empty
   * @param ec the error correction level
   * @param utf8 whether byte mode is UTF-8 with an ECI designator (zxing's {@code CHARACTER_SET}
   *     hint {@code UTF-8}); otherwise bytes are ISO-8859-1 without ECI
   * @return the symbol, or null if this encoder leaves the text to zxing
   */
  public static Symbol encode(String text, ErrorCorrectionLevel ec, boolean utf8) {
    Mode mode = chooseMode(text);
    byte[] bytes = null;
    int dataBits;
    int count;
    if (mode == Mode.BYTE) {
      if (utf8) {
        bytes = text.getBytes(StandardCharsets.UTF_8);
      } else {
        bytes = latin1(text);
        if (bytes == null) {
          return null;
        }
      }
      count = bytes.length;
      dataBits = 8 * count;
    } else if (mode == Mode.ALPHANUMERIC) {
      count = text.length();
      dataBits = 11 * (count / 2) + 6 * (count % 2);
    } else {
      count = text.length();
      dataBits = 10 * (count / 3) + (count % 3 == 0 ? 0 : count % 3 == 1 ? 4 : 7);
    }
    boolean eci = mode == Mode.BYTE && utf8;
    int headerBits = (eci ? 12 : 0) + 4;
    // zxing's choice: a first guess with version 1's character count length, then the smallest
    // version for the count length of the guess
    Version provisional = chooseVersion(headerBits + mode.getCharacterCountBits(Version.getVersionForNumber(1))
        + dataBits, ec);
    if (provisional == null) {
      return null;
    }
    Version version = chooseVersion(headerBits + mode.getCharacterCountBits(provisional) + dataBits, ec);
    if (version == null) {
      return null;
    }
    int countBits = mode.getCharacterCountBits(version);
    Version.ECBlocks blocks = version.getECBlocksForLevel(ec);
    int totalBytes = version.getTotalCodewords();
    int dataBytes = totalBytes - blocks.getTotalECCodewords();
    int bits = headerBits + countBits + dataBits;
    if (count >= 1 << countBits || bits > dataBytes * 8) {
      return null;
    }
    BitWriter w = new BitWriter(new byte[dataBytes]);
    if (eci) {
      w.put(Mode.ECI.getBits(), 4);
      w.put(UTF8_ECI, 8);
    }
    w.put(mode.getBits(), 4);
    w.put(count, countBits);
    if (mode == Mode.BYTE) {
      w.putBytes(bytes);
    } else if (mode == Mode.ALPHANUMERIC) {
      putAlphanumeric(text, w);
    } else {
      putNumeric(text, w);
    }
    int used = (Math.min(w.position + 4, dataBytes * 8) + 7) >>> 3;
    for (int i = used; i < dataBytes; i++) {
      w.buffer[i] = (byte) ((i - used & 1) == 0 ? 0xEC : 0x11);
    }
    byte[] codewords = interleave(w.buffer, totalBytes, blocks.getNumBlocks());
    SymbolLayout layout = SymbolLayout.of(version.getVersionNumber());
    byte[] modules = layout.place(codewords, MaskChooser.formatBits(ec.getBits() << 3));
    return new Symbol(version.getVersionNumber(), mode, modules);
  }

  /** The mode zxing picks for one segment (kanji only with a Shift_JIS hint, never given here). */
  private static Mode chooseMode(String text) {
    boolean alphanumeric = false;
    boolean numeric = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        numeric = true;
      } else if (c < 128 && ALPHANUMERIC[c] >= 0) {
        alphanumeric = true;
      } else {
        return Mode.BYTE;
      }
    }
    return alphanumeric ? Mode.ALPHANUMERIC : numeric ? Mode.NUMERIC : Mode.BYTE;
  }

  private static byte[] latin1(String text) {
    byte[] out = new byte[text.length()];
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      if (c > 0xff) {
        return null;
      }
      out[i] = (byte) c;
    }
    return out;
  }

  private static Version chooseVersion(int bits, ErrorCorrectionLevel ec) {
    int bytes = (bits + 7) / 8;
    for (int v = 1; v <= 40; v++) {
      Version version = Version.getVersionForNumber(v);
      if (version.getTotalCodewords() - version.getECBlocksForLevel(ec).getTotalECCodewords() >= bytes) {
        return version;
      }
    }
    return null;
  }

  private static void putAlphanumeric(String text, BitWriter w) {
    int n = text.length();
    int i = 0;
    for (; i + 1 < n; i += 2) {
      w.put(ALPHANUMERIC[text.charAt(i)] * 45 + ALPHANUMERIC[text.charAt(i + 1)], 11);
    }
    if (i < n) {
      w.put(ALPHANUMERIC[text.charAt(i)], 6);
    }
  }

  private static void putNumeric(String text, BitWriter w) {
    int n = text.length();
    int i = 0;
    for (; i + 2 < n; i += 3) {
      w.put((text.charAt(i) - '0') * 100 + (text.charAt(i + 1) - '0') * 10 + text.charAt(i + 2) - '0', 10);
    }
    if (n - i == 2) {
      w.put((text.charAt(i) - '0') * 10 + text.charAt(i + 1) - '0', 7);
    } else if (n - i == 1) {
      w.put(text.charAt(i) - '0', 4);
    }
  }

  /**
   * Splits the data codewords into blocks (the last {@code total % blocks} blocks one data byte
   * longer), adds each block's error correction codewords, and interleaves: data bytes column by
   * column, then error correction bytes column by column.
   */
  static byte[] interleave(byte[] data, int totalBytes, int numBlocks) {
    int dataBytes = data.length;
    int longBlocks = totalBytes % numBlocks;
    int shortBlocks = numBlocks - longBlocks;
    int shortData = dataBytes / numBlocks;
    int ecPerBlock = totalBytes / numBlocks - shortData;
    byte[] ec = new byte[numBlocks * ecPerBlock];
    byte[] out = new byte[totalBytes];
    int offset = 0;
    for (int b = 0; b < numBlocks; b++) {
      int length = b < shortBlocks ? shortData : shortData + 1;
      ReedSolomon.remainder(data, offset, length, ecPerBlock, ec, b * ecPerBlock);
      offset += length;
    }
    int k = 0;
    for (int i = 0; i <= shortData; i++) {
      int start = 0;
      for (int b = 0; b < numBlocks; b++) {
        int length = b < shortBlocks ? shortData : shortData + 1;
        if (i < length) {
          out[k++] = data[start + i];
        }
        start += length;
      }
    }
    for (int i = 0; i < ecPerBlock; i++) {
      for (int b = 0; b < numBlocks; b++) {
        out[k++] = ec[b * ecPerBlock + i];
      }
    }
    return out;
  }

  /** Appends bits, most significant first, to a zeroed buffer. */
  private static final class BitWriter {
    final byte[] buffer;
    int position;

    BitWriter(byte[] buffer) {
      this.buffer = buffer;
    }

    void put(int value, int bits) {
      for (int i = bits - 1; i >= 0; i--) {
        if ((value >>> i & 1) != 0) {
          buffer[position >>> 3] |= (byte) (0x80 >>> (position & 7));
        }
        position++;
      }
    }

    void putBytes(byte[] bytes) {
      if ((position & 7) == 0) {
        System.arraycopy(bytes, 0, buffer, position >>> 3, bytes.length);
        position += 8 * bytes.length;
        return;
      }
      for (byte b : bytes) {
        put(b & 0xff, 8);
      }
    }
  }
}
