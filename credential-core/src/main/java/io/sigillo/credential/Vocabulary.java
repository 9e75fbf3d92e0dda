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

  /**
   * The type of a professional quality attestation under Article 7 of Italian Law 4/2013, added to
   * {@code VerifiableCredential} and {@code EuropeanDigitalCredential}; its claim is a
   * {@link QualityAttestation}.
   */
  public static final String PROFESSIONAL_QUALITY_ATTESTATION = "ProfessionalQualityAttestation";

  /** Sigillo's vocabulary namespace for terms the European Learning Model does not have. */
  public static final String SIGILLO_VOCABULARY = "https://w3id.org/sigillo/vocab#";

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

  /** Evidence type: the holder's membership of the issuing association was verified. */
  public static final Concept MEMBERSHIP_VERIFICATION =
      Concept.of(
          URI.create("https://w3id.org/sigillo/evidence-type/membership-verification"),
          EVIDENCE_TYPE_SCHEME,
          LanguageMap.of("en", "Membership verification", "it", "Verifica dell'iscrizione"));

  /** Evidence type: continuing professional development, the basis of a renewal. */
  public static final Concept CONTINUING_PROFESSIONAL_DEVELOPMENT =
      Concept.of(
          URI.create("https://w3id.org/sigillo/evidence-type/continuing-professional-development"),
          EVIDENCE_TYPE_SCHEME,
          LanguageMap.of("en", "Continuing professional development", "it", "Aggiornamento professionale continuo"));

  /** Evidence type: a certification decision by an accredited body under ISO/IEC 17024. */
  public static final Concept THIRD_PARTY_CERTIFICATION =
      Concept.of(
          URI.create("https://w3id.org/sigillo/evidence-type/third-party-certification"),
          EVIDENCE_TYPE_SCHEME,
          LanguageMap.of("en", "Third-party certification (ISO/IEC 17024)",
              "it", "Certificazione di parte terza (ISO/IEC 17024)"));

  /**
   * The legal basis of a professional quality attestation: Italian Law No. 4 of 14 January 2013,
   * Article 7, by its URN in the Italian legislation register (NIR).
   */
  public static final Concept LAW_4_2013_ARTICLE_7 =
      Concept.of(
          URI.create("urn:nir:stato:legge:2013-01-14;4~art7"),
          null,
          LanguageMap.of("it", "Legge 14 gennaio 2013, n. 4, art. 7",
              "en", "Italian Law No. 4 of 14 January 2013, Article 7"));

  private Vocabulary() {}
}
