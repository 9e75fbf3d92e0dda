package io.sigillo.qr.internal;

import io.sigillo.qr.QrErrorCode;
import io.sigillo.qr.QrException;
import io.sigillo.qr.QrLimits;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes PNG and JPEG bytes with bounds: the format is detected by its magic bytes, the file
 * size and the pixel count (read from the header, before any pixel is decoded) are limited, and
 * nothing is cached on disk.
 */
public final class ImageLoader {
  private ImageLoader() {}

  /**
   * Whether bytes start like a PNG or JPEG file.
   *
   * @param bytes the input
   * @return the format name ({@code png} or {@code jpeg}), or null
   */
  public static String format(byte[] bytes) {
    if (bytes.length >= 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
        && bytes[4] == '\r' && bytes[5] == '\n' && bytes[6] == 0x1a && bytes[7] == '\n') {
      return "png";
    }
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
      return "jpeg";
    }
    return null;
  }

  /**
   * Decodes an image.
   *
   * @param bytes PNG or JPEG bytes
   * @param limits the bounds
   * @return the image
   * @throws QrException IMAGE_INVALID or IMAGE_TOO_LARGE
   */
  public static BufferedImage load(byte[] bytes, QrLimits limits) throws QrException {
    String format = format(bytes);
    if (format == null) {
      throw new QrException(QrErrorCode.IMAGE_INVALID, "the input is neither a PNG nor a JPEG image");
    }
    if (bytes.length > limits.maxImageBytes()) {
      throw new QrException(QrErrorCode.IMAGE_TOO_LARGE,
          "the image has " + bytes.length + " bytes; the limit is " + limits.maxImageBytes());
    }
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
    if (!readers.hasNext()) {
      throw new QrException(QrErrorCode.IMAGE_INVALID, "no " + format + " decoder is available");
    }
    ImageReader reader = readers.next();
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.setInput(in, true, true);
      long w = reader.getWidth(0);
      long h = reader.getHeight(0);
      if (w <= 0 || h <= 0) {
        throw new QrException(QrErrorCode.IMAGE_INVALID, "the " + format + " image has no pixels");
      }
      if (w * h > limits.maxImagePixels()) {
        throw new QrException(QrErrorCode.IMAGE_TOO_LARGE, "the image is " + w + "x" + h
            + " pixels; the limit is " + limits.maxImagePixels() + " pixels");
      }
      BufferedImage img = reader.read(0);
      if (img == null) {
        throw new QrException(QrErrorCode.IMAGE_INVALID, "the " + format + " image could not be decoded");
      }
      return img;
    } catch (IOException | RuntimeException e) {
      throw new QrException(QrErrorCode.IMAGE_INVALID, "the " + format + " image is corrupt or truncated");
    } finally {
      reader.dispose();
    }
  }
}
