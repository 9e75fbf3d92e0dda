package io.sigillo.qr.internal;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Reed-Solomon error correction codewords for QR codes (ISO/IEC 18004 section 7.5.2): arithmetic
 * in GF(256) with the primitive polynomial x^8 + x^4 + x^3 + x^2 + 1 (0x11D), generator polynomial
 * of degree d the product of (x - a^i) for i = 0 .. d-1. Each generator is built once per degree
 * and shared (immutable, safely published), and the remainder is computed by a shift register on
 * log/antilog tables, with no allocation beyond the result.
 */
final class ReedSolomon {
  private static final int PRIMITIVE = 0x11D;
  /** a^i for i = 0 .. 509, so that a sum of two logarithms needs no reduction. */
  private static final int[] EXP = new int[510];
  /** log_a(x) for x = 1 .. 255; LOG[0] is unused. */
  private static final int[] LOG = new int[256];
  /** Generators by degree, as logarithms of the coefficients below the leading 1 (-1 for a zero). */
  private static final AtomicReferenceArray<int[]> GENERATORS = new AtomicReferenceArray<>(256);

  static {
    int x = 1;
    for (int i = 0; i < 255; i++) {
      EXP[i] = x;
      LOG[x] = i;
      x <<= 1;
      if (x >= 0x100) {
        x ^= PRIMITIVE;
      }
    }
    for (int i = 255; i < EXP.length; i++) {
      EXP[i] = EXP[i - 255];
    }
  }

  private ReedSolomon() {}

  /**
   * The error correction codewords of a block.
   *
   * @param data the codeword bytes
   * @param offset the block's first byte
   * @param length the block's data byte count
   * @param degree the error correction codeword count, 1 to 255
   * @param out receives the codewords at {@code outOffset}
   * @param outOffset where the first error correction codeword goes
   */
  static void remainder(byte[] data, int offset, int length, int degree, byte[] out, int outOffset) {
    int[] g = generator(degree);
    int[] r = new int[degree];
    for (int i = 0; i < length; i++) {
      int factor = (data[offset + i] & 0xff) ^ r[0];
      System.arraycopy(r, 1, r, 0, degree - 1);
      r[degree - 1] = 0;
      if (factor != 0) {
        int logFactor = LOG[factor];
        for (int j = 0; j < degree; j++) {
          if (g[j] >= 0) {
            r[j] ^= EXP[g[j] + logFactor];
          }
        }
      }
    }
    for (int j = 0; j < degree; j++) {
      out[outOffset + j] = (byte) r[j];
    }
  }

  /** The generator of a degree: the logarithms of its coefficients after the leading 1, highest first (-1 for 0). */
  static int[] generator(int degree) {
    int[] g = GENERATORS.get(degree);
    if (g == null) {
      g = buildGenerator(degree);
      GENERATORS.compareAndSet(degree, null, g);
    }
    return g;
  }

  private static int[] buildGenerator(int degree) {
    if (degree < 1 || degree > 255) {
      throw new IllegalArgumentException("degree " + degree);
    }
    // coefficients, highest degree first; starts as the polynomial 1
    int[] poly = {1};
    for (int i = 0; i < degree; i++) {
      int root = EXP[i];
      int[] next = new int[poly.length + 1];
      for (int j = 0; j < poly.length; j++) {
        next[j] ^= poly[j];
        next[j + 1] ^= multiply(poly[j], root);
      }
      poly = next;
    }
    int[] logs = new int[degree];
    for (int j = 0; j < degree; j++) {
      logs[j] = poly[j + 1] == 0 ? -1 : LOG[poly[j + 1]];
    }
    return logs;
  }

  static int multiply(int a, int b) {
    return a == 0 || b == 0 ? 0 : EXP[LOG[a] + LOG[b]];
  }
}
