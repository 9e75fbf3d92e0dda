package io.sigillo.jsonld;

import io.sigillo.credential.Vocabulary;
import io.sigillo.jsonld.internal.JsonLdEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON-LD contexts a reader may use, each held in memory and pinned by its SHA-256 digest.
 * Nothing is ever fetched from the network or read from the file system: a context URL that is
 * not here is unknown.
 *
 * <p>{@link #bundled()} holds the W3C VC 2.0 base context and Sigillo's EDC context;
 * {@link #bundledWithDataIntegrity()} adds the W3C Data Integrity v2 and Multikey v1 contexts. All
 * are shipped inside this library (see {@code io/sigillo/jsonld/contexts/PROVENANCE.md}). Callers add contexts with {@link Builder#add(String, byte[], String)}, giving
 * the digest they expect; a mismatch is refused.
 *
 * <p>Immutable and thread-safe.
 */
public final class PinnedContexts {
  /** The W3C Data Integrity v2 context ({@code DataIntegrityProof} and its properties). */
  public static final String DATA_INTEGRITY_V2 = "https://w3id.org/security/data-integrity/v2";

  /** The W3C Multikey v1 context (verification methods of type {@code Multikey}). */
  public static final String MULTIKEY_V1 = "https://w3id.org/security/multikey/v1";

  private static final PinnedContexts BUNDLED = newBuilder()
      .addResource(Vocabulary.CREDENTIALS_V2_CONTEXT, "credentials-v2.jsonld",
          "59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734")
      .addResource(Vocabulary.SIGILLO_EDC_CONTEXT, "sigillo-edc-v1.jsonld",
          "63a00bdfd19c85b9a0e855e9d81402a14e4fcd1c3699d35d63a0280911389c52")
      .build();

  private static final PinnedContexts WITH_DATA_INTEGRITY = BUNDLED.toBuilder()
      .addResource(DATA_INTEGRITY_V2, "data-integrity-v2.jsonld",
          "0f77743daf5b4e8fc067fc5ba5b21044283053aa717fc6b0219843bed3b00363")
      .addResource(MULTIKEY_V1, "multikey-v1.jsonld",
          "c5f3806f8286920573221938917988a18a4cc5a09e968d29649613c7a1c2b1f6")
      .build();

  private final Map<String, byte[]> contexts;
  private volatile JsonLdEngine engine;

  private PinnedContexts(Map<String, byte[]> contexts) {
    this.contexts = Collections.unmodifiableMap(new LinkedHashMap<>(contexts));
  }

  /**
   * The contexts shipped with the library.
   *
   * @return the bundled set
   */
  public static PinnedContexts bundled() {
    return BUNDLED;
  }

  /**
   * The bundled contexts plus the W3C Data Integrity v2 and Multikey v1 contexts, also shipped
   * inside this library. Sigillo's own credentials need neither (the VC 2.0 base context defines
   * {@code DataIntegrityProof}); use this set to process third-party documents that name them.
   *
   * @return the bundled set with the Data Integrity contexts
   */
  public static PinnedContexts bundledWithDataIntegrity() {
    return WITH_DATA_INTEGRITY;
  }

  /**
   * Starts an empty builder.
   *
   * @return a builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * A builder holding this set's contexts, to add more.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.contexts.putAll(contexts);
    return b;
  }

  /**
   * The URLs of the pinned contexts.
   *
   * @return an unmodifiable set
   */
  public Set<String> urls() {
    return contexts.keySet();
  }

  /**
   * The content of a pinned context.
   *
   * @param url the context URL
   * @return a copy of the bytes, if pinned
   */
  public Optional<byte[]> get(String url) {
    byte[] b = contexts.get(url);
    return b == null ? Optional.empty() : Optional.of(b.clone());
  }

  byte[] bytesOrNull(String url) {
    return contexts.get(url);
  }

  /**
   * The JSON-LD engine over these contexts, shared by every validator and canonicalizer that uses
   * this set, so that a context is processed once per set rather than once per document.
   */
  JsonLdEngine engine() {
    JsonLdEngine e = engine;
    if (e == null) {
      synchronized (this) {
        e = engine;
        if (e == null) {
          e = new JsonLdEngine(contexts::get);
          engine = e;
        }
      }
    }
    return e;
  }

  /**
   * Lower-case hexadecimal SHA-256 of some bytes.
   *
   * @param bytes the bytes
   * @return 64 hexadecimal digits
   */
  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** Builds a {@link PinnedContexts}. */
  public static final class Builder {
    private final Map<String, byte[]> contexts = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Pins a context.
     *
     * @param url the URL documents use in {@code @context}
     * @param content the context document
     * @param sha256Hex the expected SHA-256 of {@code content}, hexadecimal
     * @return this builder
     * @throws IllegalArgumentException if the digest does not match or the URL is already pinned
     *     with other content
     */
    public Builder add(String url, byte[] content, String sha256Hex) {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(content, "content");
      Objects.requireNonNull(sha256Hex, "sha256Hex");
      String actual = sha256Hex(content);
      if (!actual.equalsIgnoreCase(sha256Hex)) {
        throw new IllegalArgumentException(
            "context " + url + " has SHA-256 " + actual + ", expected " + sha256Hex);
      }
      byte[] previous = contexts.get(url);
      if (previous != null && !java.util.Arrays.equals(previous, content)) {
        throw new IllegalArgumentException("context " + url + " is already pinned with other content");
      }
      contexts.put(url, content.clone());
      return this;
    }

    private Builder addResource(String url, String resource, String sha256Hex) {
      try (InputStream in = PinnedContexts.class.getResourceAsStream("contexts/" + resource)) {
        if (in == null) {
          throw new IllegalStateException("bundled context missing: " + resource);
        }
        return add(url, in.readAllBytes(), sha256Hex);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * Builds the set.
     *
     * @return the pinned contexts
     */
    public PinnedContexts build() {
      return new PinnedContexts(contexts);
    }
  }
}
