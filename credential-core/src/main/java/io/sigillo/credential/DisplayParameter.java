package io.sigillo.credential;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the credential is titled when shown to people (European Learning Model
 * {@code DisplayParameter}). Immutable.
 *
 * @param title the credential's title, for example in English and Italian
 * @param description a short description, or null
 * @param primaryLanguage the ISO 639-1 code of the main language (for example {@code en}), which
 *     {@code title} must contain
 * @param languages every language the credential is displayed in, including the primary one, as
 *     ISO 639-1 codes without region or script
 */
public record DisplayParameter(
    LanguageMap title, LanguageMap description, String primaryLanguage, List<String> languages) {
  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if the primary language is not among the languages, the
   *     title lacks it, or a language is not a plain ISO 639-1 code such as {@code en}
   */
  public DisplayParameter {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(primaryLanguage, "primaryLanguage");
    languages = List.copyOf(languages);
    if (!LanguageMap.isLanguageTag(primaryLanguage)) {
      throw new IllegalArgumentException("not a BCP 47 language tag: " + primaryLanguage);
    }
    if (!languages.contains(primaryLanguage)) {
      throw new IllegalArgumentException("languages must include the primary language " + primaryLanguage);
    }
    if (title.get(primaryLanguage).isEmpty()) {
      throw new IllegalArgumentException("title has no text in the primary language " + primaryLanguage);
    }
    for (String l : languages) {
      requireAuthorityLanguage(l);
    }
  }

  /**
   * The document names each language by an EU language-authority concept, which identifies a
   * language without region or script; a tag such as {@code en-GB} would be written as
   * {@code ENG} and read back as {@code en}, so it is refused here rather than producing a
   * credential that cannot be read back.
   */
  private static void requireAuthorityLanguage(String tag) {
    String alpha3 = Checks.alpha3Language(tag);
    if (!tag.equals(Checks.languageTagOfAlpha3(alpha3))) {
      throw new IllegalArgumentException("display language '" + tag
          + "' must be a lower-case ISO 639-1 code with no region or script, such as 'en'");
    }
  }

  /**
   * A display parameter showing the title in every language it has, the first being primary.
   *
   * @param title the title
   * @return the display parameter
   */
  public static DisplayParameter of(LanguageMap title) {
    List<String> langs = List.copyOf(title.asMap().keySet());
    return new DisplayParameter(title, null, langs.get(0), langs);
  }

  /**
   * The description.
   *
   * @return the description, if given
   */
  public Optional<LanguageMap> descriptionText() {
    return Optional.ofNullable(description);
  }
}
