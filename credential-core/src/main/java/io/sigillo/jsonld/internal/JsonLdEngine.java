package io.sigillo.jsonld.internal;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.JsonLdOptions.ProcessingPolicy;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.context.TermDefinition;
import com.apicatalog.jsonld.expansion.Expansion;
import com.apicatalog.jsonld.expansion.ObjectExpansion;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.apicatalog.jsonld.processor.ToRdfProcessor;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * JSON-LD expansion, RDF conversion and RDFC-1.0 canonicalization over pinned contexts, with a
 * cache of processed contexts.
 *
 * <p>Titanium processes every context of every document from scratch (term definitions, and each
 * scoped context once more to validate it); for a credential that is most of the cost of expansion.
 * This engine processes a top-level {@code @context} made only of pinned context URLs once per
 * processing mode and keeps the resulting active context; a document is then expanded with its
 * top-level {@code @context} already applied. That is what the JSON-LD 1.1 expansion algorithm
 * does (step 9 applies the element's {@code @context} to the active context before anything else
 * at the top level), so the output is identical. Cached contexts are never modified: titanium
 * copies an active context before changing it, and expansion only reads term definitions.
 *
 * <p>Nothing is fetched: the loader serves the pinned contexts only.
 *
 * <p>Thread-safe.
 */
public final class JsonLdEngine {
  /** How a document is processed. */
  public enum Mode {
    /** Undefined terms fail expansion. */
    STRICT(ProcessingPolicy.Fail, false),
    /**
     * Undefined terms fail, and pinned contexts are served without their {@code @vocab}, so a
     * term that only a vocabulary mapping gives meaning counts as undefined.
     */
    STRICT_WITHOUT_VOCAB(ProcessingPolicy.Fail, true),
    /** Undefined terms are dropped silently, as JSON-LD does by default. */
    LENIENT(ProcessingPolicy.Ignore, false),
    /** Undefined terms are dropped and pinned contexts are served without their {@code @vocab}. */
    LENIENT_WITHOUT_VOCAB(ProcessingPolicy.Ignore, true);

    private final ProcessingPolicy policy;
    private final boolean stripVocab;

    Mode(ProcessingPolicy policy, boolean stripVocab) {
      this.policy = policy;
      this.stripVocab = stripVocab;
    }
  }

  /** A processed top-level context. */
  private record Processed(ActiveContext context, boolean vocab) {}

  private static final int MAX_CACHED_CONTEXTS = 64;
  private static final int MAX_CACHE_KEY_LENGTH = 4096;

  private final Function<String, byte[]> pinned;
  private final Map<String, Document> documents = new ConcurrentHashMap<>();
  private final Map<String, Document> strippedDocuments = new ConcurrentHashMap<>();
  private final Map<String, Boolean> vocabDocuments = new ConcurrentHashMap<>();
  private final Map<Mode, JsonLdOptions> options = new java.util.EnumMap<>(Mode.class);
  private final Map<Mode, BoundedRuntime> runtimes = new java.util.EnumMap<>(Mode.class);
  private final Map<Mode, Map<String, Processed>> cache = new java.util.EnumMap<>(Mode.class);
  private final Map<Mode, Map<String, Processed>> scopedCache = new java.util.EnumMap<>(Mode.class);
  private final ThreadLocal<boolean[]> sawVocab = ThreadLocal.withInitial(() -> new boolean[1]);
  private final java.util.concurrent.atomic.AtomicLong contextsProcessed = new java.util.concurrent.atomic.AtomicLong();

  /**
   * Creates an engine.
   *
   * @param pinned the bytes of a pinned context by URL, or null if the URL is not pinned
   */
  public JsonLdEngine(Function<String, byte[]> pinned) {
    this.pinned = pinned;
    for (Mode m : Mode.values()) {
      JsonLdOptions o = new JsonLdOptions(new PinnedLoader(m.stripVocab));
      o.setUndefinedTermsPolicy(m.policy);
      o.setOrdered(false);
      // as Digital Bazaar's Data Integrity suites do; it only matters for values with @direction
      o.setRdfDirection(JsonLdOptions.RdfDirection.I18N_DATATYPE);
      options.put(m, o);
      runtimes.put(m, new BoundedRuntime(o));
      cache.put(m, new ConcurrentHashMap<>());
      scopedCache.put(m, new ConcurrentHashMap<>());
    }
  }

  /**
   * How many times a document's top-level context was processed rather than taken from the cache.
   *
   * @return the count since this engine was made
   */
  public long contextsProcessed() {
    return contextsProcessed.get();
  }

  /**
   * Starts a time limit for the calls this thread makes until the handle is closed.
   *
   * @param timeout the budget
   * @return the handle
   */
  public static AutoCloseable deadline(Duration timeout) {
    return BoundedRuntime.start(timeout);
  }

  /**
   * Expands a document.
   *
   * @param context the document's top-level {@code @context}, or null
   * @param body the document without its top-level {@code @context}
   * @param mode the processing mode
   * @return the expanded document
   * @throws JsonLdError if expansion fails
   */
  public Expanded expand(JsonValue context, JsonObject body, Mode mode) throws JsonLdError {
    sawVocab.get()[0] = false;
    String key = cacheKey(context);
    Processed p = context(context, key, mode);
    JsonValue expanded;
    try {
      Scoped scoped = key == null ? null : typeScoped(p, key, body, mode);
      expanded = scoped == null ? null : scoped.expand(body);
      if (expanded == null) {
        expanded = Expansion.with(p.context(), body, null, null).ordered(false).compute();
      }
    } catch (RuntimeException e) {
      throw new JsonLdError(JsonLdErrorCode.UNSPECIFIED, "expansion failed: " + e.getClass().getSimpleName());
    }
    if (expanded instanceof JsonObject) {
      JsonObject o = (JsonObject) expanded;
      if (o.size() == 1 && o.containsKey("@graph")) {
        expanded = o.get("@graph");
      }
    }
    JsonArray array;
    if (expanded == null || expanded.getValueType() == JsonValue.ValueType.NULL) {
      array = JsonValue.EMPTY_JSON_ARRAY;
    } else if (expanded instanceof JsonArray) {
      array = (JsonArray) expanded;
    } else {
      array = com.apicatalog.jsonld.json.JsonProvider.instance().createArrayBuilder().add(expanded).build();
    }
    return new Expanded(array, p.vocab() || sawVocab.get()[0]);
  }

  /**
   * The top-level node's type-scoped context, processed once per top-level context and set of
   * types. Titanium applies a type-scoped context afresh to every node of that type (for a
   * credential, the {@code VerifiableCredential} context of the VC 2.0 base context; for a proof
   * configuration, {@code DataIntegrityProof}'s); for the top-level node this engine applies the
   * cached result instead and lets titanium expand the rest of the node with it, exactly as step
   * 11 of the expansion algorithm would have left it. It steps aside (null) whenever the node uses
   * anything whose expansion depends on the context before type scoping other than {@code @type}
   * itself ({@code @graph}, {@code @included}, nesting), has no type with a scoped context, or is
   * too small for the shortcut to matter.
   */
  private Scoped typeScoped(Processed p, String contextKey, JsonObject body, Mode mode) throws JsonLdError {
    if (body.size() < 3) {
      return null;
    }
    ActiveContext top = p.context();
    String typeKey = null;
    for (String k : body.keySet()) {
      String mapping = k.startsWith("@") ? k : top.getTerm(k).map(TermDefinition::getUriMapping).orElse(null);
      if (top.getTerm(k).map(TermDefinition::getNestValue).isPresent()) {
        return null;
      }
      if ("@type".equals(mapping)) {
        if (typeKey != null) {
          return null;
        }
        typeKey = k;
      } else if (mapping != null && mapping.startsWith("@") && !"@id".equals(mapping)) {
        return null;
      }
    }
    if (typeKey == null) {
      return null;
    }
    JsonValue typeValue = body.get(typeKey);
    java.util.List<String> types = new java.util.ArrayList<>();
    if (typeValue instanceof JsonString) {
      types.add(((JsonString) typeValue).getString());
    } else if (typeValue instanceof JsonArray) {
      for (JsonValue t : (JsonArray) typeValue) {
        if (!(t instanceof JsonString)) {
          return null;
        }
        types.add(((JsonString) t).getString());
      }
    } else {
      return null;
    }
    java.util.List<String> sorted = new java.util.ArrayList<>(types);
    java.util.Collections.sort(sorted);
    boolean anyScoped = false;
    for (String t : sorted) {
      anyScoped |= top.getTerm(t).map(TermDefinition::hasLocalContext).orElse(false);
    }
    if (!anyScoped) {
      return null;
    }
    String key = contextKey + '\u0000' + String.join("\u0000", sorted);
    Map<String, Processed> c = scopedCache.get(mode);
    Processed scoped = c.get(key);
    if (scoped == null) {
      boolean before = sawVocab.get()[0];
      sawVocab.get()[0] = false;
      ActiveContext a = top;
      for (String t : sorted) {
        java.util.Optional<JsonValue> local = top.getTerm(t).map(TermDefinition::getLocalContext);
        if (local.isPresent()) {
          a = a.newContext().propagate(false)
              .create(local.get(), a.getTerm(t).map(TermDefinition::getBaseUrl).orElse(null));
        }
      }
      scoped = new Processed(a, sawVocab.get()[0]);
      sawVocab.get()[0] = before || scoped.vocab();
      if (key.length() <= MAX_CACHE_KEY_LENGTH) {
        if (c.size() >= MAX_CACHED_CONTEXTS) {
          c.clear();
        }
        c.putIfAbsent(key, scoped);
      }
    } else if (scoped.vocab()) {
      sawVocab.get()[0] = true;
    }
    jakarta.json.JsonArrayBuilder expandedTypes = com.apicatalog.jsonld.json.JsonProvider.instance().createArrayBuilder();
    for (String t : types) {
      String iri = top.uriExpansion().vocab(true).documentRelative(true).expand(t);
      if (iri != null) {
        expandedTypes.add(iri);
      }
    }
    return new Scoped(scoped.context(), typeKey, expandedTypes.build());
  }

  /**
   * A top-level node to expand with its type-scoped context already applied; {@link #expand}
   * returns null when the result is not a plain node object, and the caller expands the usual way.
   */
  private record Scoped(ActiveContext context, String typeKey, JsonArray expandedTypes) {
    JsonValue expand(JsonObject body) throws JsonLdError {
      jakarta.json.JsonObjectBuilder rest = com.apicatalog.jsonld.json.JsonProvider.instance().createObjectBuilder();
      for (Map.Entry<String, JsonValue> e : body.entrySet()) {
        if (!e.getKey().equals(typeKey)) {
          rest.add(e.getKey(), e.getValue());
        }
      }
      // fromMap: this node is where the scoped context applies, so titanium must not revert it
      JsonValue expanded = ObjectExpansion.with(context, null, rest.build(), null, null)
          .fromMap(true).ordered(false).expand();
      if (!(expanded instanceof JsonObject) || ((JsonObject) expanded).containsKey("@type")) {
        return null;
      }
      return com.apicatalog.jsonld.json.JsonProvider.instance().createObjectBuilder((JsonObject) expanded)
          .add("@type", expandedTypes).build();
    }
  }

  /**
   * The result of expansion.
   *
   * @param array the expanded document
   * @param vocab whether a context that declares {@code @vocab} took part
   */
  public record Expanded(JsonArray array, boolean vocab) {}

  /**
   * Processes a context on its own, as the first step of expansion would.
   *
   * @param context the context value
   * @param mode the processing mode
   * @throws JsonLdError if context processing fails
   */
  public void processContext(JsonValue context, Mode mode) throws JsonLdError {
    ActiveContext base = new ActiveContext(null, null, runtimes.get(mode));
    base.newContext().create(context, null);
  }

  /**
   * Processes a context on top of another, as the first step of expansion would.
   *
   * @param first the context processed first
   * @param then the context processed on top of it
   * @param mode the processing mode
   * @throws JsonLdError if processing {@code then} fails
   */
  public void processContext(JsonValue first, JsonValue then, Mode mode) throws JsonLdError {
    ActiveContext base = new ActiveContext(null, null, runtimes.get(mode));
    ActiveContext a = first == null ? base : base.newContext().create(first, null);
    a.newContext().create(then, null);
  }

  /**
   * The {@code @context} member of a pinned context document.
   *
   * @param url the context URL
   * @return the context definition, or null if the URL is not pinned or the document has none
   */
  public JsonValue pinnedContext(String url) {
    try {
      Document d = new PinnedLoader(false).loadDocument(URI.create(url), new DocumentLoaderOptions());
      JsonValue content = d.getJsonContent().orElse(null);
      return content instanceof JsonObject ? ((JsonObject) content).get("@context") : null;
    } catch (JsonLdError | IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Converts an expanded document to RDF and canonicalizes it with RDFC-1.0.
   *
   * @param expanded the expanded document
   * @param digestAlgorithm {@code SHA-256} or {@code SHA-384}, the hash RDFC-1.0 uses for blank
   *     node labels
   * @return canonical N-Quads, one line per quad, each ending with a line feed
   * @throws JsonLdError if RDF conversion fails or canonicalization exceeds the time limit
   */
  public String canonicalNQuads(JsonArray expanded, String digestAlgorithm) throws JsonLdError {
    try {
      List<TreeRdf.Quad> quads = TreeRdf.quads(expanded);
      return quads != null ? canonical(quads, digestAlgorithm) : canonicalWithTitanium(expanded, digestAlgorithm);
    } catch (RdfConsumerException | IllegalStateException e) {
      throw new JsonLdError(JsonLdErrorCode.PROCESSING_TIMEOUT_EXCEEDED, e.getMessage());
    } catch (RuntimeException e) {
      throw new JsonLdError(JsonLdErrorCode.UNSPECIFIED, "RDF conversion failed: " + e.getClass().getSimpleName());
    }
  }

  /**
   * RDFC-1.0 of a tree's quads. Only quads that mention a blank node can influence the canonical
   * labels, so titanium-rdfc labels those alone; every quad is then written once with its
   * canonical labels (titanium's N-Quads writer) and the lines are sorted, as titanium-rdfc sorts
   * them (String order).
   */
  private static String canonical(List<TreeRdf.Quad> tree, String digestAlgorithm) throws RdfConsumerException {
    // a dataset is a set: titanium-rdfc would count a repeated quad twice in a blank node's hash
    java.util.Set<TreeRdf.Quad> quads = new java.util.LinkedHashSet<>(tree);
    RdfCanon canon = RdfCanon.create(digestAlgorithm, BoundedRuntime.CANON_TICKER);
    boolean blanks = false;
    for (TreeRdf.Quad q : quads) {
      if (q.subject().startsWith("_:") || !q.literal() && q.object().startsWith("_:")) {
        canon.quad(q.subject(), q.predicate(), q.object(), q.datatype(), q.language(), null, null);
        blanks = true;
      }
    }
    Map<String, String> labels = Map.of();
    if (blanks) {
      canon.provide(NO_QUADS);
      labels = canon.mapping();
    }
    String[] lines = new String[quads.size()];
    int i = 0;
    for (TreeRdf.Quad q : quads) {
      String subject = labels.getOrDefault(q.subject(), q.subject());
      String object = q.literal() ? q.object() : labels.getOrDefault(q.object(), q.object());
      lines[i++] = line(subject, q.predicate(), object, q.datatype(), q.language());
    }
    java.util.Arrays.sort(lines);
    StringBuilder out = new StringBuilder(lines.length * 96);
    for (String line : lines) {
      out.append(line);
    }
    return out.toString();
  }

  /**
   * One N-Quads line in the default graph, exactly as titanium's {@code NQuadsWriter} writes it
   * (literal escapes: \b \t \n \f \r \" \\ and {@code \}{@code uXXXX} for other control
   * characters; {@code xsd:string} left implicit), without its per-line writer.
   */
  static String line(String subject, String predicate, String object, String datatype, String language) {
    StringBuilder b = new StringBuilder(subject.length() + predicate.length() + object.length() + 64);
    resource(b, subject).append(' ');
    resource(b, predicate).append(' ');
    if (datatype == null) {
      resource(b, object);
    } else {
      b.append('"');
      escape(b, object);
      b.append('"');
      if (language != null) {
        b.append('@').append(language);
      } else if (!TreeRdf.XSD_STRING.equals(datatype)) {
        b.append("^^<").append(datatype).append('>');
      }
    }
    return b.append(" .\n").toString();
  }

  private static StringBuilder resource(StringBuilder b, String value) {
    return value.startsWith("_:") ? b.append(value) : b.append('<').append(value).append('>');
  }

  private static void escape(StringBuilder b, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\t': b.append("\\t"); break;
        case '\b': b.append("\\b"); break;
        case '\n': b.append("\\n"); break;
        case '\r': b.append("\\r"); break;
        case '\f': b.append("\\f"); break;
        case '"': b.append("\\\""); break;
        case '\\': b.append("\\\\"); break;
        default:
          if (c < 0x20 || c == 0x7f) {
            b.append(String.format("\\u%04X", (int) c));
          } else {
            b.append(c);
          }
      }
    }
  }

  private static final com.apicatalog.rdf.api.RdfQuadConsumer NO_QUADS = (s, p, o, d, l, dir, g) -> null;

  private String canonicalWithTitanium(JsonArray expanded, String digestAlgorithm) throws JsonLdError, RdfConsumerException {
    RdfCanon canon = RdfCanon.create(digestAlgorithm, BoundedRuntime.CANON_TICKER);
    StringWriter out = new StringWriter(4096);
    ToRdfProcessor.toRdf(canon, expanded, options.get(Mode.STRICT));
    canon.provide(new NQuadsWriter(out));
    return out.toString();
  }

  private Processed context(JsonValue context, String key, Mode mode) throws JsonLdError {
    Map<String, Processed> c = cache.get(mode);
    if (key != null) {
      Processed hit = c.get(key);
      if (hit != null) {
        return hit;
      }
    }
    ActiveContext base = new ActiveContext(null, null, runtimes.get(mode));
    contextsProcessed.incrementAndGet();
    Processed p = new Processed(context == null ? base : base.newContext().create(context, null),
        sawVocab.get()[0]);
    if (key != null) {
      if (c.size() >= MAX_CACHED_CONTEXTS) {
        c.clear();
      }
      c.putIfAbsent(key, p);
    }
    return p;
  }

  /** A key for contexts made only of pinned URLs; anything else is processed afresh each time. */
  private String cacheKey(JsonValue context) {
    if (context == null) {
      return "";
    }
    if (context instanceof JsonString) {
      String url = ((JsonString) context).getString();
      return pinned.apply(url) != null ? url : null;
    }
    if (!(context instanceof JsonArray)) {
      return null;
    }
    StringBuilder key = new StringBuilder();
    for (JsonValue v : (JsonArray) context) {
      if (!(v instanceof JsonString)) {
        return null;
      }
      String url = ((JsonString) v).getString();
      if (pinned.apply(url) == null) {
        return null;
      }
      key.append(url).append('\n');
      if (key.length() > MAX_CACHE_KEY_LENGTH) {
        return null;
      }
    }
    return key.toString();
  }

  /** Serves pinned contexts only; anything else is a loading failure. Never touches the network. */
  private final class PinnedLoader implements DocumentLoader {
    private final boolean stripVocab;

    PinnedLoader(boolean stripVocab) {
      this.stripVocab = stripVocab;
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions loaderOptions) throws JsonLdError {
      String key = url.toString();
      Map<String, Document> docs = stripVocab ? strippedDocuments : documents;
      Document cached = docs.get(key);
      if (cached == null) {
        byte[] bytes = pinned.apply(key);
        if (bytes == null) {
          throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, abbreviate(key));
        }
        JsonDocument d = JsonDocument.of(MediaType.JSON_LD, new ByteArrayInputStream(bytes));
        d.setDocumentUrl(url);
        JsonValue content = d.getJsonContent().orElse(null);
        boolean vocab = content != null && Vocab.declares(content);
        vocabDocuments.put(key, vocab);
        if (stripVocab && vocab) {
          d = JsonDocument.of(MediaType.JSON_LD, (jakarta.json.JsonStructure) Vocab.strip(content));
          d.setDocumentUrl(url);
        }
        docs.putIfAbsent(key, d);
        cached = d;
      }
      if (Boolean.TRUE.equals(vocabDocuments.get(key))) {
        sawVocab.get()[0] = true;
      }
      return cached;
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 160 ? s.substring(0, 160) + "..." : s;
  }
}
