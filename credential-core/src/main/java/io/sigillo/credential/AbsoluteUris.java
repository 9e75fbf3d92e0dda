package io.sigillo.credential;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses URI text, reusing absolute URIs already parsed from the same text: a URI is an immutable
 * value, so the same text always parses to an equal URI, and most identifiers of a credential
 * (authority tables, profile and competence ids, issuers, contexts) repeat across credentials.
 * {@code urn:uuid:} identifiers, made fresh for each credential, are not kept; neither are relative
 * URIs. Bounded in entries and key length. Thread-safe.
 */
final class AbsoluteUris {
  private static final Map<String, URI> CACHE = new ConcurrentHashMap<>();
  private static final int MAX_ENTRIES = 2048;
  private static final int MAX_LENGTH = 256;

  private AbsoluteUris() {}

  /**
   * Parses a URI.
   *
   * @param s the text
   * @return the URI, absolute or not
   * @throws URISyntaxException if the text is not a URI
   */
  static URI parse(String s) throws URISyntaxException {
    URI known = CACHE.get(s);
    if (known != null) {
      return known;
    }
    URI u = new URI(s);
    if (u.isAbsolute() && s.length() <= MAX_LENGTH && !s.startsWith("urn:uuid:")) {
      if (CACHE.size() >= MAX_ENTRIES) {
        CACHE.clear();
      }
      CACHE.put(s, u);
    }
    return u;
  }

  /**
   * Parses a URI known to be valid (built from constants).
   *
   * @param s the text
   * @return the URI
   * @throws IllegalArgumentException if it is not a URI
   */
  static URI create(String s) {
    try {
      return parse(s);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
