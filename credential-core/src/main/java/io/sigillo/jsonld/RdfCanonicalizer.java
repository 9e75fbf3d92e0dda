package io.sigillo.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.fasterxml.jackson.databind.JsonNode;
import io.sigillo.credential.FormatCode;
import io.sigillo.credential.FormatProblem;
import io.sigillo.jsonld.internal.DocumentInspector;
import io.sigillo.jsonld.internal.JsonLdEngine;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The RDF Dataset Canonicalization (RDFC-1.0) of a JSON-LD document: canonical N-Quads, as Data
 * Integrity {@code *-rdfc-*} cryptosuites hash them.
 *
 * <p>The document is first checked like {@link JsonLdValidator} does (strict by default): a
 * document that expansion would silently change (undefined terms, {@code @vocab}, relative
 * identifiers, unknown contexts) is refused rather than canonicalized. It is then expanded with
 * <a href="https://github.com/filip26/titanium-json-ld">titanium-json-ld</a> over the pinned
 * contexts (processed contexts are cached per {@link PinnedContexts} instance), converted to RDF
 * and canonicalized with <a href="https://github.com/filip26/titanium-rdf-canon">titanium-rdfc</a>.
 * Expansion and canonicalization share one time limit, which also bounds the blank-node hashing
 * of RDFC-1.0 (poisoned graphs cannot stall a verifier).
 *
 * <pre>{@code
 * String nquads = RdfCanonicalizer.newBuilder().build().canonicalize(document, RdfCanonicalizer.Hash.SHA_256);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RdfCanonicalizer {
  /** The hash RDFC-1.0 uses to label blank nodes. */
  public enum Hash {
    /** SHA-256, the RDFC-1.0 default. */
    SHA_256("SHA-256"),
    /** SHA-384. */
    SHA_384("SHA-384");

    private final String jcaName;

    Hash(String jcaName) {
      this.jcaName = jcaName;
    }

    /**
     * The JCA message digest name.
     *
     * @return for example {@code SHA-256}
     */
    public String jcaName() {
      return jcaName;
    }
  }

  private final PinnedContexts contexts;
  private final boolean strict;
  private final Duration timeout;
  private final DocumentInspector inspector;

  private RdfCanonicalizer(Builder b) {
    this.contexts = b.contexts;
    this.strict = b.strict;
    this.timeout = b.timeout;
    this.inspector = new DocumentInspector(contexts.engine(), url -> contexts.bytesOrNull(url) != null);
  }

  /**
   * Starts a builder: bundled contexts, strict mode, a two-second processing limit.
   *
   * @return a builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * The contexts this canonicalizer may use.
   *
   * @return the pinned contexts
   */
  public PinnedContexts contexts() {
    return contexts;
  }

  /**
   * Canonicalizes a document.
   *
   * @param document the JSON-LD document
   * @param hash the hash for blank node labels
   * @return canonical N-Quads: one line per quad, sorted, each ending with a line feed
   * @throws JsonLdException if the document is not sound JSON-LD or processing fails
   */
  public String canonicalize(JsonNode document, Hash hash) throws JsonLdException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(hash, "hash");
    try (AutoCloseable deadline = JsonLdEngine.deadline(timeout)) {
      DocumentInspector.Result r = inspector.inspect(document, strict);
      if (!r.problems().isEmpty()) {
        throw new JsonLdException(r.problems());
      }
      return contexts.engine().canonicalNQuads(r.expanded(), hash.jcaName());
    } catch (JsonLdError e) {
      throw new JsonLdException(List.of(new FormatProblem(FormatCode.JSONLD_EXPANSION_FAILED, "$",
          "RDF canonicalization failed: " + (e.getMessage() == null ? e.getCode().name() : e.getMessage()))));
    } catch (JsonLdException e) {
      throw e;
    } catch (Exception e) {
      throw new JsonLdException(List.of(new FormatProblem(FormatCode.JSONLD_EXPANSION_FAILED, "$",
          "RDF canonicalization failed: " + e.getClass().getSimpleName())));
    }
  }

  /** Builds an {@link RdfCanonicalizer}. */
  public static final class Builder {
    private PinnedContexts contexts = PinnedContexts.bundled();
    private boolean strict = true;
    private Duration timeout = Duration.ofSeconds(2);

    private Builder() {}

    /**
     * Sets the contexts that may be used.
     *
     * @param contexts pinned contexts
     * @return this builder
     */
    public Builder contexts(PinnedContexts contexts) {
      this.contexts = Objects.requireNonNull(contexts, "contexts");
      return this;
    }

    /**
     * Relaxation: accept undefined properties (dropped, as JSON-LD does), embedded contexts and
     * {@code @vocab}. Use only for third-party documents that rely on them, such as the W3C test
     * vectors, whose examples context is a bare {@code @vocab}.
     *
     * @return this builder
     */
    public Builder allowUndefinedProperties() {
      this.strict = false;
      return this;
    }

    /**
     * Sets the processing time limit for expansion and canonicalization together.
     *
     * @param timeout positive duration
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive");
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Builds the canonicalizer.
     *
     * @return the canonicalizer
     */
    public RdfCanonicalizer build() {
      return new RdfCanonicalizer(this);
    }
  }
}
