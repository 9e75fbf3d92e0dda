package io.sigillo.jsonld.internal;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.fasterxml.jackson.databind.JsonNode;
import io.sigillo.credential.FormatCode;
import io.sigillo.credential.FormatProblem;
import io.sigillo.jsonld.internal.JsonLdEngine.Expanded;
import io.sigillo.jsonld.internal.JsonLdEngine.Mode;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Expands a document over pinned contexts and reports, with paths, everything that makes its
 * JSON-LD meaning differ from its JSON: unknown contexts, embedded or {@code @vocab} contexts
 * (strict mode), protected-term redefinitions, undefined properties and types, terms that only a
 * {@code @vocab} defines, and values that are not absolute IRIs (RDF conversion drops them).
 */
public final class DocumentInspector {
  private static final String PROBE_VOCAB = "urn:sigillo:undefined-term:";
  private static final jakarta.json.spi.JsonProvider P = com.apicatalog.jsonld.json.JsonProvider.instance();

  /**
   * What inspection found.
   *
   * @param problems every problem; empty when the document is sound
   * @param expanded the expanded document (with the real contexts), null if expansion failed
   */
  public record Result(List<FormatProblem> problems, JsonArray expanded) {}

  private final JsonLdEngine engine;
  private final Predicate<String> pinned;

  /**
   * Creates an inspector.
   *
   * @param engine the engine
   * @param pinned whether a context URL is pinned
   */
  public DocumentInspector(JsonLdEngine engine, Predicate<String> pinned) {
    this.engine = engine;
    this.pinned = pinned;
  }

  /**
   * Inspects a document; the caller holds the deadline.
   *
   * @param doc the document
   * @param strict whether undefined properties, embedded contexts and {@code @vocab} are problems
   * @return the problems and the expanded document
   */
  public Result inspect(JsonNode doc, boolean strict) {
    List<FormatProblem> problems = new ArrayList<>();
    if (doc == null || !doc.isObject()) {
      problems.add(new FormatProblem(FormatCode.JSONLD_EXPANSION_FAILED, "$", "document must be a JSON object"));
      return new Result(problems, null);
    }
    unknownContexts(doc.get("@context"), problems);
    if (strict) {
      embeddedContexts(doc, "$", true, problems);
    }
    if (!problems.isEmpty()) {
      return new Result(problems, null);
    }
    JsonValue context = doc.has("@context") ? JakartaJson.of(doc.get("@context")) : null;
    JsonObject body = JakartaJson.withoutContext(doc);
    Expanded expanded;
    try {
      expanded = engine.expand(context, body, strict ? Mode.STRICT : Mode.LENIENT);
    } catch (JsonLdError e) {
      problems.addAll(explain(e, doc, context, body, false));
      return new Result(problems, null);
    }
    iris(expanded.array(), doc, problems);
    if (strict && expanded.vocab() && problems.isEmpty()) {
      try {
        Expanded plain = engine.expand(context, body, Mode.STRICT_WITHOUT_VOCAB);
        iris(plain.array(), doc, problems);
        for (int i = 0; i < problems.size(); i++) {
          FormatProblem p = problems.get(i);
          problems.set(i, new FormatProblem(p.code(), p.path(), p.message() + " (only a @vocab mapping gives it a meaning)"));
        }
      } catch (JsonLdError e) {
        problems.addAll(explain(e, doc, context, body, true));
      }
    }
    return new Result(problems, problems.isEmpty() ? expanded.array() : null);
  }

  private void unknownContexts(JsonNode ctx, List<FormatProblem> out) {
    if (ctx == null) {
      return;
    }
    if (ctx.isTextual()) {
      if (!pinned.test(ctx.asText())) {
        out.add(unknown("$.@context", ctx.asText()));
      }
    } else if (ctx.isArray()) {
      for (int i = 0; i < ctx.size(); i++) {
        JsonNode c = ctx.get(i);
        if (c.isTextual() && !pinned.test(c.asText())) {
          out.add(unknown("$.@context[" + i + "]", c.asText()));
        }
      }
    }
  }

  private static FormatProblem unknown(String path, String url) {
    return new FormatProblem(FormatCode.CONTEXT_UNKNOWN, path,
        "context " + abbreviate(url) + " is not pinned; nothing is ever fetched");
  }

  private List<FormatProblem> explain(JsonLdError e, JsonNode doc, JsonValue context, JsonObject body, boolean withoutVocab) {
    List<FormatProblem> out = new ArrayList<>();
    JsonLdError root = e;
    while (root.getCause() instanceof JsonLdError && root.getCause() != root) {
      root = (JsonLdError) root.getCause();
    }
    JsonLdErrorCode code = root.getCode();
    switch (code) {
      case PROTECTED_TERM_REDEFINITION:
        out.addAll(redefinitions(doc));
        break;
      case LOADING_DOCUMENT_FAILED:
      case LOADING_REMOTE_CONTEXT_FAILED:
        out.add(new FormatProblem(FormatCode.CONTEXT_UNKNOWN, "$.@context",
            "a context refers to a context that is not pinned; nothing is ever fetched: " + detail(root)));
        break;
      case UNDEFINED_TERM:
        out.addAll(undefinedTerms(doc, context, body, detail(root), withoutVocab));
        break;
      case PROCESSING_TIMEOUT_EXCEEDED:
        out.add(new FormatProblem(FormatCode.JSONLD_EXPANSION_FAILED, "$",
            "JSON-LD processing exceeded its time limit"));
        break;
      default:
        out.add(new FormatProblem(FormatCode.JSONLD_EXPANSION_FAILED, "$",
            "JSON-LD expansion failed with " + code.name() + ": " + detail(e)));
    }
    return out;
  }

  /** Finds which top-level context entry, and which of its terms, redefines a protected term. */
  private List<FormatProblem> redefinitions(JsonNode doc) {
    List<FormatProblem> out = new ArrayList<>();
    JsonNode ctx = doc.get("@context");
    List<JsonValue> entries = new ArrayList<>();
    if (ctx != null && ctx.isArray()) {
      ctx.forEach(c -> entries.add(JakartaJson.of(c)));
    } else if (ctx != null) {
      entries.add(JakartaJson.of(ctx));
    }
    for (int i = 0; i < entries.size(); i++) {
      JsonValue prefix = array(entries.subList(0, i));
      String path = ctx != null && ctx.isArray() ? "$.@context[" + i + "]" : "$.@context";
      if (!redefinesProtected(prefix, entries.get(i))) {
        continue;
      }
      JsonValue entry = entries.get(i);
      String source = "";
      if (entry instanceof JsonString) {
        source = " (in " + abbreviate(((JsonString) entry).getString()) + ")";
        entry = engine.pinnedContext(((JsonString) entry).getString());
      }
      if (entry instanceof JsonObject) {
        JsonObject def = (JsonObject) entry;
        for (String term : def.keySet()) {
          if (!term.startsWith("@") && redefinesProtected(prefix, single(def, term))) {
            String at = entries.get(i) instanceof JsonString ? path : path + "." + term;
            out.add(new FormatProblem(FormatCode.JSONLD_PROTECTED_TERM_REDEFINED, at,
                "the context redefines the protected term '" + abbreviate(term) + "'" + source));
          }
        }
      }
      if (out.isEmpty()) {
        out.add(new FormatProblem(FormatCode.JSONLD_PROTECTED_TERM_REDEFINED, path,
            "the context redefines a protected term" + source));
      }
      return out;
    }
    out.add(new FormatProblem(FormatCode.JSONLD_PROTECTED_TERM_REDEFINED, "$.@context",
        "a scoped context redefines a protected term while the document is expanded"));
    return out;
  }

  private boolean redefinesProtected(JsonValue first, JsonValue then) {
    try {
      engine.processContext(first, then, Mode.STRICT);
      return false;
    } catch (JsonLdError e) {
      JsonLdError root = e;
      while (root.getCause() instanceof JsonLdError && root.getCause() != root) {
        root = (JsonLdError) root.getCause();
      }
      return root.getCode() == JsonLdErrorCode.PROTECTED_TERM_REDEFINITION;
    }
  }

  private static JsonObject single(JsonObject def, String term) {
    JsonObjectBuilder b = P.createObjectBuilder();
    for (Map.Entry<String, JsonValue> e : def.entrySet()) {
      if (e.getKey().startsWith("@") && !e.getKey().equals("@import")) {
        b.add(e.getKey(), e.getValue());
      }
    }
    return b.add(term, def.get(term)).build();
  }

  private static JsonArray array(List<JsonValue> values) {
    JsonArrayBuilder b = P.createArrayBuilder();
    values.forEach(b::add);
    return b.build();
  }

  /** Lists every undefined term by expanding once more with a probe vocabulary. */
  private List<FormatProblem> undefinedTerms(JsonNode doc, JsonValue context, JsonObject body,
      String titaniumDetail, boolean withoutVocab) {
    List<FormatProblem> out = new ArrayList<>();
    JsonArrayBuilder ctx = P.createArrayBuilder();
    if (context instanceof JsonArray) {
      ((JsonArray) context).forEach(ctx::add);
    } else if (context != null) {
      ctx.add(context);
    }
    ctx.add(P.createObjectBuilder().add("@vocab", PROBE_VOCAB));
    try {
      Expanded expanded = engine.expand(ctx.build(), body, Mode.LENIENT_WITHOUT_VOCAB);
      Set<String> terms = new LinkedHashSet<>();
      collectProbe(expanded.array(), terms);
      String why = withoutVocab ? " (only a @vocab mapping gives it a meaning)"
          : "; JSON-LD expansion would drop it";
      for (String term : terms) {
        out.add(new FormatProblem(FormatCode.JSONLD_UNDEFINED_TERM, Paths.ofTerm(doc, term),
            "'" + abbreviate(term) + "' is not defined by any context" + why));
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

  /** Types that stayed terms, keys that are not IRIs, and node references that are not absolute. */
  private static void iris(JsonArray expanded, JsonNode doc, List<FormatProblem> out) {
    Set<String> undefinedTypes = new LinkedHashSet<>();
    Set<String> invalid = new LinkedHashSet<>();
    Set<String> relativeIds = new LinkedHashSet<>();
    collectIris(expanded, undefinedTypes, invalid, relativeIds);
    for (String t : undefinedTypes) {
      out.add(new FormatProblem(FormatCode.JSONLD_UNDEFINED_TERM, Paths.ofTerm(doc, t),
          "type '" + abbreviate(t) + "' is not defined by any context"));
    }
    for (String iri : invalid) {
      out.add(new FormatProblem(FormatCode.JSONLD_INVALID_IRI, Paths.ofTerm(doc, iri),
          "'" + abbreviate(iri) + "' does not expand to an absolute IRI"));
    }
    for (String id : relativeIds) {
      out.add(new FormatProblem(FormatCode.JSONLD_INVALID_IRI, Paths.ofValue(doc, id),
          "identifier '" + abbreviate(id) + "' is not an absolute IRI; RDF conversion would drop the statements using it"));
    }
  }

  private static void collectIris(JsonValue v, Set<String> undefinedTypes, Set<String> invalid, Set<String> relativeIds) {
    if (v instanceof JsonArray) {
      for (JsonValue e : (JsonArray) v) {
        collectIris(e, undefinedTypes, invalid, relativeIds);
      }
    } else if (v instanceof JsonObject) {
      JsonObject o = (JsonObject) v;
      boolean valueObject = o.containsKey("@value");
      for (Map.Entry<String, JsonValue> e : o.entrySet()) {
        String key = e.getKey();
        if (!key.startsWith("@") && !Iris.isAbsolute(key)) {
          invalid.add(key);
        }
        if (key.equals("@type")) {
          forEachString(e.getValue(), s -> {
            if (!Iris.isAbsolute(s) && !(valueObject && s.equals("@json"))) {
              if (!valueObject && s.indexOf(':') < 0) {
                undefinedTypes.add(s);
              } else {
                invalid.add(s);
              }
            }
          });
        } else if (key.equals("@id")) {
          forEachString(e.getValue(), s -> {
            if (!Iris.isAbsolute(s)) {
              relativeIds.add(s);
            }
          });
        } else if (!key.equals("@value")) {
          collectIris(e.getValue(), undefinedTypes, invalid, relativeIds);
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
      out.add(new FormatProblem(FormatCode.CONTEXT_INVALID, at + ".@vocab",
          "@vocab is not accepted: it would give undefined terms a meaning"));
    } else if (ctx.isArray()) {
      for (int i = 0; i < ctx.size(); i++) {
        vocabInContext(ctx.get(i), at + "[" + i + "]", out);
      }
    }
  }

  private static String detail(JsonLdError e) {
    return e.getMessage() == null ? e.getCode().name() : abbreviate(e.getMessage());
  }

  static String abbreviate(String s) {
    return s.length() > 160 ? s.substring(0, 160) + "..." : s;
  }
}
