package io.sigillo.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayParameterTest {
  private static final LanguageMap TITLE = LanguageMap.of("en", "Title", "it", "Titolo");

  @Test
  void of_title_usesItsLanguagesFirstAsPrimary() {
    DisplayParameter d = DisplayParameter.of(TITLE);

    assertThat(d.primaryLanguage()).isEqualTo("en");
    assertThat(d.languages()).containsExactly("en", "it");
    assertThat(d.descriptionText()).isEmpty();
  }

  @Test
  void constructor_primaryNotAmongLanguages_isRefused() {
    assertThatThrownBy(() -> new DisplayParameter(TITLE, null, "en", List.of("it")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructor_titleWithoutPrimaryLanguage_isRefused() {
    assertThatThrownBy(() -> new DisplayParameter(TITLE, null, "de", List.of("de", "en")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("primary language de");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-GB", "EN", "sr-Latn", "zz", "eng"})
  void constructor_languageNotPlainIso6391Code_isRefused(String tag) {
    LanguageMap title = LanguageMap.of(tag, "Title");

    assertThatThrownBy(() -> new DisplayParameter(title, null, tag, List.of(tag)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void languages_isImmutableCopy() {
    List<String> langs = new java.util.ArrayList<>(List.of("en", "it"));
    DisplayParameter d = new DisplayParameter(TITLE, null, "en", langs);

    langs.add("de");

    assertThat(d.languages()).containsExactly("en", "it");
  }
}
