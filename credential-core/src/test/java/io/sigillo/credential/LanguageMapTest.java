package io.sigillo.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageMapTest {

  @Test
  void of_twoLanguages_keepsGivenOrder() {
    LanguageMap m = LanguageMap.of("it", "Specialista", "en", "Specialist");

    assertThat(m.asMap().keySet()).containsExactly("it", "en");
    assertThat(m.get("en")).contains("Specialist");
    assertThat(m.get("fr")).isEmpty();
  }

  @Test
  void of_sameLanguageTwice_isRefused() {
    assertThatThrownBy(() -> LanguageMap.of("en", "a", "en", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("en");
  }

  @Test
  void copyOf_empty_isRefused() {
    assertThatThrownBy(() -> LanguageMap.copyOf(Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "e", "english", "en_GB", "en-", "-en", "12", "en-GB-toolongsubtag1"})
  void copyOf_malformedLanguageTag_isRefused(String tag) {
    assertThat(LanguageMap.isLanguageTag(tag)).isFalse();
    assertThatThrownBy(() -> LanguageMap.of(tag, "text"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "it", "ita", "en-GB", "zh-Hant-TW", "sr-Latn"})
  void isLanguageTag_wellFormedTag_isTrue(String tag) {
    assertThat(LanguageMap.isLanguageTag(tag)).isTrue();
  }

  @Test
  void isLanguageTag_null_isFalse() {
    assertThat(LanguageMap.isLanguageTag(null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void copyOf_blankText_isRefused(String text) {
    assertThatThrownBy(() -> LanguageMap.of("en", text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  @Test
  void copyOf_nullTagOrText_isRefused() {
    Map<String, String> nullText = new LinkedHashMap<>();
    nullText.put("en", null);
    Map<String, String> nullTag = new LinkedHashMap<>();
    nullTag.put(null, "x");

    assertThatThrownBy(() -> LanguageMap.copyOf(nullText)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> LanguageMap.copyOf(nullTag)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void copyOf_laterChangesToSource_doNotLeakIn() {
    Map<String, String> source = new LinkedHashMap<>();
    source.put("en", "one");
    LanguageMap m = LanguageMap.copyOf(source);

    source.put("it", "uno");
    source.put("en", "changed");

    assertThat(m.asMap()).containsExactly(Map.entry("en", "one"));
  }

  @Test
  void asMap_isUnmodifiable() {
    LanguageMap m = LanguageMap.of("en", "x");

    assertThatThrownBy(() -> m.asMap().put("it", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void preferred_firstPresentPreference_wins() {
    LanguageMap m = LanguageMap.of("it", "uno", "en", "one");

    assertThat(m.preferred(List.of("fr", "en", "it"))).isEqualTo("one");
  }

  @Test
  void preferred_noPreferencePresent_returnsFirstText() {
    LanguageMap m = LanguageMap.of("it", "uno", "en", "one");

    assertThat(m.preferred(List.of("fr", "de"))).isEqualTo("uno");
    assertThat(m.preferred(List.of())).isEqualTo("uno");
  }

  @Test
  void equals_sameEntriesInOtherOrder_areEqual() {
    LanguageMap a = LanguageMap.of("it", "uno", "en", "one");
    LanguageMap b = LanguageMap.of("en", "one", "it", "uno");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(LanguageMap.of("en", "one"));
  }
}
