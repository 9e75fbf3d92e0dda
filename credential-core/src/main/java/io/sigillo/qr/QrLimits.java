package io.sigillo.qr;

/**
 * Bounds applied while reading QR images and payloads, so that hostile input costs bounded memory
 * and time. Immutable.
 *
 * @param maxImageBytes largest accepted image file, in bytes
 * @param maxImagePixels largest accepted image, in pixels (width times height), checked from the
 *     image header before any pixel is decoded
 * @param maxTextLength longest accepted payload text, in characters
 * @param maxInflatedBytes largest accepted decompressed offline container body, in bytes
 */
public record QrLimits(int maxImageBytes, long maxImagePixels, int maxTextLength, int maxInflatedBytes) {

  /**
   * Defaults: images up to 32 MiB and 24 million pixels (a phone photo), text up to 4,296
   * characters (the largest QR code, version 40-L, in alphanumeric mode) and 128 KiB decompressed.
   */
  public static final QrLimits DEFAULT = new QrLimits(32 << 20, 24_000_000L, 4_296, 128 << 10);

  /**
   * Validates the bounds.
   *
   * @param maxImageBytes largest accepted image file, in bytes
   * @param maxImagePixels largest accepted image, in pixels
   * @param maxTextLength longest accepted payload text, in characters
   * @param maxInflatedBytes largest accepted decompressed container body, in bytes
   * @throws IllegalArgumentException if any bound is not positive
   */
  public QrLimits {
    if (maxImageBytes <= 0 || maxImagePixels <= 0 || maxTextLength <= 0 || maxInflatedBytes <= 0) {
      throw new IllegalArgumentException("every QR limit must be positive");
    }
  }
}
