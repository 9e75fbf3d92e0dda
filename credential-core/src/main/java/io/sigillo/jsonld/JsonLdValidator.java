package io.sigillo.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillo.credential.FormatCode;
import io.sigillo.credential.FormatProblem;
import io.sigillo.jsonld.internal.DocumentInspector;
import io.sigillo.jsonld.internal.JsonLdEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks that a credential document means what it says under JSON-LD 1.1: every context is a
 * pinned context (nothing is fetched), no protected term is redefined, expansion succeeds, every
 * type is defined and, in strict mode, no property is undefined (JSON-LD expansion would silently
 * drop it), no term owes its meaning to a {@code @vocab} mapping (inline or in a pinned context)
 * and no embedded context changes term meanings below the top level. Node identifiers must be
 * absolute IRIs or blank nodes, since RDF conversion drops statements about anything else.
 *
 * <p>Each problem names the offending path: the {@code @context} entry and term for a
 * protected-term redefinition, every member that uses an undefined term.
 *
 * <p>Expansion uses <a href="https://github.com/filip26/titanium-json-ld">titanium-json-ld</a>
 * with an offline loader over {@link PinnedContexts} and a processing time limit. Processed
 * contexts are cached per {@link PinnedContexts} instance: a top-level {@code @context} made of
 * pinned URLs is processed once, not once per document.
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonLdValidator {
  private final PinnedContexts contexts;
  private final boolean strict;
  private final Duration timeout;
  private final DocumentInspector inspector;

  private JsonLdValidator(Builder b) {
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
   * Validates a document.
   *
   * @param doc the parsed credential document
   * @return every problem found; empty when the document is sound JSON-LD
   */
  public List<FormatProblem> validate(JsonNode doc) {
    Objects.requireNonNull(doc, "doc");
    try (AutoCloseable deadline = JsonLdEngine.deadline(timeout)) {
      return new ArrayList<>(inspector.inspect(doc, strict).problems());
    } catch (Exception e) {
      return new ArrayList<>(List.of(new FormatProblem(FormatCode.JSONLD_EXPANSION_FAILED, "$",
          "JSON-LD processing failed: " + e.getClass().getSimpleName())));
    }
  }

  /** Builds a {@link JsonLdValidator}. */
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
     * Relaxation: accept undefined properties, embedded contexts and {@code @vocab}. Types must
     * still be defined and identifiers absolute. Use only to read third-party documents that rely
     * on them, such as the W3C test-suite inputs.
     *
     * @return this builder
     */
    public Builder allowUndefinedProperties() {
      this.strict = false;
      return this;
    }

    /**
     * Sets the processing time limit.
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
     * Builds the validator.
     *
     * @return the validator
     */
    public JsonLdValidator build() {
      return new JsonLdValidator(this);
    }
  }
}
