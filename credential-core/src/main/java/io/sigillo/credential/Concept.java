package io.sigillo.credential;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A SKOS concept from a controlled vocabulary, as the European Learning Model uses for countries,
 * languages, credential profiles and evidence types.
 *
 * <p>Immutable.
 */
public final class Concept {
  private final URI id;
  private final URI inScheme;
  private final LanguageMap prefLabel;

  private Concept(URI id, URI inScheme, LanguageMap prefLabel) {
    this.id = Checks.requireAbsolute(id, "concept id");
    this.inScheme = inScheme == null ? null : Checks.requireAbsolute(inScheme, "inScheme");
    this.prefLabel = prefLabel;
  }

  /**
   * A concept with only an identifier.
   *
   * @param id absolute URI of the concept
   * @return the concept
   */
  public static Concept of(URI id) {
    return new Concept(id, null, null);
  }

  /**
   * A concept with its scheme and label.
   *
   * @param id absolute URI of the concept
   * @param inScheme absolute URI of the concept scheme, or null
   * @param prefLabel preferred label, or null
   * @return the concept
   */
  public static Concept of(URI id, URI inScheme, LanguageMap prefLabel) {
    return new Concept(id, inScheme, prefLabel);
  }

  /**
   * The country concept of the EU Publications Office authority table.
   *
   * @param isoAlpha2 ISO 3166-1 alpha-2 code such as {@code IT}
   * @return the concept, for example {@code http://publications.europa.eu/resource/authority/country/ITA}
   * @throws IllegalArgumentException if the code is not a known country
   */
  public static Concept country(String isoAlpha2) {
    return of(AbsoluteUris.create(Vocabulary.COUNTRY_AUTHORITY + "/" + Checks.alpha3Country(isoAlpha2)),
        AbsoluteUris.create(Vocabulary.COUNTRY_AUTHORITY), null);
  }

  /**
   * The language concept of the EU Publications Office authority table.
   *
   * @param languageTag a BCP 47 tag whose primary subtag is an ISO 639 code, such as {@code it}
   * @return the concept, for example {@code http://publications.europa.eu/resource/authority/language/ITA}
   */
  public static Concept language(String languageTag) {
    return of(AbsoluteUris.create(Vocabulary.LANGUAGE_AUTHORITY + "/" + Checks.alpha3Language(languageTag)),
        AbsoluteUris.create(Vocabulary.LANGUAGE_AUTHORITY), null);
  }

  /**
   * The concept's identifier.
   *
   * @return an absolute URI
   */
  public URI id() {
    return id;
  }

  /**
   * The scheme the concept belongs to.
   *
   * @return the scheme URI, if given
   */
  public Optional<URI> inScheme() {
    return Optional.ofNullable(inScheme);
  }

  /**
   * The concept's preferred label.
   *
   * @return the label, if given
   */
  public Optional<LanguageMap> prefLabel() {
    return Optional.ofNullable(prefLabel);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Concept)) {
      return false;
    }
    Concept c = (Concept) o;
    return id.equals(c.id) && Objects.equals(inScheme, c.inScheme)
        && Objects.equals(prefLabel, c.prefLabel);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, inScheme, prefLabel);
  }

  @Override
  public String toString() {
    return "Concept[" + id + "]";
  }
}
