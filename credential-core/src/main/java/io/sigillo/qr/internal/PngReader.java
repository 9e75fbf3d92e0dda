package io.sigillo.qr.internal;

import io.sigillo.qr.QrErrorCode;
import io.sigillo.qr.QrException;
import io.sigillo.qr.QrLimits;
import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decodes the common PNG files straight to luminance, several times faster than a general image
 * reader: not interlaced, 8-bit (or 1, 2, 4-bit greyscale and palette) greyscale, RGB, palette,
 * greyscale with alpha and RGBA, transparency composed over white. Chunk CRCs are checked and
 * the inflated size is bounded by the header. Anything else (interlaced, 16-bit, {@code tRNS})
 * is left to the general reader.
 */
public final class PngReader {
  private PngReader() {}

  /**
   * Decodes a PNG.
   *
   * @param png the file
   * @param limits the bounds
   * @return the luminance, or null if this reader does not handle the file's kind
   * @throws QrException IMAGE_INVALID or IMAGE_TOO_LARGE
   */
  public static GrayImage read(byte[] png, QrLimits limits) throws QrException {
    int pos = 8;
    int width = -1;
    int height = -1;
    int depth = 0;
    int colour = -1;
    byte[] palette = null;
    ByteArrayOutputStream idat = new ByteArrayOutputStream(png.length);
    boolean end = false;
    while (!end) {
      if (png.length - pos < 12) {
        throw invalid("the PNG ends inside a chunk");
      }
      long length = readInt(png, pos) & 0xffffffffL;
      if (length > png.length - pos - 12) {
        throw invalid("a PNG chunk is longer than the file");
      }
      int len = (int) length;
      String type = new String(png, pos + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
      CRC32 crc = new CRC32();
      crc.update(png, pos + 4, 4 + len);
      if ((int) crc.getValue() != readInt(png, pos + 8 + len)) {
        throw invalid("a PNG chunk has a wrong CRC");
      }
      int data = pos + 8;
      switch (type) {
        case "IHDR":
          if (len != 13 || width >= 0) {
            throw invalid("the PNG header is malformed");
          }
          width = readInt(png, data);
          height = readInt(png, data + 4);
          depth = png[data + 8] & 0xff;
          colour = png[data + 9] & 0xff;
          if (width <= 0 || height <= 0) {
            throw invalid("the PNG has no pixels");
          }
          if ((long) width * height > limits.maxImagePixels()) {
            throw new QrException(QrErrorCode.IMAGE_TOO_LARGE, "the image is " + width + "x" + height
                + " pixels; the limit is " + limits.maxImagePixels() + " pixels");
          }
          if (png[data + 10] != 0 || png[data + 11] != 0 || png[data + 12] != 0 || !supported(colour, depth)) {
            return null;
          }
          break;
        case "PLTE":
          palette = java.util.Arrays.copyOfRange(png, data, data + len);
          break;
        case "tRNS":
          return null;
        case "IDAT":
          if (width < 0) {
            throw invalid("the PNG has image data before its header");
          }
          idat.write(png, data, len);
          break;
        case "IEND":
          end = true;
          break;
        default:
          if ((png[pos + 4] & 0x20) == 0) {
            return null;
          }
      }
      pos += 12 + len;
    }
    if (width < 0) {
      throw invalid("the PNG has no header");
    }
    if (colour == 3 && (palette == null || palette.length % 3 != 0)) {
      throw invalid("the palette PNG has no valid palette");
    }
    int channels = colour == 0 ? 1 : colour == 2 ? 3 : colour == 3 ? 1 : colour == 4 ? 2 : 4;
    int bitsPerPixel = channels * depth;
    int rowBytes = (width * bitsPerPixel + 7) / 8;
    int bpp = Math.max(1, bitsPerPixel / 8);
    byte[] raw = inflate(idat.toByteArray(), (long) (rowBytes + 1) * height);
    byte[] out = new byte[width * height];
    byte[] prev = new byte[rowBytes];
    byte[] row = new byte[rowBytes];
    for (int y = 0; y < height; y++) {
      int off = y * (rowBytes + 1);
      int filter = raw[off];
      System.arraycopy(raw, off + 1, row, 0, rowBytes);
      unfilter(filter, row, prev, bpp);
      luminance(row, out, y * width, width, colour, depth, palette);
      byte[] t = prev;
      prev = row;
      row = t;
    }
    return GrayImage.wrap(width, height, out);
  }

  private static boolean supported(int colour, int depth) {
    switch (colour) {
      case 0:
        return depth == 1 || depth == 2 || depth == 4 || depth == 8;
      case 3:
        return depth == 1 || depth == 2 || depth == 4 || depth == 8;
      case 2:
      case 4:
      case 6:
        return depth == 8;
      default:
        return false;
    }
  }

  private static byte[] inflate(byte[] z, long expected) throws QrException {
    if (expected > Integer.MAX_VALUE - 16) {
      throw new QrException(QrErrorCode.IMAGE_TOO_LARGE, "the PNG's pixel data is too large");
    }
    byte[] out = new byte[(int) expected];
    Inflater inf = new Inflater();
    try {
      inf.setInput(z);
      int total = 0;
      while (total < out.length) {
        int n = inf.inflate(out, total, out.length - total);
        if (n == 0 && (inf.finished() || inf.needsInput() || inf.needsDictionary())) {
          throw invalid("the PNG's pixel data is truncated");
        }
        total += n;
      }
      return out;
    } catch (DataFormatException e) {
      throw invalid("the PNG's pixel data is corrupt");
    } finally {
      inf.end();
    }
  }

  private static void unfilter(int filter, byte[] row, byte[] prev, int bpp) throws QrException {
    switch (filter) {
      case 0:
        return;
      case 1:
        for (int i = bpp; i < row.length; i++) {
          row[i] += row[i - bpp];
        }
        return;
      case 2:
        for (int i = 0; i < row.length; i++) {
          row[i] += prev[i];
        }
        return;
      case 3:
        for (int i = 0; i < row.length; i++) {
          int left = i >= bpp ? row[i - bpp] & 0xff : 0;
          row[i] += (byte) ((left + (prev[i] & 0xff)) >> 1);
        }
        return;
      case 4:
        for (int i = 0; i < row.length; i++) {
          int a = i >= bpp ? row[i - bpp] & 0xff : 0;
          int b = prev[i] & 0xff;
          int c = i >= bpp ? prev[i - bpp] & 0xff : 0;
          int p = a + b - c;
          int pa = Math.abs(p - a);
          int pb = Math.abs(p - b);
          int pc = Math.abs(p - c);
          row[i] += (byte) (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
        }
        return;
      default:
        throw invalid("the PNG uses an unknown row filter " + filter);
    }
  }

  private static void luminance(byte[] row, byte[] out, int at, int width, int colour, int depth,
      byte[] palette) throws QrException {
    switch (colour) {
      case 0:
      case 3:
        int mask = (1 << depth) - 1;
        for (int x = 0; x < width; x++) {
          int bit = x * depth;
          int v = (row[bit >> 3] & 0xff) >> (8 - depth - (bit & 7)) & mask;
          if (colour == 0) {
            out[at + x] = (byte) (v * 255 / mask);
          } else {
            if (3 * v + 2 >= palette.length) {
              throw invalid("a PNG pixel names a colour beyond the palette");
            }
            out[at + x] = (byte) rgb(palette[3 * v] & 0xff, palette[3 * v + 1] & 0xff, palette[3 * v + 2] & 0xff);
          }
        }
        return;
      case 2:
        for (int x = 0, i = 0; x < width; x++, i += 3) {
          out[at + x] = (byte) rgb(row[i] & 0xff, row[i + 1] & 0xff, row[i + 2] & 0xff);
        }
        return;
      case 4:
        for (int x = 0, i = 0; x < width; x++, i += 2) {
          out[at + x] = (byte) overWhite(row[i] & 0xff, row[i + 1] & 0xff);
        }
        return;
      default:
        for (int x = 0, i = 0; x < width; x++, i += 4) {
          out[at + x] = (byte) overWhite(rgb(row[i] & 0xff, row[i + 1] & 0xff, row[i + 2] & 0xff), row[i + 3] & 0xff);
        }
    }
  }

  static int rgb(int r, int g, int b) {
    return (r * 77 + g * 150 + b * 29 + 128) >> 8;
  }

  private static int overWhite(int lum, int alpha) {
    return (lum * alpha + 255 * (255 - alpha) + 127) / 255;
  }

  private static int readInt(byte[] b, int at) {
    return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
  }

  private static QrException invalid(String message) {
    return new QrException(QrErrorCode.IMAGE_INVALID, message);
  }
}
