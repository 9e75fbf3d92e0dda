package io.sigillo.qr;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import io.sigillo.qr.internal.GrayImage;
import io.sigillo.qr.internal.ImageLoader;
import io.sigillo.qr.internal.PngReader;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads QR codes from images: clean renderings and realistic captures (scaled, slightly rotated,
 * blurred, noisy, on a busy background, next to other codes).
 *
 * <pre>{@code
 * String payload = QrReader.readSigillo(Files.readAllBytes(Path.of("certificate.png")), QrLimits.DEFAULT);
 * }</pre>
 *
 * <p>PNG files of the common kinds are decoded straight to luminance; other PNG files and JPEG
 * files go through {@code javax.imageio}. Reading runs cheap passes first and stops at the first Sigillo payload: a single-code read
 * with the local (hybrid) binarizer, then a multi-code read trying harder, then the global
 * histogram binarizer, then a read of a clean, upright code (pure barcode), all on a copy
 * downscaled to at most 1,600 pixels for large photos; then copies resampled by 1.5, 0.75 and 1.25
 * (a code whose modules fall awkwardly on the pixel grid, typically below three pixels a module
 * or slightly rotated, often reads on another grid).
 * Stateless and thread-safe.
 */
public final class QrReader {
  private static final Map<DecodeHintType, Object> FAST = Map.of();
  private static final Map<DecodeHintType, Object> HARD = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);
  private static final Map<DecodeHintType, Object> PURE = Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE);
  private static final int LARGE = 1600;
  private static final double[] RESAMPLE = {1.5, 0.75, 1.25};

  private QrReader() {}

  /**
   * Whether bytes are a PNG or JPEG image (by magic bytes).
   *
   * @param bytes the input
   * @return true for PNG or JPEG
   */
  public static boolean isImage(byte[] bytes) {
    return ImageLoader.format(Objects.requireNonNull(bytes, "bytes")) != null;
  }

  /**
   * Decodes PNG or JPEG bytes with bounds.
   *
   * @param bytes the image file
   * @param limits the bounds
   * @return the image
   * @throws QrException IMAGE_INVALID or IMAGE_TOO_LARGE
   */
  public static BufferedImage decodeImage(byte[] bytes, QrLimits limits) throws QrException {
    return ImageLoader.load(Objects.requireNonNull(bytes, "bytes"), Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Reads the Sigillo payload from an image file.
   *
   * @param bytes PNG or JPEG bytes
   * @param limits the bounds
   * @return the payload text (offline preferred over link)
   * @throws QrException IMAGE_INVALID, IMAGE_TOO_LARGE, NOT_FOUND or NOT_SIGILLO
   */
  public static String readSigillo(byte[] bytes, QrLimits limits) throws QrException {
    return readSigillo(luminance(bytes, limits));
  }

  /**
   * Reads the Sigillo payload from an image.
   *
   * @param image the image
   * @return the payload text (offline preferred over link)
   * @throws QrException NOT_FOUND or NOT_SIGILLO
   */
  public static String readSigillo(BufferedImage image) throws QrException {
    return readSigillo(GrayImage.of(Objects.requireNonNull(image, "image")));
  }

  private static String readSigillo(GrayImage gray) throws QrException {
    Set<String> seen = new LinkedHashSet<>();
    Optional<String> hit = scan(gray, seen, true);
    if (hit.isPresent()) {
      return hit.get();
    }
    if (seen.isEmpty()) {
      throw new QrException(QrErrorCode.NOT_FOUND, "no QR code could be read from the image");
    }
    throw new QrException(QrErrorCode.NOT_SIGILLO,
        "the image holds " + seen.size() + " QR code(s), none with a Sigillo payload");
  }

  /**
   * Reads every QR code of an image file.
   *
   * @param bytes PNG or JPEG bytes
   * @param limits the bounds
   * @return the texts, in reading order, without duplicates; empty if none was found
   * @throws QrException IMAGE_INVALID or IMAGE_TOO_LARGE
   */
  public static List<String> readAll(byte[] bytes, QrLimits limits) throws QrException {
    Set<String> seen = new LinkedHashSet<>();
    scan(luminance(bytes, limits), seen, false);
    return List.copyOf(seen);
  }

  /** PNG files the fast reader handles go straight to luminance; everything else through ImageIO. */
  private static GrayImage luminance(byte[] bytes, QrLimits limits) throws QrException {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(limits, "limits");
    if ("png".equals(ImageLoader.format(bytes))) {
      if (bytes.length > limits.maxImageBytes()) {
        throw new QrException(QrErrorCode.IMAGE_TOO_LARGE,
            "the image has " + bytes.length + " bytes; the limit is " + limits.maxImageBytes());
      }
      GrayImage fast = PngReader.read(bytes, limits);
      if (fast != null) {
        return fast;
      }
    }
    return GrayImage.of(ImageLoader.load(bytes, limits));
  }

  /**
   * Reads every QR code of an image.
   *
   * @param image the image
   * @return the texts, in reading order, without duplicates; empty if none was found
   */
  public static List<String> readAll(BufferedImage image) {
    Set<String> seen = new LinkedHashSet<>();
    scan(GrayImage.of(Objects.requireNonNull(image, "image")), seen, false);
    return List.copyOf(seen);
  }

  private static Optional<String> scan(GrayImage gray, Set<String> seen, boolean stopAtSigillo) {
    int longest = Math.max(gray.getWidth(), gray.getHeight());
    GrayImage base = longest > LARGE ? gray.downscale((longest + LARGE - 1) / LARGE) : gray;
    List<Runnable> passes = new ArrayList<>();
    passes.add(() -> single(new BinaryBitmap(new HybridBinarizer(base)), FAST, seen));
    passes.add(() -> multi(new BinaryBitmap(new HybridBinarizer(base)), seen));
    passes.add(() -> multi(new BinaryBitmap(new GlobalHistogramBinarizer(base)), seen));
    passes.add(() -> single(new BinaryBitmap(new HybridBinarizer(base)), PURE, seen));
    if (base != gray) {
      passes.add(() -> multi(new BinaryBitmap(new HybridBinarizer(gray)), seen));
    }
    for (double factor : RESAMPLE) {
      passes.add(() -> {
        GrayImage g = base.resample(factor);
        single(new BinaryBitmap(new HybridBinarizer(g)), HARD, seen);
        multi(new BinaryBitmap(new HybridBinarizer(g)), seen);
      });
    }
    for (Runnable pass : passes) {
      pass.run();
      Optional<String> hit = QrPayloads.pick(seen);
      if (stopAtSigillo && hit.isPresent()) {
        return hit;
      }
    }
    return QrPayloads.pick(seen);
  }

  private static void single(BinaryBitmap bitmap, Map<DecodeHintType, Object> hints, Set<String> seen) {
    try {
      Result r = new QRCodeReader().decode(bitmap, hints);
      seen.add(r.getText());
    } catch (ReaderException | RuntimeException e) {
      // nothing readable in this pass; the next pass tries harder
    }
  }

  private static void multi(BinaryBitmap bitmap, Set<String> seen) {
    try {
      for (Result r : new QRCodeMultiReader().decodeMultiple(bitmap, HARD)) {
        seen.add(r.getText());
      }
    } catch (ReaderException | RuntimeException e) {
      // nothing readable in this pass
    }
  }
}
