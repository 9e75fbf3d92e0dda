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
   * Wraps luminance bytes.
   *
   * @param width the width
   * @param height the height
   * @param luminance row-major, one byte a pixel (not copied)
   * @return the image
   */
  public static GrayImage wrap(int width, int height, byte[] luminance) {
    if (luminance.length != width * height) {
      throw new IllegalArgumentException("luminance size does not match " + width + "x" + height);
    }
    return new GrayImage(width, height, luminance);
  }

  /**
   * Converts an image: greyscale, 3-byte BGR (as JPEG decodes) and integer RGB images directly,
   * anything else drawn onto white by Java 2D.
   *
   * @param image any image
   * @return its luminance
   */
  public static GrayImage of(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    boolean plain = image.getRaster().getSampleModelTranslateX() == 0
        && image.getRaster().getSampleModelTranslateY() == 0;
    if (plain && image.getType() == BufferedImage.TYPE_BYTE_GRAY
        && image.getRaster().getDataBuffer() instanceof DataBufferByte db && db.getData().length == w * h) {
      return new GrayImage(w, h, db.getData());
    }
    if (plain && image.getType() == BufferedImage.TYPE_3BYTE_BGR
        && image.getRaster().getDataBuffer() instanceof DataBufferByte db && db.getData().length == w * h * 3) {
      byte[] bgr = db.getData();
      byte[] out = new byte[w * h];
      for (int i = 0, j = 0; i < out.length; i++, j += 3) {
        out[i] = (byte) PngReader.rgb(bgr[j + 2] & 0xff, bgr[j + 1] & 0xff, bgr[j] & 0xff);
      }
      return new GrayImage(w, h, out);
    }
    if (plain && image.getType() == BufferedImage.TYPE_INT_RGB
        && image.getRaster().getDataBuffer() instanceof java.awt.image.DataBufferInt di && di.getData().length == w * h) {
      int[] px = di.getData();
      byte[] out = new byte[w * h];
      for (int i = 0; i < out.length; i++) {
        int p = px[i];
        out[i] = (byte) PngReader.rgb(p >> 16 & 0xff, p >> 8 & 0xff, p & 0xff);
      }
      return new GrayImage(w, h, out);
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

  /**
   * A copy resampled by a factor between 0.5 and 2 (bilinear): sampling the code on another
   * pixel grid rescues codes whose modules fall awkwardly on the original grid.
   *
   * @param factor the scale factor
   * @return the resampled image
   */
  public GrayImage resample(double factor) {
    int sw = getWidth();
    int sh = getHeight();
    int w = Math.max(1, (int) Math.round(sw * factor));
    int h = Math.max(1, (int) Math.round(sh * factor));
    byte[] out = new byte[w * h];
    double inv = 1 / factor;
    for (int y = 0; y < h; y++) {
      double fy = Math.min(Math.max(0, (y + 0.5) * inv - 0.5), sh - 1);
      int y0 = (int) fy;
      int y1 = Math.min(y0 + 1, sh - 1);
      double wy = fy - y0;
      for (int x = 0; x < w; x++) {
        double fx = Math.min(Math.max(0, (x + 0.5) * inv - 0.5), sw - 1);
        int x0 = (int) fx;
        int x1 = Math.min(x0 + 1, sw - 1);
        double wx = fx - x0;
        double top = (luminance[y0 * sw + x0] & 0xff) * (1 - wx) + (luminance[y0 * sw + x1] & 0xff) * wx;
        double bottom = (luminance[y1 * sw + x0] & 0xff) * (1 - wx) + (luminance[y1 * sw + x1] & 0xff) * wx;
        out[y * w + x] = (byte) Math.round(top * (1 - wy) + bottom * wy);
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
