package io.sigillo.examples.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The API keys the issuance endpoint accepts, each naming the actor that the route records with
 * every step it issues under that key. Only the SHA-256 digest of a key is kept (in memory and in
 * the key file); a presented key is hashed and compared with every digest in constant time, so
 * neither the match nor its position leaks through timing. Immutable and thread-safe.
 *
 * <p>Key file: one entry per line, {@code <actor> <64 hex digits of SHA-256(key)>}; blank lines
 * and lines starting with {@code #} are ignored. {@link #entry(String, String)} makes a line.
 *
 * <pre>{@code
 * ApiKeys keys = ApiKeys.newBuilder().add("hr-sync@acme", secret).build();   // or ApiKeys.read(file)
 * }</pre>
 */
public final class ApiKeys {
  /** Shortest key accepted by {@link Builder#add(String, String)}, in characters. */
  public static final int MIN_KEY_LENGTH = 24;
  private static final Pattern ACTOR = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@:+-]{0,99}");
  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{64}");

  private record Entry(String actor, byte[] digest) {}

  private final List<Entry> entries;

  private ApiKeys(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * Starts a builder.
   *
   * @return a builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Reads a key file.
   *
   * @param file the file (UTF-8)
   * @return the keys
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException naming the line at fault if an entry is malformed, an actor
   *     repeats or the file has no entry
   */
  public static ApiKeys read(Path file) throws IOException {
    Builder b = newBuilder();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+");
      if (parts.length != 2 || !HEX.matcher(parts[1]).matches()) {
        throw new IllegalArgumentException("line " + (i + 1) + ": expected '<actor> <sha-256 of the key, 64 hex"
            + " digits>'");
      }
      try {
        b.addDigest(parts[0], HexFormat.of().parseHex(parts[1]));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return b.build();
  }

  /**
   * A key file line for a key.
   *
   * @param actor the actor the key names
   * @param key the key
   * @return {@code <actor> <hex digest>}
   */
  public static String entry(String actor, String key) {
    checkActor(actor);
    checkKey(key);
    return actor + " " + HexFormat.of().formatHex(sha256(key));
  }

  /**
   * The actor of a presented key.
   *
   * @param presented the key from the request, or null
   * @return the actor, or empty if the key is absent or unknown
   */
  public Optional<String> actorOf(String presented) {
    if (presented == null || presented.isEmpty() || presented.length() > 512) {
      return Optional.empty();
    }
    byte[] digest = sha256(presented);
    String found = null;
    for (Entry e : entries) {
      // every entry is compared, whatever matched before
      if (MessageDigest.isEqual(e.digest(), digest)) {
        found = e.actor();
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The number of keys.
   *
   * @return at least one
   */
  public int size() {
    return entries.size();
  }

  @Override
  public String toString() {
    return "ApiKeys[" + entries.size() + " keys]";
  }

  private static byte[] sha256(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }

  private static void checkActor(String actor) {
    Objects.requireNonNull(actor, "actor");
    if (!ACTOR.matcher(actor).matches()) {
      throw new IllegalArgumentException("an actor must be 1 to 100 characters [A-Za-z0-9._@:+-], starting with a"
          + " letter or digit");
    }
  }

  private static void checkKey(String key) {
    Objects.requireNonNull(key, "key");
    if (key.length() < MIN_KEY_LENGTH || key.length() > 512 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException("an API key must be " + MIN_KEY_LENGTH + " to 512 printable ASCII"
          + " characters without spaces");
    }
  }

  /** Builds {@link ApiKeys}: at least one key; actors and keys are unique. */
  public static final class Builder {
    private final List<Entry> entries = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a key; only its digest is kept.
     *
     * @param actor the actor recorded for requests with this key
     * @param key the key: {@value ApiKeys#MIN_KEY_LENGTH} to 512 printable ASCII characters
     * @return this builder
     */
    public Builder add(String actor, String key) {
      checkKey(key);
      return addDigest(actor, sha256(key));
    }

    /**
     * Adds a key by its SHA-256 digest.
     *
     * @param actor the actor recorded for requests with this key
     * @param digest the 32-byte SHA-256 digest of the key's UTF-8 bytes
     * @return this builder
     */
    public Builder addDigest(String actor, byte[] digest) {
      checkActor(actor);
      if (digest == null || digest.length != 32) {
        throw new IllegalArgumentException("a key digest is 32 bytes of SHA-256");
      }
      for (Entry e : entries) {
        if (e.actor().equals(actor)) {
          throw new IllegalArgumentException("actor " + actor + " has a key already");
        }
        if (MessageDigest.isEqual(e.digest(), digest)) {
          throw new IllegalArgumentException("the same key is given twice");
        }
      }
      entries.add(new Entry(actor, digest.clone()));
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return the keys
     * @throws IllegalStateException if no key was added
     */
    public ApiKeys build() {
      if (entries.isEmpty()) {
        throw new IllegalStateException("at least one API key is needed");
      }
      return new ApiKeys(entries);
    }
  }
}
