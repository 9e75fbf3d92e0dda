package io.sigillo.verifier;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The result of one check: outcome, machine-readable reason, a sentence for people and the
 * evidence used (for example the seal certificate's subject or the instant the window was checked
 * against). Immutable.
 *
 * @param check which check
 * @param outcome its outcome
 * @param reason why
 * @param message a sentence for people
 * @param evidence what the check looked at, as ordered name-value pairs
 */
public record CheckResult(
    CheckId check, Outcome outcome, ReasonCode reason, String message, Map<String, String> evidence) {
  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if a PASSED result carries a reason other than OK
   */
  public CheckResult {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    if (outcome == Outcome.PASSED && reason != ReasonCode.OK) {
      throw new IllegalArgumentException("a passed check has reason OK");
    }
    if (outcome != Outcome.PASSED && reason == ReasonCode.OK) {
      throw new IllegalArgumentException("reason OK is only for passed checks");
    }
  }

  /**
   * Whether the check passed.
   *
   * @return true if PASSED
   */
  public boolean passed() {
    return outcome == Outcome.PASSED;
  }
}
