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
 * @param primaryLanguage the BCP 47 tag of the main language, which {@code title} must contain
 * @param languages every language the credential is displayed in, including the primary one
 */
public record DisplayParameter(
    LanguageMap title, LanguageMap description, String primaryLanguage, List<String> languages) {
  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if the primary language is not among the languages or the
   *     title lacks it
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
      Concept.language(l);
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
