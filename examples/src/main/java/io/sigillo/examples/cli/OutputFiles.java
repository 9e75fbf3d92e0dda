package io.sigillo.examples.cli;

import io.sigillo.issuer.SealedCredential;
import io.sigillo.qr.OfflineQr;
import io.sigillo.qr.QrCode;
import io.sigillo.qr.QrLink;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a sealed credential's files. Their names come from the credential id, never from holder
 * data, and are reduced to {@code [a-z0-9._-]}: no separators, no leading dot, so a name cannot
 * leave the output folder. Existing files are never overwritten.
 */
final class OutputFiles {
  private static final String URN_UUID = "urn:uuid:";
  private static final int MAX_BASE = 80;

  private OutputFiles() {}

  /** The three files of one credential. */
  record Written(Path jsonLd, Path jades, Path jwt) {}

  /** A further file and what it holds, for the listing. */
  record Extra(Path file, String description) {}

  /**
   * What QR codes to write.
   *
   * @param offline write the offline QR code (needs the credential sealed for QR codes)
   * @param linkBase the issuer's verification page for a link QR code, or null
   * @param moduleSize pixels per module
   * @param quietZone light modules around the code
   */
  record QrOptions(boolean offline, URI linkBase, int moduleSize, int quietZone) {
    static final QrOptions NONE = new QrOptions(false, null, 4, 4);

    boolean any() {
      return offline || linkBase != null;
    }
  }

  /**
   * A safe file base name for a credential id: the UUID of a {@code urn:uuid} id, otherwise the
   * id with every character outside {@code [a-z0-9._-]} replaced by {@code -}.
   *
   * @param credentialId the id
   * @return a name without separators or a leading dot, at most 80 characters
   */
  static String baseName(URI credentialId) {
    String s = credentialId.toString().toLowerCase(Locale.ROOT);
    if (s.startsWith(URN_UUID)) {
      s = s.substring(URN_UUID.length());
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && b.length() < MAX_BASE; i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
      b.append(ok ? c : '-');
    }
    int start = 0;
    while (start < b.length() && (b.charAt(start) == '.' || b.charAt(start) == '-')) {
      start++;
    }
    String base = b.substring(start);
    return base.isEmpty() ? "credential" : base;
  }

  static Written write(Path dir, SealedCredential sealed) throws CliException {
    String base = baseName(sealed.credential().id());
    Written w = new Written(dir.resolve(base + ".jsonld"), dir.resolve(base + ".jades.json"),
        dir.resolve(base + ".jwt"));
    try {
      Files.createDirectories(dir);
      create(w.jsonLd(), sealed.jsonLd() + "\n");
      create(w.jades(), sealed.jades() + "\n");
      create(w.jwt(), sealed.vcJwt() + "\n");
    } catch (FileAlreadyExistsException e) {
      throw CliException.usage("will not overwrite " + e.getFile());
    } catch (IOException e) {
      throw CliException.usage("cannot write the credential files to " + dir + ": " + e.getMessage());
    }
    return w;
  }

  /**
   * Writes the QR codes of a sealed credential next to its other files: for the offline code
   * {@code <id>.qr.jades.json} (the seal it carries), {@code <id>.qr.png} and {@code <id>.qr.svg};
   * for the link code {@code <id>.link.png} and {@code <id>.link.svg}.
   */
  static List<Extra> writeQr(Path dir, SealedCredential sealed, QrOptions options) throws CliException {
    List<Extra> out = new ArrayList<>();
    String base = baseName(sealed.credential().id());
    try {
      if (options.offline()) {
        String sealedForQr = sealed.jadesQr().orElseThrow(() -> new IllegalStateException("not sealed for QR"));
        QrCode code = QrCode.encode(OfflineQr.encode(sealedForQr));
        Path jades = dir.resolve(base + ".qr.jades.json");
        create(jades, sealedForQr + "\n");
        out.add(new Extra(jades, "JAdES seal for QR codes (certificate by x5t#S256, no x5c)"));
        out.addAll(images(dir.resolve(base + ".qr"), code, options, "offline QR code"));
      }
      if (options.linkBase() != null) {
        QrLink link = QrLink.of(options.linkBase(), sealed.credential().id().toString(), sealed.document());
        out.addAll(images(dir.resolve(base + ".link"), QrCode.encode(link.toString()), options, "link QR code"));
      }
    } catch (FileAlreadyExistsException e) {
      throw CliException.usage("will not overwrite " + e.getFile());
    } catch (IOException e) {
      throw CliException.usage("cannot write the QR code files to " + dir + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw CliException.usage("cannot make the QR code: " + e.getMessage());
    }
    return out;
  }

  private static List<Extra> images(Path stem, QrCode code, QrOptions options, String what) throws IOException {
    String detail = String.format("%s, version %d-%s, %dx%d modules, %d characters", what, code.version(),
        code.errorCorrection(), code.size(), code.size(), code.text().length());
    Path png = stem.resolveSibling(stem.getFileName() + ".png");
    Path svg = stem.resolveSibling(stem.getFileName() + ".svg");
    Files.write(png, code.toPng(options.moduleSize(), options.quietZone()), StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE);
    create(svg, code.toSvg(options.moduleSize(), options.quietZone()));
    return List.of(new Extra(png, detail + " (PNG)"), new Extra(svg, detail + " (SVG)"));
  }

  private static void create(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }
}
