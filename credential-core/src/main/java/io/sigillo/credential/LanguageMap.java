package io.sigillo.credential;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Text in one or more languages, keyed by BCP 47 language tag, as European Learning Model
 * properties such as {@code title} and {@code legalName} carry it (a JSON-LD language map).
 *
 * <p>Immutable. Keeps the order in which languages were given, so that serialisation is
 * deterministic.
 */
public final class LanguageMap {
  private final Map<String, String> texts;

  private LanguageMap(Map<String, String> texts) {
    this.texts = texts;
  }

  /**
   * A map with one language.
   *
   * @param language BCP 47 tag such as {@code en}
   * @param text the text, not blank
   * @return the map
   */
  public static LanguageMap of(String language, String text) {
    return copyOf(Map.of(language, text));
  }

  /**
   * A map with two languages, in this order.
   *
   * @param language1 first tag
   * @param text1 first text
   * @param language2 second tag
   * @param text2 second text
   * @return the map
   */
  public static LanguageMap of(String language1, String text1, String language2, String text2) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(language1, text1);
    if (m.put(language2, text2) != null) {
      throw new IllegalArgumentException("language given twice: " + language2);
    }
    return copyOf(m);
  }

  /**
   * A map holding the given entries, in the map's iteration order.
   *
   * @param texts tag to text; at least one entry
   * @return the map
   * @throws IllegalArgumentException if empty, a tag is not a BCP 47 tag, or a text is blank
   */
  public static LanguageMap copyOf(Map<String, String> texts) {
    Objects.requireNonNull(texts, "texts");
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("a language map needs at least one language");
    }
    Map<String, String> copy = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      String tag = Objects.requireNonNull(e.getKey(), "language tag");
      String text = Objects.requireNonNull(e.getValue(), "text");
      if (!isLanguageTag(tag)) {
        throw new IllegalArgumentException("not a BCP 47 language tag: " + tag);
      }
      if (text.isBlank()) {
        throw new IllegalArgumentException("blank text for language " + tag);
      }
      copy.put(tag, text);
    }
    return new LanguageMap(Collections.unmodifiableMap(copy));
  }

  /**
   * Whether a string has the shape of a BCP 47 language tag.
   *
   * @param tag the candidate
   * @return true if it is a well-formed tag
   */
  public static boolean isLanguageTag(String tag) {
    // [a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*, without a regex engine: tags are checked for every
    // language map of every credential read.
    if (tag == null) {
      return false;
    }
    int n = tag.length();
    int i = 0;
    while (i < n && isAsciiLetter(tag.charAt(i))) {
      i++;
    }
    if (i < 2 || i > 3) {
      return false;
    }
    while (i < n) {
      if (tag.charAt(i) != '-') {
        return false;
      }
      int start = ++i;
      while (i < n && (isAsciiLetter(tag.charAt(i)) || tag.charAt(i) >= '0' && tag.charAt(i) <= '9')) {
        i++;
      }
      if (i == start || i - start > 8) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /**
   * The text in one language.
   *
   * @param language the tag
   * @return the text, if present
   */
  public Optional<String> get(String language) {
    return Optional.ofNullable(texts.get(language));
  }

  /**
   * The text in the first of the preferred languages that is present, else the first text.
   *
   * @param preferred tags in order of preference
   * @return a text, never null
   */
  public String preferred(List<String> preferred) {
    for (String p : preferred) {
      String t = texts.get(p);
      if (t != null) {
        return t;
      }
    }
    return texts.values().iterator().next();
  }

  /**
   * The entries as an unmodifiable, ordered map.
   *
   * @return tag to text
   */
  public Map<String, String> asMap() {
    return texts;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LanguageMap && ((LanguageMap) o).texts.equals(texts);
  }

  @Override
  public int hashCode() {
    return texts.hashCode();
  }

  @Override
  public String toString() {
    return texts.toString();
  }
}
