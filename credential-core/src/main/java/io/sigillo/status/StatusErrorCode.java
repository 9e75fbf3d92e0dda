package io.sigillo.status;

/**
 * The error codes of W3C Bitstring Status List v1.0 (section "Processing Errors"); each has an
 * RFC 9457 problem {@code type} URL.
 */
public enum StatusErrorCode {
  /** The status list credential could not be retrieved. */
  STATUS_RETRIEVAL_ERROR,
  /** The status list credential did not verify (proof, issuer, validity window or purpose). */
  STATUS_VERIFICATION_ERROR,
  /** The status list is shorter than the minimum length, or longer than the reader allows. */
  STATUS_LIST_LENGTH_ERROR,
  /** A value (encoded list, index, size, message) is malformed. */
  MALFORMED_VALUE_ERROR,
  /** The status index lies outside the list. */
  RANGE_ERROR;

  private static final String BASE = "https://www.w3.org/ns/credentials/status-list#";

  /**
   * The RFC 9457 problem type.
   *
   * @return for example {@code https://www.w3.org/ns/credentials/status-list#RANGE_ERROR}
   */
  public String typeUri() {
    return BASE + name();
  }
}
