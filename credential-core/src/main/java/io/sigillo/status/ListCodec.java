package io.sigillo.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;

/**
 * The {@code encodedList} codec: multibase base64url without padding (prefix {@code u}) of the
 * GZIP (RFC 1952) of the bitstring. Decoding is strict and bounded: one GZIP member, a correct
 * CRC-32 and length, no trailing bytes, and never more output than the caller allows.
 */
final class ListCodec {
  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
  private static final int FTEXT_RESERVED = 0xE0;
  private static final int FHCRC = 0x02;
  private static final int FEXTRA = 0x04;
  private static final int FNAME = 0x08;
  private static final int FCOMMENT = 0x10;

  private ListCodec() {}

  static String encode(byte[] bits) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 + bits.length / 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192)) {
      gz.write(bits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "u" + B64URL.encodeToString(out.toByteArray());
  }

  static byte[] decode(String encoded, int maxBytes) throws StatusListException {
    if (encoded == null || encoded.isEmpty()) {
      throw malformed("encodedList is empty");
    }
    if (encoded.charAt(0) != 'u') {
      throw malformed("encodedList must be multibase base64url (prefix 'u'), not prefix '"
          + printable(encoded.charAt(0)) + "'");
    }
    return gunzip(base64url(encoded.substring(1)), maxBytes);
  }

  private static byte[] base64url(String s) throws StatusListException {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
        throw malformed("encodedList is not unpadded base64url (character '" + printable(c) + "' at " + (i + 1) + ")");
      }
    }
    if (s.length() % 4 == 1) {
      throw malformed("encodedList has an impossible base64url length");
    }
    try {
      return Base64.getUrlDecoder().decode(s);
    } catch (IllegalArgumentException e) {
      throw malformed("encodedList is not valid base64url");
    }
  }

  static byte[] gunzip(byte[] in, int maxBytes) throws StatusListException {
    if (in.length < 18) {
      throw malformed("encodedList is too short to be GZIP data");
    }
    if ((in[0] & 0xFF) != 0x1F || (in[1] & 0xFF) != 0x8B) {
      throw malformed("encodedList is not GZIP data (bad magic number)");
    }
    if (in[2] != 8) {
      throw malformed("GZIP compression method " + (in[2] & 0xFF) + " is not deflate");
    }
    int flags = in[3] & 0xFF;
    if ((flags & FTEXT_RESERVED) != 0) {
      throw malformed("GZIP header sets reserved flags");
    }
    int pos = 10;
    if ((flags & FEXTRA) != 0) {
      if (pos + 2 > in.length) {
        throw malformed("GZIP header is truncated");
      }
      int xlen = (in[pos] & 0xFF) | (in[pos + 1] & 0xFF) << 8;
      pos += 2 + xlen;
    }
    if ((flags & FNAME) != 0) {
      pos = skipZeroTerminated(in, pos);
    }
    if ((flags & FCOMMENT) != 0) {
      pos = skipZeroTerminated(in, pos);
    }
    if ((flags & FHCRC) != 0) {
      if (pos + 2 > in.length) {
        throw malformed("GZIP header is truncated");
      }
      CRC32 hcrc = new CRC32();
      hcrc.update(in, 0, pos);
      int expected = (in[pos] & 0xFF) | (in[pos + 1] & 0xFF) << 8;
      if ((hcrc.getValue() & 0xFFFF) != expected) {
        throw malformed("GZIP header CRC does not match");
      }
      pos += 2;
    }
    if (pos >= in.length) {
      throw malformed("GZIP header is truncated");
    }
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(in, pos, in.length - pos);
      byte[] out = new byte[Math.min(Math.max(1024, in.length * 4), maxBytes + 1)];
      int n = 0;
      while (!inflater.finished()) {
        if (n == out.length) {
          if (out.length > maxBytes) {
            throw new StatusListException(StatusErrorCode.STATUS_LIST_LENGTH_ERROR,
                "the status list inflates to more than " + maxBytes + " bytes, the reader's limit");
          }
          out = Arrays.copyOf(out, (int) Math.min((long) out.length * 2, (long) maxBytes + 1));
        }
        int got = inflater.inflate(out, n, out.length - n);
        n += got;
        if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw malformed("GZIP data is truncated");
        }
      }
      if (n > maxBytes) {
        throw new StatusListException(StatusErrorCode.STATUS_LIST_LENGTH_ERROR,
            "the status list inflates to more than " + maxBytes + " bytes, the reader's limit");
      }
      int trailer = in.length - inflater.getRemaining();
      if (inflater.getRemaining() < 8) {
        throw malformed("GZIP trailer is truncated");
      }
      if (inflater.getRemaining() > 8) {
        throw malformed("trailing bytes after the GZIP member");
      }
      CRC32 crc = new CRC32();
      crc.update(out, 0, n);
      if (crc.getValue() != readLe32(in, trailer)) {
        throw malformed("GZIP CRC-32 does not match the data (corrupt list)");
      }
      if ((n & 0xFFFFFFFFL) != readLe32(in, trailer + 4)) {
        throw malformed("GZIP length field does not match the data");
      }
      return n == out.length ? out : Arrays.copyOf(out, n);
    } catch (DataFormatException e) {
      throw malformed("GZIP data is corrupt: " + e.getMessage());
    } finally {
      inflater.end();
    }
  }

  private static int skipZeroTerminated(byte[] in, int pos) throws StatusListException {
    int p = pos;
    while (p < in.length && in[p] != 0) {
      p++;
    }
    if (p >= in.length) {
      throw malformed("GZIP header is truncated");
    }
    return p + 1;
  }

  private static long readLe32(byte[] b, int at) {
    return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
  }

  private static String printable(char c) {
    return c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04x", (int) c);
  }

  private static StatusListException malformed(String message) {
    return new StatusListException(StatusErrorCode.MALFORMED_VALUE_ERROR, message);
  }
}
