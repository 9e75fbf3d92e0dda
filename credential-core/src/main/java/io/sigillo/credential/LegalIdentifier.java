package io.sigillo.credential;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The eIDAS legal identifier of an organisation, as it appears in the {@code organizationIdentifier}
 * attribute of its seal certificate (ETSI EN 319 412-1 section 5.1.4): a three-letter type, a
 * two-letter country, a hyphen and the national identifier, for example {@code VATIT-12345678901}.
 *
 * <p>Immutable. The verifier binds a credential to its seal by comparing this notation with the
 * seal certificate's {@code organizationIdentifier}.
 */
public final class LegalIdentifier {
  private static final Pattern ETSI =
      Pattern.compile("([A-Z]{3})([A-Z]{2})-([\\x21-\\x7E]{1,64})|([A-Z]{2}):([A-Z]{2})-([\\x21-\\x7E]{1,64})");

  private final String notation;
  private final Concept spatial;

  private LegalIdentifier(String notation, Concept spatial) {
    this.notation = notation;
    this.spatial = spatial;
  }

  /**
   * Parses an ETSI legal-person identifier and derives its country.
   *
   * <p>For the {@code VAT} type the country is the VAT prefix, so {@code VATEL-...} is Greece and
   * {@code VATXI-...} the United Kingdom (Northern Ireland).
   *
   * @param notation for example {@code VATIT-12345678901} or {@code NTREE-17207834}
   * @return the identifier
   * @throws IllegalArgumentException if the notation does not follow ETSI EN 319 412-1
   */
  public static LegalIdentifier parse(String notation) {
    Objects.requireNonNull(notation, "notation");
    var m = ETSI.matcher(notation);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "not an ETSI EN 319 412-1 legal identifier (e.g. VATIT-12345678901): " + notation);
    }
    String country = m.group(2) != null ? m.group(2) : m.group(5);
    if ("VAT".equals(m.group(1))) {
      country = isoCountryOfVatPrefix(country);
    }
    return new LegalIdentifier(notation, Concept.country(country));
  }

  /**
   * VAT numbers carry the prefix of the VAT Directive (Council Directive 2006/112/EC, art. 215),
   * which differs from ISO 3166 for Greece ({@code EL}) and Northern Ireland ({@code XI}); seal
   * certificates of Greek organisations carry {@code VATEL-...}.
   */
  private static String isoCountryOfVatPrefix(String prefix) {
    switch (prefix) {
      case "EL":
        return "GR";
      case "XI":
        return "GB";
      default:
        return prefix;
    }
  }

  /**
   * An identifier with an explicit country concept, for identifiers read from other issuers.
   *
   * @param notation the identifier text
   * @param spatial the country concept
   * @return the identifier
   */
  public static LegalIdentifier of(String notation, Concept spatial) {
    return new LegalIdentifier(
        Checks.requireText(notation, "notation"), Objects.requireNonNull(spatial, "spatial"));
  }

  /**
   * Whether a notation follows ETSI EN 319 412-1.
   *
   * @param notation the candidate
   * @return true if well-formed
   */
  public static boolean isEtsiNotation(String notation) {
    return notation != null && ETSI.matcher(notation).matches();
  }

  /**
   * The identifier text.
   *
   * @return for example {@code VATIT-12345678901}
   */
  public String notation() {
    return notation;
  }

  /**
   * The country that registered the identifier.
   *
   * @return a country concept
   */
  public Concept spatial() {
    return spatial;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LegalIdentifier
        && ((LegalIdentifier) o).notation.equals(notation)
        && ((LegalIdentifier) o).spatial.equals(spatial);
  }

  @Override
  public int hashCode() {
    return Objects.hash(notation, spatial);
  }

  @Override
  public String toString() {
    return notation;
  }
}
