package io.sigillo.verifier;

/** The credential document formats a verifier can be told to accept. */
public enum CredentialFormat {
  /**
   * Sigillo's EDC profile: W3C VC 2.0 with the contexts {@code credentials/v2} and
   * {@code https://w3id.org/sigillo/edc/v1}, the properties of {@code EdcCredential}, a profile
   * from the catalogue and at most three years of validity. The default. Covers both kinds of the
   * format: certificates (a {@code LearningAchievement} claim) and professional quality
   * attestations under Article 7 of Italian Law 4/2013 (type
   * {@code ProfessionalQualityAttestation}, a {@code QualityAttestation} claim whose quality
   * standard must be a catalogue profile).
   */
  SIGILLO_EDC,
  /**
   * European Digital Credentials on the VC 1.1 data model with the ELM v3 context, as the
   * European Commission's tools sealed them in 2023. Checked structurally: VC 1.1 context, types
   * {@code VerifiableCredential} and {@code EuropeanDigitalCredential}, issuer with an identifier,
   * a subject, and date-times where dates are given.
   */
  ELM_V3_LEGACY
}
