package io.sigillo.jsonld.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * RDF conversion of expanded JSON-LD documents that are trees of node objects and value objects,
 * which is what credentials are: every node object gives its triples directly, without building
 * titanium's node map first. The dataset is the same as JSON-LD's "Deserialize JSON-LD to RDF":
 * node objects without {@code @id} get fresh blank nodes, a node that occurs twice with the same
 * {@code @id} yields the union of its triples (the caller removes duplicate quads), {@code @type}
 * gives {@code rdf:type}, strings are {@code xsd:string} or language-tagged, booleans
 * {@code xsd:boolean}, typed values keep their datatype.
 *
 * <p>Anything else - lists, named graphs, reverse properties, {@code @included}, JSON literals,
 * numbers, base directions, identifiers or datatypes that are not absolute IRIs, ill-formed
 * language tags - makes {@link #quads} return null, and the caller uses titanium's full algorithm.
 * Tests compare both paths quad for quad.
 */
final class TreeRdf {
  static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
  static final String XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean";
  private static final String BLANK_PREFIX = "_:sigillo-tree-";
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

  /**
   * One quad in the default graph.
   *
   * @param subject IRI or blank node
   * @param predicate IRI
   * @param object IRI, blank node or literal lexical form
   * @param datatype the literal's datatype, null for IRIs and blank nodes
   * @param language the literal's language tag, or null
   */
  record Quad(String subject, String predicate, String object, String datatype, String language) {
    boolean literal() {
      return datatype != null;
    }
  }

  private final List<Quad> quads = new ArrayList<>();
  private int blanks;

  private TreeRdf() {}

  /**
   * The quads of an expanded document.
   *
   * @param expanded the expanded document
   * @return the quads (possibly with duplicates), or null if the document is not a plain tree
   */
  static List<Quad> quads(JsonArray expanded) {
    TreeRdf t = new TreeRdf();
    for (JsonValue v : expanded) {
      if (!(v instanceof JsonObject) || ((JsonObject) v).containsKey("@value") || t.node((JsonObject) v) == null) {
        return null;
      }
    }
    return t.quads;
  }

  /** Emits a node object's triples; returns its identifier, or null if unsupported. */
  private String node(JsonObject node) {
    String id;
    JsonValue idValue = node.get("@id");
    if (idValue == null) {
      id = BLANK_PREFIX + blanks++;
    } else if (idValue instanceof JsonString) {
      id = ((JsonString) idValue).getString();
      if (!Iris.isAbsolute(id) || id.startsWith(BLANK_PREFIX)) {
        return null;
      }
    } else {
      return null;
    }
    for (Map.Entry<String, JsonValue> e : node.entrySet()) {
      String key = e.getKey();
      if (key.equals("@id") || key.equals("@index")) {
        continue;
      }
      if (key.equals("@type")) {
        if (!(e.getValue() instanceof JsonArray)) {
          return null;
        }
        for (JsonValue t : (JsonArray) e.getValue()) {
          if (!(t instanceof JsonString) || !Iris.isAbsolute(((JsonString) t).getString())) {
            return null;
          }
          quads.add(new Quad(id, RDF_TYPE, ((JsonString) t).getString(), null, null));
        }
        continue;
      }
      if (key.startsWith("@") || key.startsWith("_:") || !Iris.isAbsolute(key) || !(e.getValue() instanceof JsonArray)) {
        return null;
      }
      for (JsonValue item : (JsonArray) e.getValue()) {
        if (!(item instanceof JsonObject)) {
          return null;
        }
        JsonObject o = (JsonObject) item;
        if (o.containsKey("@value")) {
          if (!value(id, key, o)) {
            return null;
          }
        } else {
          if (o.containsKey("@list") || o.containsKey("@set") || o.containsKey("@graph")) {
            return null;
          }
          String child = node(o);
          if (child == null) {
            return null;
          }
          quads.add(new Quad(id, key, child, null, null));
        }
      }
    }
    return id;
  }

  private boolean value(String subject, String predicate, JsonObject o) {
    String datatype = null;
    String language = null;
    for (Map.Entry<String, JsonValue> e : o.entrySet()) {
      switch (e.getKey()) {
        case "@value":
        case "@index":
          break;
        case "@type":
          if (!(e.getValue() instanceof JsonString)) {
            return false;
          }
          datatype = ((JsonString) e.getValue()).getString();
          if (datatype.startsWith("_:") || !Iris.isAbsolute(datatype)) {
            return false;
          }
          break;
        case "@language":
          if (!(e.getValue() instanceof JsonString)) {
            return false;
          }
          language = ((JsonString) e.getValue()).getString();
          if (!LANGUAGE.matcher(language).matches()) {
            return false;
          }
          break;
        default:
          return false;
      }
    }
    JsonValue v = o.get("@value");
    String lexical;
    if (v != null && (v.getValueType() == JsonValue.ValueType.TRUE || v.getValueType() == JsonValue.ValueType.FALSE)) {
      if (language != null) {
        return false;
      }
      lexical = v.getValueType() == JsonValue.ValueType.TRUE ? "true" : "false";
      datatype = datatype == null ? XSD_BOOLEAN : datatype;
    } else if (v instanceof JsonString) {
      lexical = ((JsonString) v).getString();
    } else {
      return false;
    }
    if (language != null) {
      if (datatype != null) {
        return false;
      }
      quads.add(new Quad(subject, predicate, lexical, XSD_STRING, language));
    } else {
      quads.add(new Quad(subject, predicate, lexical, datatype == null ? XSD_STRING : datatype, null));
    }
    return true;
  }
}
