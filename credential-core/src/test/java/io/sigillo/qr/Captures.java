package io.sigillo.qr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Builds realistic camera-like captures of QR codes in code, deterministically (fixed seeds). */
final class Captures {
  static {
    ImageIO.setUseCache(false);
  }

  private Captures() {}

  static BufferedImage read(byte[] bytes) throws IOException {
    return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
  }

  static BufferedImage white(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.dispose();
    return img;
  }

  /** A cluttered desk: coloured boxes, lines, circles and text. */
  static BufferedImage busy(int w, int h, long seed) {
    Random r = new Random(seed);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new java.awt.GradientPaint(0, 0, new Color(180, 160, 120), w, h, new Color(90, 110, 140)));
    g.fillRect(0, 0, w, h);
    for (int i = 0; i < 60; i++) {
      g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256)));
      int x = r.nextInt(w);
      int y = r.nextInt(h);
      switch (i % 4) {
        case 0 -> g.fillRect(x, y, 10 + r.nextInt(120), 10 + r.nextInt(80));
        case 1 -> g.fillOval(x, y, 10 + r.nextInt(90), 10 + r.nextInt(90));
        case 2 -> {
          g.setStroke(new BasicStroke(1 + r.nextInt(6)));
          g.drawLine(x, y, r.nextInt(w), r.nextInt(h));
        }
        default -> {
          g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12 + r.nextInt(30)));
          g.drawString("Certificato UNI 11621-8", x, y);
        }
      }
    }
    g.dispose();
    return img;
  }

  /** Draws an image onto a canvas, scaled and rotated about its centre, with bilinear filtering. */
  static void place(BufferedImage canvas, BufferedImage img, double centreX, double centreY, double scale,
      double degrees) {
    Graphics2D g = canvas.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    AffineTransform t = new AffineTransform();
    t.translate(centreX, centreY);
    t.rotate(Math.toRadians(degrees));
    t.scale(scale, scale);
    t.translate(-img.getWidth() / 2.0, -img.getHeight() / 2.0);
    g.drawImage(img, t, null);
    g.dispose();
  }

  /** A box blur of the given size (3 or 5 pixels). */
  static BufferedImage blur(BufferedImage img, int size) {
    float[] k = new float[size * size];
    java.util.Arrays.fill(k, 1f / (size * size));
    BufferedImage rgb = toRgb(img);
    return new ConvolveOp(new Kernel(size, size, k), ConvolveOp.EDGE_NO_OP, null).filter(rgb, null);
  }

  /** Adds Gaussian sensor noise of the given standard deviation to every channel. */
  static BufferedImage noise(BufferedImage img, double sigma, long seed) {
    Random r = new Random(seed);
    BufferedImage out = toRgb(img);
    for (int y = 0; y < out.getHeight(); y++) {
      for (int x = 0; x < out.getWidth(); x++) {
        int p = out.getRGB(x, y);
        int n = (int) Math.round(r.nextGaussian() * sigma);
        out.setRGB(x, y, clamp((p >> 16 & 0xff) + n) << 16 | clamp((p >> 8 & 0xff) + n) << 8 | clamp((p & 0xff) + n));
      }
    }
    return out;
  }

  static byte[] jpeg(BufferedImage img, float quality) throws IOException {
    ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
      w.setOutput(ios);
      ImageWriteParam p = w.getDefaultWriteParam();
      p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      p.setCompressionQuality(quality);
      w.write(null, new IIOImage(toRgb(img), null, null), p);
    } finally {
      w.dispose();
    }
    return out.toByteArray();
  }

  static byte[] png(BufferedImage img) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  static BufferedImage toRgb(BufferedImage img) {
    if (img.getType() == BufferedImage.TYPE_INT_RGB) {
      BufferedImage copy = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
      copy.setData(img.getRaster());
      return copy;
    }
    BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(img, 0, 0, null);
    g.dispose();
    return out;
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }
}
