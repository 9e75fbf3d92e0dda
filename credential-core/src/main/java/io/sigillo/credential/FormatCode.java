package io.sigillo.credential;

/**
 * Why a credential document is not well-formed. Stable, machine-readable codes reported by
 * {@link CredentialJson}, {@link Vcdm2Rules} and the JSON-LD checks.
 */
public enum FormatCode {
  /** The bytes are not acceptable JSON (see the message for the {@code JsonErrorCode}). */
  MALFORMED_JSON,
  /** {@code @context} is missing, empty, or not a list of context URLs and objects. */
  CONTEXT_INVALID,
  /** The first {@code @context} entry is not {@code https://www.w3.org/ns/credentials/v2}. */
  CONTEXT_BASE_NOT_FIRST,
  /** A context is not one of the pinned contexts the reader knows; nothing is fetched. */
  CONTEXT_UNKNOWN,
  /** The contexts are not those of the expected credential profile. */
  CONTEXT_NOT_PROFILE,
  /** {@code type} is missing or malformed. */
  TYPE_INVALID,
  /** A required type (for example {@code VerifiableCredential}) is absent. */
  TYPE_MISSING,
  /** {@code id} is present but not a single URL. */
  ID_INVALID,
  /** {@code issuer} is missing. */
  ISSUER_MISSING,
  /** {@code issuer} is not a URL or an object whose {@code id} is a URL. */
  ISSUER_INVALID,
  /** {@code credentialSubject} is missing. */
  SUBJECT_MISSING,
  /** {@code credentialSubject} is malformed or makes no claim. */
  SUBJECT_INVALID,
  /** A date-time is not an XML Schema {@code dateTimeStamp}. */
  DATE_INVALID,
  /** {@code validUntil} precedes {@code validFrom}. */
  VALIDITY_ORDER,
  /** The validity window is longer than the profile allows (three years). */
  VALIDITY_TOO_LONG,
  /** A property the profile requires is missing. */
  PROPERTY_MISSING,
  /** A property has the wrong JSON type or an invalid value. */
  PROPERTY_INVALID,
  /** A property is not part of the credential profile. */
  PROPERTY_UNKNOWN,
  /** {@code credentialStatus} is malformed. */
  STATUS_INVALID,
  /** {@code credentialSchema} is malformed. */
  SCHEMA_INVALID,
  /** {@code evidence} is malformed. */
  EVIDENCE_INVALID,
  /** {@code proof} is malformed. */
  PROOF_INVALID,
  /** {@code refreshService} is malformed. */
  REFRESH_INVALID,
  /** {@code termsOfUse} is malformed. */
  TERMS_OF_USE_INVALID,
  /** A {@code name} or {@code description} value object is malformed. */
  LANGUAGE_VALUE_INVALID,
  /** The qualification is not a profile of the catalogue, or lists competences it does not have. */
  PROFILE_UNKNOWN,
  /** JSON-LD expansion failed. */
  JSONLD_EXPANSION_FAILED,
  /** A context redefines a protected term. */
  JSONLD_PROTECTED_TERM_REDEFINED,
  /** A property or type is not defined by any context, so expansion would drop or mangle it. */
  JSONLD_UNDEFINED_TERM,
  /** A property or type expands to something that is not an absolute IRI. */
  JSONLD_INVALID_IRI
}
