package io.sigillo.jsonld.internal;

/** IRI tests as JSON-LD's RDF conversion applies them. */
final class Iris {
  private Iris() {}

  /**
   * Whether a string is an absolute IRI (a scheme, a colon, no spaces or angle brackets) or a
   * blank node identifier.
   */
  static boolean isAbsolute(String s) {
    if (s.startsWith("_:")) {
      return s.length() > 2;
    }
    int colon = s.indexOf(':');
    if (colon < 1) {
      return false;
    }
    char first = s.charAt(0);
    if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z')) {
      return false;
    }
    for (int i = 1; i < colon; i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
        return false;
      }
    }
    for (int i = colon + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '\\' || c == '^' || c == '`') {
        return false;
      }
    }
    return true;
  }
}
