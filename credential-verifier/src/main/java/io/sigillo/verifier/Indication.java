package io.sigillo.verifier;

/** The overall verdict of a report, in the vocabulary of ETSI EN 319 102-1. */
public enum Indication {
  /** Every required check passed. */
  TOTAL_PASSED,
  /** A check failed (required or not): the credential must be rejected. */
  TOTAL_FAILED,
  /** No required check failed, but at least one could not conclude: the credential is not valid. */
  INDETERMINATE
}
