package io.sigillo.qr.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The versioned preset DEFLATE dictionaries of the offline QR payload. Each version is a frozen
 * resource pinned by its SHA-256 digest: a printed QR code must decode with the dictionary it was
 * made with for as long as the credential lives, so a published version never changes; a better
 * dictionary is a new version. Thread-safe.
 *
 * <p>Version 1 ({@code dictionary-1.txt}, 11,162 bytes) holds, in this order: the term names of
 * the two bundled JSON-LD contexts, the protected-header skeletons of the three securing forms,
 * and the credential the issuer writes for each profile of the bundled catalogue with placeholder
 * holder, issuer, identifiers and dates (so the profile's titles, mission and 17 learning outcomes
 * in English and Italian, the evidence statements and the whole JSON skeleton). It was produced
 * by {@code QrDictionaryGenerator} in the issuer's tests.
 */
public final class PresetDictionary {
  /** The version new payloads use. */
  public static final int CURRENT = 1;

  private static final Map<Integer, String> PINS = Map.of(
      1, "250722f9f5acd61b55dfa068e4230bae30d36f2b8ce45d56be01485aac05f129");

  private static final Map<Integer, byte[]> LOADED = new ConcurrentHashMap<>();

  private PresetDictionary() {}

  /**
   * The dictionary of a version.
   *
   * @param version the dictionary version
   * @return its bytes (shared: never modify), empty if the version is unknown
   */
  public static Optional<byte[]> forVersion(int version) {
    String pin = PINS.get(version);
    if (pin == null) {
      return Optional.empty();
    }
    return Optional.of(LOADED.computeIfAbsent(version, v -> load(v, pin)));
  }

  private static byte[] load(int version, String pin) {
    String name = "dictionary-" + version + ".txt";
    byte[] bytes;
    try (InputStream in = PresetDictionary.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("QR dictionary resource " + name + " is missing");
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String digest;
    try {
      digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    if (!digest.equals(pin)) {
      throw new IllegalStateException("QR dictionary " + name + " does not match its pinned SHA-256 " + pin);
    }
    return bytes;
  }
}
