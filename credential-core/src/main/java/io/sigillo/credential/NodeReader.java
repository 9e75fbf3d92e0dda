package io.sigillo.credential;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one JSON object of a credential, recording problems instead of stopping at the first,
 * and remembering which members were read so that the rest can be reported as unknown.
 */
final class NodeReader {
  private final JsonNode node;
  /** The parent, or null for a reader made with its path. */
  private final NodeReader parent;
  /** The member name in the parent; with a parent only. */
  private final String name;
  /** The index in the parent's array member, or -1. */
  private final int index;
  private final List<FormatProblem> problems;
  private final Set<String> seen = new HashSet<>();
  /**
   * The JSONPath, built on first use: paths are needed only for problems, so reading a good
   * credential builds none of them.
   */
  private String path;

  NodeReader(JsonNode node, String path, List<FormatProblem> problems) {
    this(node, null, null, -1, problems);
    this.path = path;
  }

  private NodeReader(JsonNode node, NodeReader parent, String name, int index,
      List<FormatProblem> problems) {
    this.node = node;
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.problems = problems;
  }

  String path() {
    if (path == null) {
      path = index < 0 ? parent.child(name) : parent.child(name) + "[" + index + "]";
    }
    return path;
  }

  String child(String name) {
    return path() + "." + name;
  }

  void problem(FormatCode code, String at, String message) {
    problems.add(new FormatProblem(code, at, message));
  }

  boolean has(String name) {
    return node.has(name);
  }

  JsonNode raw(String name) {
    seen.add(name);
    return node.get(name);
  }

  /** The member, or null after recording PROPERTY_MISSING. */
  JsonNode require(String name) {
    JsonNode v = raw(name);
    if (v == null || v.isNull()) {
      problem(FormatCode.PROPERTY_MISSING, child(name), "required property '" + name + "' is missing");
      return null;
    }
    return v;
  }

  String string(String name, boolean required) {
    JsonNode v = required ? require(name) : raw(name);
    if (v == null) {
      return null;
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      problem(FormatCode.PROPERTY_INVALID, child(name), "'" + name + "' must be a non-empty string");
      return null;
    }
    return v.asText();
  }

  URI uri(String name, boolean required) {
    String s = string(name, required);
    return s == null ? null : absoluteUri(s, name);
  }

  /** Parses the value of member {@code name}; its path is built only for a problem. */
  private URI absoluteUri(String s, String name) {
    try {
      URI u = AbsoluteUris.parse(s);
      if (!u.isAbsolute()) {
        problem(FormatCode.PROPERTY_INVALID, child(name), "not an absolute URI: " + abbreviate(s));
        return null;
      }
      return u;
    } catch (URISyntaxException e) {
      problem(FormatCode.PROPERTY_INVALID, child(name), "not a URI: " + abbreviate(s));
      return null;
    }
  }

  Instant dateTime(String name, boolean required) {
    String s = string(name, required);
    if (s == null) {
      return null;
    }
    try {
      return Timestamps.parse(s);
    } catch (DateTimeParseException e) {
      problem(FormatCode.DATE_INVALID, child(name), "'" + name + "' is not an XML Schema dateTime: " + abbreviate(s));
      return null;
    }
  }

  NodeReader object(String name, boolean required) {
    JsonNode v = required ? require(name) : raw(name);
    if (v == null) {
      return null;
    }
    if (!v.isObject()) {
      problem(FormatCode.PROPERTY_INVALID, child(name), "'" + name + "' must be an object");
      return null;
    }
    return new NodeReader(v, this, name, -1, problems);
  }

  /** A member that may be one object or an array of objects. */
  List<NodeReader> objects(String name, boolean required) {
    JsonNode v = required ? require(name) : raw(name);
    List<NodeReader> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (v.isObject()) {
      out.add(new NodeReader(v, this, name, -1, problems));
      return out;
    }
    if (!v.isArray() || v.isEmpty()) {
      problem(FormatCode.PROPERTY_INVALID, child(name), "'" + name + "' must be an object or a non-empty array of objects");
      return out;
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      if (!e.isObject()) {
        problem(FormatCode.PROPERTY_INVALID, child(name) + "[" + i + "]",
            "array entries of '" + name + "' must be objects");
      } else {
        out.add(new NodeReader(e, this, name, i, problems));
      }
    }
    return out;
  }

  LanguageMap languageMap(String name, boolean required) {
    JsonNode v = required ? require(name) : raw(name);
    if (v == null) {
      return null;
    }
    if (!v.isObject() || v.isEmpty()) {
      problem(FormatCode.PROPERTY_INVALID, child(name), "'" + name + "' must be a language map such as {\"en\": \"...\"}");
      return null;
    }
    Map<String, String> m = new LinkedHashMap<>();
    boolean ok = true;
    for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!LanguageMap.isLanguageTag(e.getKey())) {
        problem(FormatCode.PROPERTY_INVALID, child(name) + "." + e.getKey(), "not a BCP 47 language tag: " + abbreviate(e.getKey()));
        ok = false;
      } else if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
        problem(FormatCode.PROPERTY_INVALID, child(name) + "." + e.getKey(), "language map values must be non-empty strings");
        ok = false;
      } else {
        m.put(e.getKey(), e.getValue().asText());
      }
    }
    return ok ? LanguageMap.copyOf(m) : null;
  }

  /** Checks that {@code type} is the given term, alone or in a one-element array. */
  void expectType(String expected) {
    JsonNode t = raw("type");
    if (t == null) {
      problem(FormatCode.PROPERTY_MISSING, child("type"), "type '" + expected + "' is missing");
      return;
    }
    boolean ok = t.isTextual() && t.asText().equals(expected)
        || t.isArray() && t.size() == 1 && t.get(0).isTextual() && t.get(0).asText().equals(expected);
    if (!ok) {
      problem(FormatCode.PROPERTY_INVALID, child("type"), "type must be '" + expected + "'");
    }
  }

  /** Records every member that was not read as PROPERTY_UNKNOWN. */
  void finish() {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!seen.contains(name)) {
        problem(FormatCode.PROPERTY_UNKNOWN, child(name), "property '" + abbreviate(name) + "' is not part of the credential profile");
      }
    }
  }

  static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }
}
