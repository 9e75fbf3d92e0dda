package io.sigillo.credential;

import java.net.URI;

/**
 * Identifiers the credential format is built from: context URLs, type names and the controlled
 * vocabulary concepts of the European Digital Credential application profile.
 */
public final class Vocabulary {
  /** The W3C Verifiable Credentials 2.0 base context; always the first {@code @context} entry. */
  public static final String CREDENTIALS_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2";

  /** The W3C Verifiable Credentials 1.1 base context, used by ELM v3 credentials of 2023. */
  public static final String CREDENTIALS_V1_CONTEXT = "https://www.w3.org/2018/credentials/v1";

  /** The European Learning Model EDC application-profile context, as the Commission serves it. */
  public static final String ELM_EDC_AP_CONTEXT = "http://data.europa.eu/snb/model/context/edc-ap";

  /**
   * Sigillo's EDC context: the European Learning Model terms this library writes, mapped to the
   * same IRIs as the ELM context, but compatible with the protected VC 2.0 base context.
   */
  public static final String SIGILLO_EDC_CONTEXT = "https://w3id.org/sigillo/edc/v1";

  /** The type every verifiable credential carries. */
  public static final String VERIFIABLE_CREDENTIAL = "VerifiableCredential";

  /** The type of a European Digital Credential. */
  public static final String EUROPEAN_DIGITAL_CREDENTIAL = "EuropeanDigitalCredential";

  /** EU Publications Office country authority table. */
  public static final String COUNTRY_AUTHORITY =
      "http://publications.europa.eu/resource/authority/country";

  /** EU Publications Office language authority table. */
  public static final String LANGUAGE_AUTHORITY =
      "http://publications.europa.eu/resource/authority/language";

  /** The EDC credential-profile concept scheme. */
  public static final URI CREDENTIAL_PROFILE_SCHEME =
      URI.create("http://data.europa.eu/snb/credential/25831c2");

  /** The "Generic" EDC credential profile. */
  public static final Concept GENERIC_CREDENTIAL_PROFILE =
      Concept.of(
          URI.create("http://data.europa.eu/snb/credential/e34929035b"),
          CREDENTIAL_PROFILE_SCHEME,
          LanguageMap.of("en", "Generic"));

  /** The SHACL shapes an EDC is checked against by the European Commission's tools. */
  public static final URI EDC_GENERIC_FULL_SHAPES =
      URI.create("http://data.europa.eu/snb/model/ap/edc-generic-full");

  /** Sigillo's concept scheme for how an award was decided. */
  public static final URI EVIDENCE_TYPE_SCHEME = URI.create("https://w3id.org/sigillo/evidence-type");

  /** Evidence type: the holder's competency dossier, assessed by the technical committee. */
  public static final Concept DOSSIER_ASSESSMENT =
      Concept.of(
          URI.create("https://w3id.org/sigillo/evidence-type/dossier-assessment"),
          EVIDENCE_TYPE_SCHEME,
          LanguageMap.of("en", "Competency dossier assessment", "it", "Valutazione del dossier delle competenze"));

  /** Evidence type: an interview of the holder by the assessors. */
  public static final Concept INTERVIEW =
      Concept.of(
          URI.create("https://w3id.org/sigillo/evidence-type/interview"),
          EVIDENCE_TYPE_SCHEME,
          LanguageMap.of("en", "Interview", "it", "Colloquio"));

  private Vocabulary() {}
}
