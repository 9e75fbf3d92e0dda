package io.sigillo.examples.cli;

import io.sigillo.issuer.SealedCredential;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

  private static void create(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }
}
