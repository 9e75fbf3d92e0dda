package io.sigillo.qr.internal;

import com.google.zxing.qrcode.decoder.Version;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The fixed part of a QR symbol of one version (ISO/IEC 18004 sections 6.3 and 7.7): finder
 * patterns with their separators, timing patterns, alignment patterns, the dark module and version
 * information, plus the order in which the data modules take the codeword bits (two-module columns
 * from the bottom right, upwards then downwards, skipping the vertical timing column). Laid out as
 * the zxing 3.5 encoder lays out a symbol. Built once per version and shared; immutable.
 */
final class SymbolLayout {
  private static final int VERSION_GENERATOR = 0x1f25;
  private static final AtomicReferenceArray<SymbolLayout> LAYOUTS = new AtomicReferenceArray<>(41);
  /** Where bit i (least significant first) of the format information goes, first copy, as (x, y). */
  private static final int[][] FORMAT_FIRST = {
      {8, 0}, {8, 1}, {8, 2}, {8, 3}, {8, 4}, {8, 5}, {8, 7}, {8, 8},
      {7, 8}, {5, 8}, {4, 8}, {3, 8}, {2, 8}, {1, 8}, {0, 8}};

  final int version;
  final int size;
  /**
   * Row-major modules, 1 for dark: the function patterns, light format information, and each data
   * module as data mask 0 leaves a light module (dark where (x + y) is even).
   */
  private final byte[] template;
  /** The data modules' indexes in {@link #template}, in the order they take the bits. */
  final int[] order;
  /** Indexes of the format information modules: bit i of the 15 goes to {@code format[i]} and {@code format[15 + i]}. */
  private final int[] format;

  private SymbolLayout(int version) {
    this.version = version;
    this.size = 17 + 4 * version;
    int n = size;
    byte[] m = new byte[n * n];
    java.util.Arrays.fill(m, (byte) -1);
    finder(m, n, 0, 0);
    finder(m, n, n - 7, 0);
    finder(m, n, 0, n - 7);
    for (int i = 0; i < 8; i++) {
      // separators: light rows under/over and columns beside the finders
      m[7 * n + i] = 0;
      m[7 * n + n - 8 + i] = 0;
      m[(n - 8) * n + i] = 0;
      m[i * n + 7] = 0;
      m[i * n + n - 8] = 0;
      m[(n - 8 + i) * n + 7] = 0;
    }
    m[(n - 8) * n + 8] = 1;
    if (version >= 2) {
      int[] centres = Version.getVersionForNumber(version).getAlignmentPatternCenters();
      for (int cy : centres) {
        for (int cx : centres) {
          if (m[cy * n + cx] == -1) {
            alignment(m, n, cx - 2, cy - 2);
          }
        }
      }
    }
    for (int i = 8; i < n - 8; i++) {
      byte bit = (byte) ((i + 1) % 2);
      if (m[6 * n + i] == -1) {
        m[6 * n + i] = bit;
      }
      if (m[i * n + 6] == -1) {
        m[i * n + 6] = bit;
      }
    }
    format = new int[30];
    for (int i = 0; i < 15; i++) {
      format[i] = FORMAT_FIRST[i][1] * n + FORMAT_FIRST[i][0];
      format[15 + i] = i < 8 ? 8 * n + (n - 1 - i) : (n - 7 + i - 8) * n + 8;
    }
    for (int index : format) {
      m[index] = 0;
    }
    if (version >= 7) {
      int info = bch(version, VERSION_GENERATOR, 12);
      int bit = 0;
      for (int i = 0; i < 6; i++) {
        for (int j = 0; j < 3; j++) {
          byte b = (byte) (info >> bit & 1);
          bit++;
          m[(n - 11 + j) * n + i] = b;
          m[i * n + n - 11 + j] = b;
        }
      }
    }
    int dataModules = 0;
    for (byte b : m) {
      dataModules += b == -1 ? 1 : 0;
    }
    order = new int[dataModules];
    int k = 0;
    int direction = -1;
    int x = n - 1;
    int y = n - 1;
    while (x > 0) {
      if (x == 6) {
        x--;
      }
      while (y >= 0 && y < n) {
        for (int i = 0; i < 2; i++) {
          int index = y * n + x - i;
          if (m[index] == -1) {
            order[k++] = index;
            m[index] = (byte) ((x - i + y) % 2 == 0 ? 1 : 0);
          }
        }
        y += direction;
      }
      direction = -direction;
      y += direction;
      x -= 2;
    }
    if (k != dataModules) {
      throw new IllegalStateException("data modules not all placed: " + k + " of " + dataModules);
    }
    template = m;
  }

  /**
   * The layout of a version.
   *
   * @param version 1 to 40
   * @return the shared layout
   */
  static SymbolLayout of(int version) {
    SymbolLayout layout = LAYOUTS.get(version);
    if (layout == null) {
      layout = new SymbolLayout(version);
      LAYOUTS.compareAndSet(version, null, layout);
    }
    return layout;
  }

  /**
   * A new symbol with mask 0: the template with the format information written and the set bits
   * of the codewords inverting their data modules.
   *
   * @param codewords the interleaved data and error correction codewords
   * @param formatBits the 15 format information bits
   * @return row-major modules, 1 for dark
   */
  byte[] place(byte[] codewords, int formatBits) {
    byte[] m = template.clone();
    for (int i = 0; i < 15; i++) {
      byte bit = (byte) (formatBits >> i & 1);
      m[format[i]] = bit;
      m[format[15 + i]] = bit;
    }
    int[] o = order;
    for (int c = 0; c < codewords.length; c++) {
      int v = codewords[c] & 0xff;
      if (v == 0) {
        continue;
      }
      int base = c << 3;
      for (int b = 0; b < 8; b++) {
        if ((v & (0x80 >>> b)) != 0) {
          m[o[base + b]] ^= 1;
        }
      }
    }
    return m;
  }

  private static void finder(byte[] m, int n, int left, int top) {
    for (int dy = 0; dy < 7; dy++) {
      for (int dx = 0; dx < 7; dx++) {
        boolean ring = dx == 1 || dx == 5 || dy == 1 || dy == 5;
        boolean inside = dx >= 1 && dx <= 5 && dy >= 1 && dy <= 5;
        m[(top + dy) * n + left + dx] = (byte) (inside && ring ? 0 : 1);
      }
    }
  }

  private static void alignment(byte[] m, int n, int left, int top) {
    for (int dy = 0; dy < 5; dy++) {
      for (int dx = 0; dx < 5; dx++) {
        boolean ring = (dx == 1 || dx == 3) && dy >= 1 && dy <= 3 || (dy == 1 || dy == 3) && dx >= 1 && dx <= 3;
        m[(top + dy) * n + left + dx] = (byte) (ring ? 0 : 1);
      }
    }
  }

  /** The value followed by its BCH remainder of the given length for the generator. */
  static int bch(int value, int generator, int remainderBits) {
    int degree = 31 - Integer.numberOfLeadingZeros(generator);
    int r = value << remainderBits;
    for (int bit = 31 - Integer.numberOfLeadingZeros(r); bit >= degree; bit--) {
      if ((r >> bit & 1) != 0) {
        r ^= generator << (bit - degree);
      }
    }
    return value << remainderBits | r;
  }
}
