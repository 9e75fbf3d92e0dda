package io.sigillo.qr.internal;

/**
 * Base45 (RFC 9285): two bytes become three characters of the QR code alphanumeric set, so that a
 * binary payload is carried in the QR alphanumeric mode. Strict decoding: only the 45 characters,
 * no length of the form 3n+1, no group value above 65535 (or 255 for a final pair).
 */
public final class Base45 {
  /** The 45 characters, in value order (RFC 9285 section 4). */
  public static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

  private static final byte[] VALUES = new byte[128];

  static {
    java.util.Arrays.fill(VALUES, (byte) -1);
    for (int i = 0; i < ALPHABET.length(); i++) {
      VALUES[ALPHABET.charAt(i)] = (byte) i;
    }
  }

  private Base45() {}

  /**
   * Encodes bytes.
   *
   * @param data the bytes
   * @return the Base45 text
   */
  public static String encode(byte[] data) {
    StringBuilder s = new StringBuilder((data.length + 1) / 2 * 3);
    int i = 0;
    for (; i + 1 < data.length; i += 2) {
      int n = (data[i] & 0xff) << 8 | (data[i + 1] & 0xff);
      s.append(ALPHABET.charAt(n % 45));
      s.append(ALPHABET.charAt(n / 45 % 45));
      s.append(ALPHABET.charAt(n / 2025));
    }
    if (i < data.length) {
      int n = data[i] & 0xff;
      s.append(ALPHABET.charAt(n % 45));
      s.append(ALPHABET.charAt(n / 45));
    }
    return s.toString();
  }

  /**
   * Decodes a slice of text.
   *
   * @param text the text
   * @param from first character
   * @param to end, exclusive
   * @return the bytes
   * @throws IllegalArgumentException naming the first problem, if the text is not strict Base45
   */
  public static byte[] decode(CharSequence text, int from, int to) {
    int len = to - from;
    if (len % 3 == 1) {
      throw new IllegalArgumentException("Base45 text of " + len + " characters has an impossible length");
    }
    byte[] out = new byte[len / 3 * 2 + (len % 3 == 2 ? 1 : 0)];
    int o = 0;
    int i = from;
    for (; i + 2 < to; i += 3) {
      int n = value(text, i) + value(text, i + 1) * 45 + value(text, i + 2) * 2025;
      if (n > 0xffff) {
        throw new IllegalArgumentException("Base45 group at character " + (i - from) + " exceeds 65535");
      }
      out[o++] = (byte) (n >> 8);
      out[o++] = (byte) n;
    }
    if (i < to) {
      int n = value(text, i) + value(text, i + 1) * 45;
      if (n > 0xff) {
        throw new IllegalArgumentException("final Base45 pair exceeds 255");
      }
      out[o] = (byte) n;
    }
    return out;
  }

  private static int value(CharSequence text, int i) {
    char c = text.charAt(i);
    int v = c < 128 ? VALUES[c] : -1;
    if (v < 0) {
      throw new IllegalArgumentException("character " + i + " is not in the Base45 alphabet");
    }
    return v;
  }
}
