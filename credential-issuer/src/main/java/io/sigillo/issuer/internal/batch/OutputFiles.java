package io.sigillo.issuer.internal.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * The folder layout of batch output and safe names in it: {@code <root>/<holder>/<credential>.*},
 * where the holder folder comes from the HR id reduced to {@code [A-Za-z0-9._-]} (no separators, no
 * leading dot, at most 64 characters) and the file names from the credential's UUID. Every path is
 * checked to stay under the root. Files are written to a temporary name and moved into place, so
 * that a crash leaves either the old file or the new one, never half of one.
 */
public final class OutputFiles {
  private final Path root;

  /**
   * Writes under a root folder.
   *
   * @param root the output folder
   */
  public OutputFiles(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /**
   * The root.
   *
   * @return the absolute, normalised output folder
   */
  public Path root() {
    return root;
  }

  /**
   * A safe folder name for a holder.
   *
   * @param hrId the HR id (any text)
   * @return a name of {@code [A-Za-z0-9._-]}, not starting with a dot or dash, 1 to 64 characters
   */
  public static String safeName(String hrId) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < hrId.length() && b.length() < 64; i++) {
      char c = hrId.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
          || c == '_' || c == '-';
      b.append(ok ? c : '_');
    }
    int start = 0;
    while (start < b.length() && (b.charAt(start) == '.' || b.charAt(start) == '-')) {
      start++;
    }
    String name = b.substring(start);
    return name.isEmpty() ? "holder" : name;
  }

  /**
   * The folder of a holder, checked to be directly under the root.
   *
   * @param hrId the HR id
   * @return the folder
   * @throws IOException if the name would leave the root (it cannot, by construction)
   */
  public Path holderFolder(String hrId) throws IOException {
    Path dir = root.resolve(safeName(hrId)).normalize();
    if (!root.equals(dir.getParent())) {
      throw new IOException("refusing a holder folder outside the output folder: " + dir);
    }
    return dir;
  }

  /**
   * The base file name of a credential: its UUID in lower case.
   *
   * @param credentialId a {@code urn:uuid} id
   * @return the UUID
   */
  public static String baseName(String credentialId) {
    String s = credentialId.toLowerCase(Locale.ROOT);
    String uuid = s.startsWith("urn:uuid:") ? s.substring(9) : s;
    if (!uuid.matches("[0-9a-f-]{36}")) {
      throw new IllegalArgumentException("not a urn:uuid credential id: " + credentialId);
    }
    return uuid;
  }

  /**
   * Writes a text file atomically.
   *
   * @param file the file
   * @param text its content
   * @throws IOException if writing fails
   */
  public static void writeText(Path file, String text) throws IOException {
    write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes a file atomically: to a temporary name in the same folder ({@code .<name>.tmp}, so that
   * a temporary file a crash left behind is overwritten when the file is written again), then
   * moved into place.
   *
   * @param file the file
   * @param bytes its content
   * @throws IOException if writing fails
   */
  public static void write(Path file, byte[] bytes) throws IOException {
    Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
    boolean moved = false;
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        // only a failed write or move leaves the temporary file; after a move it is gone
        Files.deleteIfExists(tmp);
      }
    }
  }
}
