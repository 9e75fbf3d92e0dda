package io.sigillo.verifier;

/**
 * Machine-readable reasons in a verification report. Names are stable between releases; each
 * constant says which check reports it.
 */
public enum ReasonCode {
  /** Any check: no problem found. */
  OK,
  /** Any check: not run because an earlier step yielded nothing to check. */
  PREREQUISITE_FAILED,

  /** FORMAT: the input is larger than the policy allows. */
  INPUT_TOO_LARGE,
  /** FORMAT: the input is neither a JAdES JSON seal nor a compact JWS. */
  UNRECOGNISED_INPUT,
  /** FORMAT: JSON syntax, encoding, duplicate members or trailing data. */
  MALFORMED_JSON,
  /** FORMAT: the JWS structure is broken (parts, base64url, members). */
  MALFORMED_JWS,
  /** FORMAT: the credential breaks the VC 2.0 data model or the credential profile. */
  CREDENTIAL_INVALID,
  /** FORMAT: the credential's contexts are not accepted by the policy. */
  FORMAT_NOT_ACCEPTED,
  /** FORMAT: JSON-LD expansion found undefined terms, unknown contexts or redefinitions. */
  JSONLD_INVALID,

  /** FORMAT: the input looks like a PNG or JPEG image but cannot be decoded. */
  QR_IMAGE_INVALID,
  /** FORMAT: the image file or its pixel count exceeds the policy's QR limits. */
  QR_IMAGE_TOO_LARGE,
  /** FORMAT: no QR code could be read from the image. */
  QR_NOT_FOUND,
  /** FORMAT: the image holds QR codes, but none with a Sigillo payload. */
  QR_NOT_SIGILLO,
  /** FORMAT: the QR text is not valid UTF-8. */
  QR_TEXT_NOT_UTF8,
  /** FORMAT: the QR text or its container exceeds the policy's QR limits. */
  QR_PAYLOAD_TOO_LARGE,
  /** FORMAT: the QR text starts like a Sigillo payload but its prefix breaks the grammar. */
  QR_UNKNOWN_PREFIX,
  /** FORMAT: the QR payload's format or dictionary version is unknown to this verifier. */
  QR_UNSUPPORTED_VERSION,
  /** FORMAT: the QR payload is malformed (Base45, container, compressed stream or header). */
  QR_PAYLOAD_MALFORMED,
  /** FORMAT: the QR payload ends before its structure is complete. */
  QR_PAYLOAD_TRUNCATED,
  /** FORMAT: the QR payload decompresses beyond the limit (a decompression bomb). */
  QR_DECOMPRESSION_LIMIT,
  /** FORMAT: the verification link does not follow the link grammar. */
  LINK_INVALID,
  /** FORMAT (indeterminate): the policy does not allow fetching linked credentials. */
  LINK_FETCH_DISABLED,
  /** FORMAT (indeterminate): the link's host is not on the policy's allow-list. */
  LINK_HOST_NOT_ALLOWED,
  /** FORMAT (indeterminate): the linked credential could not be fetched (network, status, size, time). */
  LINK_FETCH_FAILED,
  /** FORMAT: the fetched credential's signed bytes do not have the digest printed in the link. */
  LINK_DIGEST_MISMATCH,
  /** FORMAT: the fetched credential's id is not the one printed in the link. */
  LINK_ID_MISMATCH,

  /** SEAL: the document carries no seal at all. */
  UNSECURED_CREDENTIAL,
  /** SEAL: {@code alg} is not on the verifier's allow-list ({@code none} and HMAC never are). */
  ALGORITHM_NOT_ALLOWED,
  /** SEAL: the protected header is not a well-formed JSON object of the expected shape. */
  HEADER_INVALID,
  /** SEAL: the header embeds or points to a key ({@code jwk}, {@code jku}, {@code x5u}) or uses {@code x5t}. */
  HEADER_FORBIDDEN_PARAMETER,
  /** SEAL: {@code crit} is malformed or lists a parameter the verifier does not understand. */
  CRIT_INVALID,
  /** SEAL: the {@code b64} parameter is misused. */
  PAYLOAD_ENCODING_INVALID,
  /** SEAL: {@code typ} does not match the securing form. */
  TYPE_INVALID,
  /** SEAL: claimed signing time missing, malformed, or both {@code iat} and {@code sigT}. */
  SIGNING_TIME_INVALID,
  /**
   * SEAL: no {@code x5c} certificate chain, and for the QR form no seal certificate of the policy
   * has the header's {@code x5t#S256}.
   */
  CERTIFICATE_MISSING,
  /** SEAL: an {@code x5c} entry is not a DER X.509 certificate. */
  CERTIFICATE_MALFORMED,
  /** SEAL: {@code x5t#S256} or {@code kid} does not identify the {@code x5c} seal certificate. */
  CERTIFICATE_REFERENCE_MISMATCH,
  /**
   * SEAL: the certificate's key does not fit the algorithm (type, curve, RSA below 2048 bits);
   * SEAL, PROOF: a proof's key does not fit its cryptosuite.
   */
  KEY_NOT_SUITABLE,
  /** SEAL: the signature does not verify over the signed bytes; SEAL, PROOF: a proof's signature does not verify. */
  SIGNATURE_INVALID,
  /** SEAL: more than one signature; Sigillo verifies single-signature seals. */
  MULTIPLE_SIGNATURES,

  /** TRUST: the policy has no trust anchors. */
  NO_TRUST_ANCHORS,
  /** TRUST: the chain does not lead to a trust anchor (ETSI NO_CERTIFICATE_CHAIN_FOUND). */
  CHAIN_NOT_TRUSTED,
  /** TRUST: a certificate of the chain is invalid (bad signature, not a CA, constraints). */
  CHAIN_INVALID,
  /** TRUST: a certificate was not yet valid at the claimed signing time. */
  CERTIFICATE_NOT_YET_VALID,
  /** TRUST: a certificate had expired at the claimed signing time. */
  CERTIFICATE_EXPIRED,
  /** TRUST: the seal certificate has expired since; without a time-stamp there is no proof of the signing time (ETSI OUT_OF_BOUNDS_NO_POE). */
  CERTIFICATE_EXPIRED_NO_POE,
  /** TRUST: the claimed signing time is later than the verifier's clock plus the allowed skew. */
  SIGNING_TIME_IN_FUTURE,
  /** TRUST: key usage allows neither digitalSignature nor nonRepudiation. */
  KEY_USAGE_INVALID,
  /** TRUST: the certificate lacks QcCompliance or QcType eseal. */
  QC_ESEAL_MISSING,
  /** TRUST: a configured CRL lists the certificate as revoked. */
  CERTIFICATE_REVOKED,
  /** TRUST: CRLs are configured but none covers a certificate of the chain. */
  REVOCATION_UNKNOWN,

  /** ISSUER_BINDING: the credential's issuer has no eIDAS legal identifier. */
  ISSUER_IDENTIFIER_MISSING,
  /** ISSUER_BINDING: the seal certificate has no organizationIdentifier. */
  CERTIFICATE_IDENTIFIER_MISSING,
  /** ISSUER_BINDING: the two identifiers differ. */
  ISSUER_MISMATCH,

  /** VALIDITY: {@code validFrom} is in the future. */
  NOT_YET_VALID,
  /** VALIDITY: {@code validUntil} has passed. */
  EXPIRED,
  /** VALIDITY: the window is longer than three years. */
  VALIDITY_TOO_LONG,
  /** VALIDITY: the credential has no end of validity. */
  VALIDITY_OPEN_ENDED,
  /** VALIDITY: validity dates missing or malformed. */
  VALIDITY_INVALID,

  /** STATUS: the credential has no {@code credentialStatus}. */
  NO_STATUS_ENTRY,
  /** STATUS: the revocation list has the credential's bit set: revoked for good. */
  REVOKED,
  /** STATUS: the suspension list has the credential's bit set: suspended until reinstated. */
  SUSPENDED,
  /**
   * STATUS (W3C {@code STATUS_RETRIEVAL_ERROR}): the status list credential could not be
   * retrieved: no resolver configured, host not allowed, network error, timeout, too large.
   */
  STATUS_RETRIEVAL_ERROR,
  /**
   * STATUS (W3C {@code STATUS_VERIFICATION_ERROR}): the status list credential did not verify:
   * seal, trust, issuer, validity window or purpose.
   */
  STATUS_VERIFICATION_ERROR,
  /** STATUS (W3C {@code STATUS_LIST_LENGTH_ERROR}): the list is shorter than 131,072 entries or too long. */
  STATUS_LIST_LENGTH_ERROR,
  /** STATUS (W3C {@code MALFORMED_VALUE_ERROR}): the list credential or an entry is malformed. */
  MALFORMED_VALUE_ERROR,
  /** STATUS (W3C {@code RANGE_ERROR}): the entry's index lies outside the list. */
  RANGE_ERROR,

  /** SEAL, PROOF: a Data Integrity proof is malformed. */
  PROOF_MALFORMED,
  /** SEAL, PROOF: the proof's cryptosuite is unknown or not on the verifier's allow-list. */
  CRYPTOSUITE_NOT_ALLOWED,
  /** SEAL, PROOF: the verification method is not a {@code did:key} whose key decodes (nothing is fetched). */
  VERIFICATION_METHOD_UNRESOLVED,
  /** SEAL, PROOF: the proof purpose is not {@code assertionMethod}. */
  PROOF_PURPOSE_INVALID,
  /** SEAL, PROOF: the proof's {@code created} is in the future or its {@code expires} has passed. */
  PROOF_TIME_INVALID,
  /** SEAL, PROOF: the credential cannot be canonicalized (unknown context, undefined term, relative IRI). */
  CANONICALIZATION_FAILED,
  /** TRUST, PROOF: the proof's key is not that of the seal certificate nor of a known, trusted seal certificate of the issuer. */
  SEAL_CERTIFICATE_UNKNOWN,
  /** PROOF: the credential carries no Data Integrity proof. */
  NO_PROOF
}
