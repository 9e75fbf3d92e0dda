package io.sigillo.jsonld.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Finds where in a document a term or a value occurs, as JSONPath-like paths. */
final class Paths {
  private static final int MAX_PATHS = 5;

  private Paths() {}

  /** Paths where a member name or a {@code type} value equals {@code term}. */
  static String ofTerm(JsonNode doc, String term) {
    List<String> paths = new ArrayList<>();
    findTerm(doc, "$", term, paths);
    return join(paths);
  }

  /** Paths where a string value equals {@code value}. */
  static String ofValue(JsonNode doc, String value) {
    List<String> paths = new ArrayList<>();
    findValue(doc, "$", value, paths);
    return join(paths);
  }

  private static String join(List<String> paths) {
    return paths.isEmpty() ? "$" : String.join(", ", paths.subList(0, Math.min(paths.size(), MAX_PATHS)));
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
        if (e.getKey().equals("type") || e.getKey().equals("@type")) {
          JsonNode t = e.getValue();
          if (t.isTextual() && t.asText().equals(term)) {
            out.add(at);
          } else if (t.isArray()) {
            for (int i = 0; i < t.size(); i++) {
              if (t.get(i).isTextual() && t.get(i).asText().equals(term)) {
                out.add(at + "[" + i + "]");
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

  private static void findValue(JsonNode n, String path, String value, List<String> out) {
    if (n.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getKey().equals("@context")) {
          findValue(e.getValue(), path + "." + e.getKey(), value, out);
        }
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        findValue(n.get(i), path + "[" + i + "]", value, out);
      }
    } else if (n.isTextual() && n.asText().equals(value)) {
      out.add(path);
    }
  }
}
