package io.sigillo.qr.internal;

import com.google.zxing.LuminanceSource;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * An 8-bit luminance view of an image for the QR detector: greyscale images are used as they
 * are, any other image is drawn once onto white (so transparency reads as paper) and converted by
 * Java 2D.
 */
public final class GrayImage extends LuminanceSource {
  private final byte[] luminance;

  private GrayImage(int width, int height, byte[] luminance) {
    super(width, height);
    this.luminance = luminance;
  }

  /**
   * Converts an image.
   *
   * @param image any image
   * @return its luminance
   */
  public static GrayImage of(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && image.getRaster().getDataBuffer() instanceof DataBufferByte db
        && image.getRaster().getSampleModelTranslateX() == 0 && image.getRaster().getSampleModelTranslateY() == 0
        && db.getData().length == w * h) {
      return new GrayImage(w, h, db.getData());
    }
    BufferedImage gray = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = gray.createGraphics();
    try {
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return new GrayImage(w, h, ((DataBufferByte) gray.getRaster().getDataBuffer()).getData());
  }

  /**
   * A copy scaled down by an integer factor (box filter), for very large photos.
   *
   * @param factor 2 or more
   * @return the smaller image
   */
  public GrayImage downscale(int factor) {
    int w = getWidth() / factor;
    int h = getHeight() / factor;
    int src = getWidth();
    byte[] out = new byte[w * h];
    int area = factor * factor;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int sum = 0;
        for (int dy = 0; dy < factor; dy++) {
          int base = (y * factor + dy) * src + x * factor;
          for (int dx = 0; dx < factor; dx++) {
            sum += luminance[base + dx] & 0xff;
          }
        }
        out[y * w + x] = (byte) (sum / area);
      }
    }
    return new GrayImage(w, h, out);
  }

  @Override
  public byte[] getRow(int y, byte[] row) {
    if (y < 0 || y >= getHeight()) {
      throw new IllegalArgumentException("row " + y + " is outside the image");
    }
    int w = getWidth();
    byte[] r = row == null || row.length < w ? new byte[w] : row;
    System.arraycopy(luminance, y * w, r, 0, w);
    return r;
  }

  @Override
  public byte[] getMatrix() {
    return luminance;
  }
}
