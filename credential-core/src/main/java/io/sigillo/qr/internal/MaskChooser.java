package io.sigillo.qr.internal;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Version;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses the data mask of a QR code (ISO/IEC 18004 section 7.8) from one symbol made with mask 0,
 * instead of building the whole symbol eight times: the data modules are unmasked once, and each
 * candidate mask is applied, its format information written and its penalty computed, 64 modules
 * at a time on bit rows. The four penalty rules are scored exactly as the zxing 3.5 encoder scores
 * them and the first lowest penalty wins, so the result is the symbol zxing makes with its own mask
 * choice (tests compare the two on many texts), several times faster.
 */
public final class MaskChooser {
  private static final int N1 = 3;
  private static final int N2 = 3;
  private static final int N3 = 40;
  private static final int N4 = 10;
  private static final int FORMAT_GENERATOR = 0x537;
  private static final int FORMAT_XOR = 0x5412;
  /** Where bit i (least significant first) of the format information goes, first copy, as (x, y). */
  private static final int[][] FORMAT_FIRST = {
      {8, 0}, {8, 1}, {8, 2}, {8, 3}, {8, 4}, {8, 5}, {8, 7}, {8, 8},
      {7, 8}, {5, 8}, {4, 8}, {3, 8}, {2, 8}, {1, 8}, {0, 8}};
  private static final Map<Integer, long[][]> MASKS = new ConcurrentHashMap<>();

  private MaskChooser() {}

  /**
   * Rebuilds the symbol with the best mask.
   *
   * @param masked0 the modules with mask 0, row-major, 1 for dark
   * @param n modules per side
   * @param version the QR version
   * @param ec the error correction level
   * @return the modules with the best mask, or null if {@code masked0} is not what this class
   *     expects (then the caller lets zxing choose)
   */
  public static byte[] best(byte[] masked0, int n, int version, ErrorCorrectionLevel ec) {
    int w = (n + 63) >>> 6;
    long[][] masks = MASKS.computeIfAbsent(version, v -> dataMasks(n, v));
    long[] base = pack(masked0, n, w);
    for (int i = 0; i < base.length; i++) {
      base[i] ^= masks[0][i];
    }
    long[] candidate = new long[base.length];
    long[] best = null;
    int bestPenalty = Integer.MAX_VALUE;
    for (int mask = 0; mask < 8; mask++) {
      for (int i = 0; i < base.length; i++) {
        candidate[i] = base[i] ^ masks[mask][i];
      }
      writeFormat(candidate, n, w, formatBits(ec.getBits() << 3 | mask));
      if (mask == 0 && !java.util.Arrays.equals(unpack(candidate, n, w), masked0)) {
        return null;
      }
      int p = penalty(candidate, n, w);
      if (p < bestPenalty) {
        bestPenalty = p;
        best = candidate.clone();
      }
    }
    return unpack(best, n, w);
  }

  /**
   * The modules that are not data (ISO/IEC 18004 section 6.3): finder patterns with separators
   * and format information, timing patterns, alignment patterns, version information and the
   * dark module.
   */
  static boolean[] functionPatterns(int n, int version) {
    boolean[] f = new boolean[n * n];
    fill(f, n, 0, 0, 9, 9);
    fill(f, n, n - 8, 0, 8, 9);
    fill(f, n, 0, n - 8, 9, 8);
    fill(f, n, 6, 0, 1, n);
    fill(f, n, 0, 6, n, 1);
    int[] centres = Version.getVersionForNumber(version).getAlignmentPatternCenters();
    int last = centres.length - 1;
    for (int i = 0; i <= last; i++) {
      for (int j = 0; j <= last; j++) {
        if (i == 0 && j == 0 || i == 0 && j == last || i == last && j == 0) {
          continue;
        }
        fill(f, n, centres[i] - 2, centres[j] - 2, 5, 5);
      }
    }
    if (version >= 7) {
      fill(f, n, 0, n - 11, 6, 3);
      fill(f, n, n - 11, 0, 3, 6);
    }
    return f;
  }

  private static void fill(boolean[] f, int n, int left, int top, int width, int height) {
    for (int y = top; y < top + height; y++) {
      for (int x = left; x < left + width; x++) {
        f[y * n + x] = true;
      }
    }
  }

  /** For each mask, the bit rows of the data modules it inverts. */
  private static long[][] dataMasks(int n, int version) {
    boolean[] function = functionPatterns(n, version);
    int w = (n + 63) >>> 6;
    long[][] masks = new long[8][n * w];
    for (int mask = 0; mask < 8; mask++) {
      for (int y = 0; y < n; y++) {
        for (int x = 0; x < n; x++) {
          if (!function[y * n + x] && maskBit(mask, x, y)) {
            masks[mask][y * w + (x >>> 6)] |= 1L << (x & 63);
          }
        }
      }
    }
    return masks;
  }

  private static long[] pack(byte[] m, int n, int w) {
    long[] rows = new long[n * w];
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        if (m[y * n + x] == 1) {
          rows[y * w + (x >>> 6)] |= 1L << (x & 63);
        }
      }
    }
    return rows;
  }

  private static byte[] unpack(long[] rows, int n, int w) {
    byte[] m = new byte[n * n];
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        m[y * n + x] = (byte) (rows[y * w + (x >>> 6)] >>> (x & 63) & 1);
      }
    }
    return m;
  }

  private static void writeFormat(long[] rows, int n, int w, int format) {
    for (int i = 0; i < 15; i++) {
      boolean bit = (format >> i & 1) != 0;
      set(rows, w, FORMAT_FIRST[i][0], FORMAT_FIRST[i][1], bit);
      if (i < 8) {
        set(rows, w, n - 1 - i, 8, bit);
      } else {
        set(rows, w, 8, n - 7 + i - 8, bit);
      }
    }
  }

  private static void set(long[] rows, int w, int x, int y, boolean dark) {
    long bit = 1L << (x & 63);
    int i = y * w + (x >>> 6);
    rows[i] = dark ? rows[i] | bit : rows[i] & ~bit;
  }

  /** The 15 format bits: 5 data bits, their BCH(15,5) remainder, XORed with 101010000010010. */
  static int formatBits(int data) {
    int value = data << 10;
    for (int bit = 14; bit >= 10; bit--) {
      if ((value >> bit & 1) != 0) {
        value ^= FORMAT_GENERATOR << (bit - 10);
      }
    }
    return (data << 10 | value) ^ FORMAT_XOR;
  }

  /** Whether mask pattern {@code mask} inverts the module in column x, row y (ISO/IEC 18004 table 10). */
  static boolean maskBit(int mask, int x, int y) {
    switch (mask) {
      case 0:
        return (y + x) % 2 == 0;
      case 1:
        return y % 2 == 0;
      case 2:
        return x % 3 == 0;
      case 3:
        return (y + x) % 3 == 0;
      case 4:
        return (y / 2 + x / 3) % 2 == 0;
      case 5:
        return (y * x) % 2 + (y * x) % 3 == 0;
      case 6:
        return ((y * x) % 2 + (y * x) % 3) % 2 == 0;
      case 7:
        return ((y + x) % 2 + (y * x) % 3) % 2 == 0;
      default:
        throw new IllegalArgumentException("mask " + mask);
    }
  }

  /**
   * The penalty of a symbol given as bit rows: rule 1 (runs of five or more, rows and columns),
   * rule 2 (2x2 blocks), rule 3 (1:1:3:1:1 patterns with four light modules before or after,
   * inside the symbol) and rule 4 (dark share).
   *
   * <p>Rule 1 scores a run of L >= 5 equal modules 3 + (L - 5) = (L - 4) + 2: one point for each
   * of its L - 4 windows of five equal modules, plus two for the window where the run starts. So
   * it is counted on whole words: the windows of five equal modules, and those of them that start
   * a run.
   */
  static int penalty(long[] r, int n, int w) {
    int p = 0;
    int dark = 0;
    for (int y = 0; y < n; y++) {
      int row = y * w;
      for (int j = 0; j < w; j++) {
        long a = r[row + j];
        dark += Long.bitCount(a);
        long s1 = shr(r, row, w, j, 1);
        // rule 1, rows: five equal modules from x; a run starts at x = 0 or where x-1 differs
        long five = ~(a ^ s1) & ~(a ^ shr(r, row, w, j, 2)) & ~(a ^ shr(r, row, w, j, 3))
            & ~(a ^ shr(r, row, w, j, 4)) & below(j, n - 4);
        long starts = (a ^ shl(r, row, w, j, 1)) | (j == 0 ? 1L : 0L);
        p += Long.bitCount(five) + (N1 - 1) * Long.bitCount(five & starts);
        // rule 1, columns: five equal modules from row y down
        if (y + 4 < n) {
          long down = ~(a ^ r[row + w + j]) & ~(a ^ r[row + 2 * w + j]) & ~(a ^ r[row + 3 * w + j])
              & ~(a ^ r[row + 4 * w + j]) & below(j, n);
          long startsDown = y == 0 ? -1L : a ^ r[row - w + j];
          p += Long.bitCount(down) + (N1 - 1) * Long.bitCount(down & startsDown);
        }
        // rule 2
        if (y + 1 < n) {
          long b = r[row + w + j];
          long blocks = ~(a ^ s1) & ~(b ^ shr(r, row + w, w, j, 1)) & ~(a ^ b) & below(j, n - 1);
          p += N2 * Long.bitCount(blocks);
        }
        // rule 3, horizontal: the pattern starts at x
        long finder = a & ~s1 & shr(r, row, w, j, 2) & shr(r, row, w, j, 3) & shr(r, row, w, j, 4)
            & ~shr(r, row, w, j, 5) & shr(r, row, w, j, 6) & below(j, n - 6);
        if (finder != 0) {
          long lightBefore = ~(shl(r, row, w, j, 1) | shl(r, row, w, j, 2) | shl(r, row, w, j, 3)
              | shl(r, row, w, j, 4)) & ~below(j, 4);
          long lightAfter = ~(shr(r, row, w, j, 7) | shr(r, row, w, j, 8) | shr(r, row, w, j, 9)
              | shr(r, row, w, j, 10)) & below(j, n - 10);
          p += N3 * Long.bitCount(finder & (lightBefore | lightAfter));
        }
        // rule 3, vertical: the pattern starts at row y
        if (y + 6 < n) {
          long v = a & ~r[row + w + j] & r[row + 2 * w + j] & r[row + 3 * w + j] & r[row + 4 * w + j]
              & ~r[row + 5 * w + j] & r[row + 6 * w + j];
          if (v != 0) {
            long lightAbove = y >= 4
                ? ~(r[row - w + j] | r[row - 2 * w + j] | r[row - 3 * w + j] | r[row - 4 * w + j]) : 0;
            long lightBelow = y + 11 <= n
                ? ~(r[row + 7 * w + j] | r[row + 8 * w + j] | r[row + 9 * w + j] | r[row + 10 * w + j]) : 0;
            p += N3 * Long.bitCount(v & (lightAbove | lightBelow) & below(j, n));
          }
        }
      }
    }
    int total = n * n;
    return p + Math.abs(dark * 2 - total) * 10 / total * N4;
  }

  /** The bits of word j whose module index x is below the limit. */
  private static long below(int j, int limit) {
    int bits = limit - (j << 6);
    return bits <= 0 ? 0 : bits >= 64 ? -1L : (1L << bits) - 1;
  }

  /** Word j of the row shifted so that bit x holds module x + k (0 beyond the row). */
  private static long shr(long[] r, int row, int w, int j, int k) {
    long v = r[row + j] >>> k;
    if (j + 1 < w) {
      v |= r[row + j + 1] << (64 - k);
    }
    return v;
  }

  /** Word j of the row shifted so that bit x holds module x - k (0 before the row). */
  private static long shl(long[] r, int row, int w, int j, int k) {
    long v = r[row + j] << k;
    if (j > 0) {
      v |= r[row + j - 1] >>> (64 - k);
    }
    return v;
  }
}
