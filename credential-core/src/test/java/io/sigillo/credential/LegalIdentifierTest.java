package io.sigillo.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegalIdentifierTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "VATIT-12345678901, ITA",
      "NTREE-17207834,    EST",
      "VATES-A00000000,   ESP",
      "VATSI-43353126,    SVN",
      "PSDBE-NBB-0403.227.515, BEL",
      "AB:IT-1234567,     ITA"})
  void parse_etsiNotation_keepsNotationAndDerivesCountry(String notation, String alpha3) {
    LegalIdentifier id = LegalIdentifier.parse(notation);

    assertThat(id.notation()).isEqualTo(notation);
    assertThat(id.toString()).isEqualTo(notation);
    assertThat(id.spatial().id())
        .isEqualTo(URI.create("http://publications.europa.eu/resource/authority/country/" + alpha3));
    assertThat(LegalIdentifier.isEtsiNotation(notation)).isTrue();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"VATEL-094019245, GRC", "VATXI-123456789, GBR"})
  void parse_vatPrefixOfTheVatDirective_mapsToIsoCountry(String notation, String alpha3) {
    // Council Directive 2006/112/EC art. 215: Greece uses "EL", Northern Ireland "XI" as VAT prefix
    assertThat(LegalIdentifier.parse(notation).spatial().id().toString()).endsWith("/" + alpha3);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "vatit-12345678901", "VATIT12345678901", "VAT-IT-123", "VATIT-", "VAIT-123", "VATITA-123",
      "VATIT-123 456", "VATIT-\u00e8", "", "IT-12345678901", "12345678901", "A:IT-1",
      "VATIT-12345678901-0123456789-0123456789-0123456789-0123456789-0123456789"})
  void parse_malformedNotation_isRefused(String notation) {
    assertThat(LegalIdentifier.isEtsiNotation(notation)).isFalse();
    assertThatThrownBy(() -> LegalIdentifier.parse(notation))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"VATXX-123", "VATUK-123", "NTREL-123", "VATZZ-1"})
  void parse_unknownCountry_isRefused(String notation) {
    assertThatThrownBy(() -> LegalIdentifier.parse(notation))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parse_null_isRefused() {
    assertThatThrownBy(() -> LegalIdentifier.parse(null)).isInstanceOf(NullPointerException.class);
    assertThat(LegalIdentifier.isEtsiNotation(null)).isFalse();
  }

  @Test
  void of_explicitCountry_keepsBoth() {
    LegalIdentifier id = LegalIdentifier.of("12345678901", Concept.country("IT"));

    assertThat(id.notation()).isEqualTo("12345678901");
    assertThat(id.spatial()).isEqualTo(Concept.country("IT"));
    assertThatThrownBy(() -> LegalIdentifier.of(" ", Concept.country("IT")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LegalIdentifier.of("x", null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void equals_sameNotation_areEqual() {
    assertThat(LegalIdentifier.parse("VATIT-12345678901"))
        .isEqualTo(LegalIdentifier.parse("VATIT-12345678901"))
        .hasSameHashCodeAs(LegalIdentifier.parse("VATIT-12345678901"))
        .isNotEqualTo(LegalIdentifier.parse("VATIT-12345678902"));
  }
}
