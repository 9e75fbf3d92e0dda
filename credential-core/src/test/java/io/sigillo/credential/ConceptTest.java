package io.sigillo.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConceptTest {
  private static final String COUNTRY = "http://publications.europa.eu/resource/authority/country";
  private static final String LANGUAGE = "http://publications.europa.eu/resource/authority/language";

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"IT, ITA", "it, ITA", "EE, EST", "DE, DEU", "GR, GRC", "BE, BEL", "GB, GBR"})
  void country_isoAlpha2_givesEuAuthorityConcept(String alpha2, String alpha3) {
    Concept c = Concept.country(alpha2);

    assertThat(c.id()).isEqualTo(URI.create(COUNTRY + "/" + alpha3));
    assertThat(c.inScheme()).contains(URI.create(COUNTRY));
    assertThat(c.prefLabel()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "I", "ITA", "XX", "UK", "EL", "1T"})
  void country_notIsoAlpha2_isRefused(String code) {
    assertThatThrownBy(() -> Concept.country(code)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"en, ENG", "it, ITA", "de, DEU", "fr, FRA", "el, ELL", "nl, NLD", "en-GB, ENG"})
  void language_bcp47Tag_givesEuAuthorityConcept(String tag, String alpha3) {
    Concept c = Concept.language(tag);

    assertThat(c.id()).isEqualTo(URI.create(LANGUAGE + "/" + alpha3));
    assertThat(c.inScheme()).contains(URI.create(LANGUAGE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "xx", "123", "not a tag"})
  void language_unknownLanguage_isRefused(String tag) {
    assertThatThrownBy(() -> Concept.language(tag)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_relativeId_isRefused() {
    assertThatThrownBy(() -> Concept.of(URI.create("concept/1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Concept.of(URI.create("urn:x:1"), URI.create("scheme"), null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equals_comparesIdSchemeAndLabel() {
    Concept a = Concept.of(URI.create("urn:x:1"), URI.create("urn:x"), LanguageMap.of("en", "One"));

    assertThat(a).isEqualTo(Concept.of(URI.create("urn:x:1"), URI.create("urn:x"), LanguageMap.of("en", "One")));
    assertThat(a).isNotEqualTo(Concept.of(URI.create("urn:x:1")));
    assertThat(a).isNotEqualTo(Concept.of(URI.create("urn:x:1"), URI.create("urn:x"), LanguageMap.of("en", "Two")));
  }
}
