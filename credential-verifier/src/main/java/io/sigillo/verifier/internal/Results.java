package io.sigillo.verifier.internal;

import io.sigillo.verifier.CheckId;
import io.sigillo.verifier.CheckResult;
import io.sigillo.verifier.Outcome;
import io.sigillo.verifier.ReasonCode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small factory for check results with ordered evidence. */
public final class Results {
  private final CheckId check;
  private final Map<String, String> evidence = new LinkedHashMap<>();

  private Results(CheckId check) {
    this.check = check;
  }

  /**
   * Starts a result for a check.
   *
   * @param check the check
   * @return a result builder
   */
  public static Results of(CheckId check) {
    return new Results(check);
  }

  /**
   * Adds evidence; null values are skipped.
   *
   * @param name the evidence name
   * @param value its value
   * @return this
   */
  public Results with(String name, Object value) {
    if (value != null) {
      evidence.put(name, String.valueOf(value));
    }
    return this;
  }

  /**
   * A passed result.
   *
   * @param message a sentence
   * @return the result
   */
  public CheckResult passed(String message) {
    return new CheckResult(check, Outcome.PASSED, ReasonCode.OK, message, evidence);
  }

  /**
   * A failed result.
   *
   * @param reason the reason
   * @param message a sentence
   * @return the result
   */
  public CheckResult failed(ReasonCode reason, String message) {
    return new CheckResult(check, Outcome.FAILED, reason, message, evidence);
  }

  /**
   * An indeterminate result.
   *
   * @param reason the reason
   * @param message a sentence
   * @return the result
   */
  public CheckResult indeterminate(ReasonCode reason, String message) {
    return new CheckResult(check, Outcome.INDETERMINATE, reason, message, evidence);
  }

  /**
   * A result with an explicit outcome.
   *
   * @param outcome the outcome
   * @param reason the reason
   * @param message a sentence
   * @return the result
   */
  public CheckResult result(Outcome outcome, ReasonCode reason, String message) {
    return new CheckResult(check, outcome, reason, message, evidence);
  }

  /**
   * A check that could not run because an earlier step produced nothing to check.
   *
   * @param check the check
   * @param why what was missing
   * @return an INDETERMINATE result
   */
  public static CheckResult prerequisiteFailed(CheckId check, String why) {
    return new CheckResult(check, Outcome.INDETERMINATE, ReasonCode.PREREQUISITE_FAILED, why, Map.of());
  }
}
