package io.sigillo.verifier;

/** The result of one check. */
public enum Outcome {
  /** The check ran and found no problem. */
  PASSED,
  /** The check ran and found the credential invalid. */
  FAILED,
  /** The check could not reach a conclusion (missing data, untrusted chain, unreachable list). */
  INDETERMINATE,
  /** The check was not run. */
  NOT_CHECKED
}
