package io.sigillo.credential;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Set;

/** Identifier checks shared by the model's builders. */
final class Checks {
  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Map<String, String> TAG_BY_ALPHA3 = new HashMap<>();

  static {
    for (String lang : Locale.getISOLanguages()) {
      try {
        // getISOLanguages() lists both the current and the withdrawn code of a few languages
        // ("yi" and "ji", "he" and "iw", "id" and "in"); Locale normalises to the current one
        Locale locale = new Locale(lang);
        String alpha3 = locale.getISO3Language().toUpperCase(Locale.ROOT);
        TAG_BY_ALPHA3.putIfAbsent(alpha3, locale.getLanguage());
      } catch (MissingResourceException e) {
        // a language without a three-letter code cannot appear in the EU authority table
      }
    }
  }

  private Checks() {}

  static URI requireAbsolute(URI uri, String what) {
    Objects.requireNonNull(uri, what);
    if (!uri.isAbsolute()) {
      throw new IllegalArgumentException(what + " must be an absolute URI: " + uri);
    }
    return uri;
  }

  static String alpha3Country(String alpha2) {
    Objects.requireNonNull(alpha2, "country code");
    String upper = alpha2.toUpperCase(Locale.ROOT);
    if (upper.length() != 2 || !ISO_COUNTRIES.contains(upper)) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: " + alpha2);
    }
    return new Locale("", upper).getISO3Country();
  }

  static String alpha3Language(String tag) {
    Objects.requireNonNull(tag, "language tag");
    Locale locale = Locale.forLanguageTag(tag);
    try {
      String iso3 = locale.getISO3Language();
      if (iso3.isEmpty()) {
        throw new IllegalArgumentException("not an ISO 639 language tag: " + tag);
      }
      return iso3.toUpperCase(Locale.ROOT);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("not an ISO 639 language tag: " + tag, e);
    }
  }

  /** The two-letter tag for an EU authority three-letter language code, or null. */
  static String languageTagOfAlpha3(String alpha3) {
    return TAG_BY_ALPHA3.get(alpha3.toUpperCase(Locale.ROOT));
  }

  static String requireText(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }
}
