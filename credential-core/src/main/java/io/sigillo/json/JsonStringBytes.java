package io.sigillo.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Decodes a JSON string literal in well-formed UTF-8 input straight to the UTF-8 bytes of its
 * value (the escapes resolved), without building a {@code String} and encoding it again.
 *
 * <p>The input must already have passed {@link StrictJson}'s UTF-8 check: bytes outside escapes are
 * copied as they are, so well-formed input gives well-formed output. This class does not report
 * JSON errors: for a literal that is not well-formed JSON (an unescaped control character, an
 * unknown escape, a bad {@code \\u} escape, no closing quote) it returns {@code null} and leaves the
 * error to Jackson. A value holding an unpaired surrogate escape (such as {@code "\ud800"}) has no
 * UTF-8 encoding: the result says so ({@link Decoded#bytes()} is null) and still counts its
 * characters.
 */
final class JsonStringBytes {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long QUOTES = 0x2222222222222222L;
  private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
  private static final long SPACES = 0x2020202020202020L;

  /**
   * A decoded string value.
   *
   * @param bytes the UTF-8 encoding of the value, or null if the value holds an unpaired
   *     surrogate escape
   * @param chars the length of the value in UTF-16 code units (what Jackson's string length limit
   *     counts)
   */
  record Decoded(byte[] bytes, int chars) {}

  private JsonStringBytes() {}

  /**
   * Decodes the string literal whose opening quote is at {@code quote}.
   *
   * @param in well-formed UTF-8 JSON text
   * @param quote the index of the opening quote
   * @return the value, or null if the literal is not a well-formed JSON string
   */
  static Decoded decode(byte[] in, int quote) {
    int n = in.length;
    if (quote < 0 || quote >= n || in[quote] != '"') {
      return null;
    }
    // the value is never longer than the literal: escapes shrink, other bytes are copied
    byte[] out = new byte[n - quote - 1];
    int i = quote + 1;
    int j = 0;
    int chars = 0;
    boolean unpaired = false;
    while (true) {
      // eight plain ASCII bytes at a time: no quote, backslash, control character or non-ASCII byte
      while (i + Long.BYTES <= n) {
        long v = (long) LONGS.get(in, i);
        long q = v ^ QUOTES;
        long b = v ^ BACKSLASHES;
        long special = (((q - ONES) & ~q) | ((b - ONES) & ~b) | ((v - SPACES) & ~v) | v) & HIGHS;
        // all eight bytes are copied; only those before the first special one count
        LONGS.set(out, j, v);
        int plain = special == 0 ? Long.BYTES : Long.numberOfTrailingZeros(special) >>> 3;
        i += plain;
        j += plain;
        chars += plain;
        if (plain < Long.BYTES) {
          break;
        }
      }
      if (i >= n) {
        return null;
      }
      int c = in[i];
      if (c == '"') {
        return new Decoded(unpaired ? null : Arrays.copyOf(out, j), chars);
      }
      if (c < 0) {
        // part of a multi-byte sequence (well-formed, checked before): one UTF-16 unit per
        // sequence, two for a four-byte one
        out[j++] = (byte) c;
        i++;
        if ((c & 0xC0) != 0x80) {
          chars += (c & 0xF8) == 0xF0 ? 2 : 1;
        }
        continue;
      }
      if (c < ' ') {
        return null;
      }
      if (c != '\\') {
        out[j++] = (byte) c;
        i++;
        chars++;
        continue;
      }
      if (i + 1 >= n) {
        return null;
      }
      int e = in[i + 1];
      int simple = simpleEscape(e);
      if (simple >= 0) {
        out[j++] = (byte) simple;
        i += 2;
        chars++;
        continue;
      }
      if (e != 'u') {
        return null;
      }
      int unit = hex4(in, i + 2);
      if (unit < 0) {
        return null;
      }
      i += 6;
      chars++;
      if (!Character.isSurrogate((char) unit)) {
        j = encode(unit, out, j);
        continue;
      }
      int low = Character.isHighSurrogate((char) unit) && i + 1 < n && in[i] == '\\' && in[i + 1] == 'u'
          ? hex4(in, i + 2) : -1;
      if (low >= 0 && Character.isLowSurrogate((char) low)) {
        j = encode(Character.toCodePoint((char) unit, (char) low), out, j);
        i += 6;
        chars++;
      } else {
        // a lone surrogate: no UTF-8 for it; whatever follows is read on its own
        unpaired = true;
      }
    }
  }

  private static int simpleEscape(int e) {
    switch (e) {
      case '"':
      case '\\':
      case '/':
        return e;
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      default:
        return -1;
    }
  }

  /** The four hex digits at {@code at} as a UTF-16 code unit, or -1. */
  private static int hex4(byte[] in, int at) {
    if (at + 4 > in.length) {
      return -1;
    }
    int v = 0;
    for (int k = at; k < at + 4; k++) {
      int d = in[k] < 0 ? -1 : Character.digit(in[k], 16);
      if (d < 0) {
        return -1;
      }
      v = v << 4 | d;
    }
    return v;
  }

  private static int encode(int cp, byte[] out, int j) {
    if (cp < 0x80) {
      out[j++] = (byte) cp;
    } else if (cp < 0x800) {
      out[j++] = (byte) (0xC0 | cp >> 6);
      out[j++] = (byte) (0x80 | cp & 0x3F);
    } else if (cp < 0x10000) {
      out[j++] = (byte) (0xE0 | cp >> 12);
      out[j++] = (byte) (0x80 | cp >> 6 & 0x3F);
      out[j++] = (byte) (0x80 | cp & 0x3F);
    } else {
      out[j++] = (byte) (0xF0 | cp >> 18);
      out[j++] = (byte) (0x80 | cp >> 12 & 0x3F);
      out[j++] = (byte) (0x80 | cp >> 6 & 0x3F);
      out[j++] = (byte) (0x80 | cp & 0x3F);
    }
    return j;
  }
}
