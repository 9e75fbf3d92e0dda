package io.sigillo.jsonld;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.CredentialJson;
import io.sigillo.credential.FormatCode;
import io.sigillo.credential.FormatProblem;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks that a credential document means what it says under JSON-LD 1.1: every context is a
 * pinned context (nothing is fetched), no protected term is redefined, expansion succeeds, every
 * type is defined and, in strict mode, no property is undefined (JSON-LD expansion would silently
 * drop it) and no embedded context or {@code @vocab} changes term meanings below the top level.
 *
 * <p>Expansion uses <a href="https://github.com/filip26/titanium-json-ld">titanium-json-ld</a>
 * with an offline loader over {@link PinnedContexts} and a processing time limit.
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonLdValidator {
  private static final String PROBE_VOCAB = "urn:sigillo:undefined-term:";

  private final PinnedContexts contexts;
  private final boolean strict;
  private final Duration timeout;
  private final Map<String, Document> parsed = new ConcurrentHashMap<>();

  private JsonLdValidator(Builder b) {
    this.contexts = b.contexts;
    this.strict = b.strict;
    this.timeout = b.timeout;
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
    List<FormatProblem> problems = new ArrayList<>();
    if (!doc.isObject()) {
      problems.add(new FormatProblem(FormatCode.JSONLD_EXPANSION_FAILED, "$", "document must be a JSON object"));
      return problems;
    }
    if (strict) {
      embeddedContexts(doc, "$", true, problems);
      if (!problems.isEmpty()) {
        return problems;
      }
    }
    JsonObject input = toJakarta(doc);
    JsonArray expanded;
    try {
      expanded = expand(input, strict ? JsonLdOptions.ProcessingPolicy.Fail : JsonLdOptions.ProcessingPolicy.Ignore);
    } catch (JsonLdError e) {
      problems.addAll(explain(e, doc));
      return problems;
    }
    Set<String> undefinedTypes = new LinkedHashSet<>();
    Set<String> invalid = new LinkedHashSet<>();
    collectIris(expanded, undefinedTypes, invalid);
    for (String t : undefinedTypes) {
      problems.add(new FormatProblem(FormatCode.JSONLD_UNDEFINED_TERM, pathsOf(doc, t),
          "type '" + abbreviate(t) + "' is not defined by any context"));
    }
    for (String iri : invalid) {
      problems.add(new FormatProblem(FormatCode.JSONLD_INVALID_IRI, "$",
          "'" + abbreviate(iri) + "' does not expand to an absolute IRI"));
    }
    return problems;
  }

  private JsonArray expand(JsonObject input, JsonLdOptions.ProcessingPolicy policy) throws JsonLdError {
    JsonLdOptions options = new JsonLdOptions(new PinnedLoader());
    options.setTimeout(timeout);
    options.setUndefinedTermsPolicy(policy);
    return JsonLd.expand(JsonDocument.of(input)).options(options).get();
  }

  private List<FormatProblem> explain(JsonLdError error, JsonNode doc) {
    List<FormatProblem> out = new ArrayList<>();
    JsonLdError e = innermost(error);
    JsonLdErrorCode code = e.getCode();
    String detail = e.getMessage() == null ? code.name() : abbreviate(e.getMessage());
    switch (code) {
      case PROTECTED_TERM_REDEFINITION:
        out.add(new FormatProblem(FormatCode.JSONLD_PROTECTED_TERM_REDEFINED, "$.@context",
            "a context redefines a protected term: " + detail));
        break;
      case LOADING_DOCUMENT_FAILED:
      case LOADING_REMOTE_CONTEXT_FAILED:
        out.add(new FormatProblem(FormatCode.CONTEXT_UNKNOWN, "$.@context",
            "context is not pinned and is never fetched: " + detail));
        break;
      case UNDEFINED_TERM:
        out.addAll(undefinedTerms(doc, detail));
        break;
      default:
        out.add(new FormatProblem(FormatCode.JSONLD_EXPANSION_FAILED, "$",
            "JSON-LD expansion failed with " + code.name() + ": " + detail));
    }
    return out;
  }

  /**
   * The error that started it all: titanium reports any failure while processing a remote (here:
   * pinned) context, such as a protected-term redefinition inside it, as
   * {@code LOADING_REMOTE_CONTEXT_FAILED} with the real error as cause.
   */
  private static JsonLdError innermost(JsonLdError e) {
    JsonLdError current = e;
    for (int i = 0; i < 16 && current.getCause() instanceof JsonLdError; i++) {
      current = (JsonLdError) current.getCause();
    }
    return current;
  }

  /** Lists every undefined term by expanding once more with a probe vocabulary. */
  private List<FormatProblem> undefinedTerms(JsonNode doc, String titaniumDetail) {
    List<FormatProblem> out = new ArrayList<>();
    ObjectNode probe = ((ObjectNode) doc).deepCopy();
    ArrayNode ctx = probe.arrayNode();
    JsonNode original = probe.get("@context");
    if (original != null && original.isArray()) {
      ctx.addAll((ArrayNode) original);
    } else if (original != null) {
      ctx.add(original);
    }
    ctx.addObject().put("@vocab", PROBE_VOCAB);
    probe.set("@context", ctx);
    try {
      JsonArray expanded = expand(toJakarta(probe), JsonLdOptions.ProcessingPolicy.Ignore);
      Set<String> terms = new LinkedHashSet<>();
      collectProbe(expanded, terms);
      for (String term : terms) {
        out.add(new FormatProblem(FormatCode.JSONLD_UNDEFINED_TERM, pathsOf(doc, term),
            "'" + abbreviate(term) + "' is not defined by any context; JSON-LD expansion would drop it"));
      }
    } catch (JsonLdError ignored) {
      // fall through to titanium's own report
    }
    if (out.isEmpty()) {
      out.add(new FormatProblem(FormatCode.JSONLD_UNDEFINED_TERM, "$", titaniumDetail));
    }
    return out;
  }

  private static void collectProbe(JsonValue v, Set<String> terms) {
    if (v instanceof JsonArray) {
      for (JsonValue e : (JsonArray) v) {
        collectProbe(e, terms);
      }
    } else if (v instanceof JsonObject) {
      for (Map.Entry<String, JsonValue> e : ((JsonObject) v).entrySet()) {
        if (e.getKey().startsWith(PROBE_VOCAB)) {
          terms.add(e.getKey().substring(PROBE_VOCAB.length()));
        }
        if (e.getKey().equals("@type")) {
          forEachString(e.getValue(), s -> {
            if (s.startsWith(PROBE_VOCAB)) {
              terms.add(s.substring(PROBE_VOCAB.length()));
            }
          });
        } else if (!e.getKey().equals("@value")) {
          collectProbe(e.getValue(), terms);
        }
      }
    }
  }

  private static void collectIris(JsonValue v, Set<String> undefinedTypes, Set<String> invalid) {
    if (v instanceof JsonArray) {
      for (JsonValue e : (JsonArray) v) {
        collectIris(e, undefinedTypes, invalid);
      }
    } else if (v instanceof JsonObject) {
      JsonObject o = (JsonObject) v;
      boolean valueObject = o.containsKey("@value");
      for (Map.Entry<String, JsonValue> e : o.entrySet()) {
        String key = e.getKey();
        if (!key.startsWith("@") && !isAbsoluteIri(key)) {
          invalid.add(key);
        }
        if (key.equals("@type") && !valueObject) {
          forEachString(e.getValue(), s -> {
            if (!isAbsoluteIri(s)) {
              if (s.indexOf(':') < 0) {
                undefinedTypes.add(s);
              } else {
                invalid.add(s);
              }
            }
          });
        } else if (!key.equals("@value")) {
          collectIris(e.getValue(), undefinedTypes, invalid);
        }
      }
    }
  }

  private static void forEachString(JsonValue v, java.util.function.Consumer<String> f) {
    if (v instanceof JsonString) {
      f.accept(((JsonString) v).getString());
    } else if (v instanceof JsonArray) {
      for (JsonValue e : (JsonArray) v) {
        if (e instanceof JsonString) {
          f.accept(((JsonString) e).getString());
        }
      }
    }
  }

  private static boolean isAbsoluteIri(String s) {
    if (s.startsWith("_:")) {
      return true;
    }
    try {
      return new URI(s).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static void embeddedContexts(JsonNode n, String path, boolean top, List<FormatProblem> out) {
    if (n.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String at = path + "." + e.getKey();
        if (e.getKey().equals("@context")) {
          if (!top) {
            out.add(new FormatProblem(FormatCode.CONTEXT_INVALID, at,
                "embedded contexts below the top level are not accepted"));
          } else {
            vocabInContext(e.getValue(), at, out);
          }
        } else {
          embeddedContexts(e.getValue(), at, false, out);
        }
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        embeddedContexts(n.get(i), path + "[" + i + "]", false, out);
      }
    }
  }

  private static void vocabInContext(JsonNode ctx, String at, List<FormatProblem> out) {
    if (ctx.isObject() && ctx.has("@vocab")) {
      out.add(new FormatProblem(FormatCode.CONTEXT_INVALID, at,
          "@vocab is not accepted: it would give undefined terms a meaning"));
    } else if (ctx.isArray()) {
      for (int i = 0; i < ctx.size(); i++) {
        vocabInContext(ctx.get(i), at + "[" + i + "]", out);
      }
    }
  }

  /** Paths in the document where a member name or type value equals {@code term}. */
  private static String pathsOf(JsonNode doc, String term) {
    List<String> paths = new ArrayList<>();
    findTerm(doc, "$", term, paths);
    return paths.isEmpty() ? "$" : String.join(", ", paths.subList(0, Math.min(paths.size(), 5)));
  }

  private static void findTerm(JsonNode n, String path, String term, List<String> out) {
    if (n.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String at = path + "." + e.getKey();
        if (e.getKey().equals("@context")) {
          continue;
        }
        if (e.getKey().equals(term)) {
          out.add(at);
        }
        if (e.getKey().equals("type")) {
          JsonNode t = e.getValue();
          if (t.isTextual() && t.asText().equals(term)) {
            out.add(at);
          } else if (t.isArray()) {
            for (JsonNode x : t) {
              if (x.isTextual() && x.asText().equals(term)) {
                out.add(at);
              }
            }
          }
        }
        findTerm(e.getValue(), at, term, out);
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        findTerm(n.get(i), path + "[" + i + "]", term, out);
      }
    }
  }

  private static JsonObject toJakarta(JsonNode doc) {
    try (JsonReader r = Json.createReader(new StringReader(CredentialJson.compact(doc)))) {
      return r.readObject();
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 160 ? s.substring(0, 160) + "..." : s;
  }

  /** Serves pinned contexts only; anything else is a loading failure. */
  private final class PinnedLoader implements DocumentLoader {
    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
      String key = url.toString();
      Document cached = parsed.get(key);
      if (cached != null) {
        return cached;
      }
      byte[] bytes = contexts.bytesOrNull(key);
      if (bytes == null) {
        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, abbreviate(key));
      }
      JsonDocument d = JsonDocument.of(MediaType.JSON_LD, new ByteArrayInputStream(bytes));
      d.setDocumentUrl(url);
      parsed.putIfAbsent(key, d);
      return d;
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
     * still be defined. Use only to read third-party documents that rely on them, such as the W3C
     * test-suite inputs.
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
