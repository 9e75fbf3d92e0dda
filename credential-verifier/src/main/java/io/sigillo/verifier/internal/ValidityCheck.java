package io.sigillo.verifier.internal;

import io.sigillo.credential.Timestamps;
import io.sigillo.credential.ValidityPeriod;
import io.sigillo.verifier.CheckId;
import io.sigillo.verifier.CheckResult;
import io.sigillo.verifier.ReasonCode;
import java.time.Duration;
import java.time.Instant;

/**
 * The VALIDITY check: {@code validFrom <= now <= validUntil} within the clock skew, and a window
 * of at most three years (see {@link ValidityPeriod} for the 29 February rule).
 */
public final class ValidityCheck {
  private ValidityCheck() {}

  /**
   * Runs the check.
   *
   * @param facts the credential facts
   * @param now the validation time
   * @param skew the tolerated clock skew
   * @param allowOpenEnded whether a missing end of validity is acceptable
   * @return the result
   */
  public static CheckResult run(CredentialFacts facts, Instant now, Duration skew, boolean allowOpenEnded) {
    Results r = Results.of(CheckId.VALIDITY)
        .with("validFrom", facts.validFrom() == null ? null : Timestamps.format(facts.validFrom()))
        .with("validUntil", facts.validUntil() == null ? null : Timestamps.format(facts.validUntil()))
        .with("checkedAt", now)
        .with("clockSkew", skew);
    if (facts.validityProblem() != null) {
      return r.failed(ReasonCode.VALIDITY_INVALID, facts.validityProblem());
    }
    if (facts.validFrom() == null) {
      return r.failed(ReasonCode.VALIDITY_INVALID, "the credential has no validFrom");
    }
    if (facts.validUntil() != null) {
      if (facts.validUntil().isBefore(facts.validFrom())) {
        return r.failed(ReasonCode.VALIDITY_INVALID, "validUntil precedes validFrom");
      }
      if (!ValidityPeriod.isWithinMaximum(facts.validFrom(), facts.validUntil())) {
        return r.failed(ReasonCode.VALIDITY_TOO_LONG, "the validity window is longer than "
            + ValidityPeriod.MAXIMUM_YEARS + " years (latest permitted end "
            + Timestamps.format(ValidityPeriod.maximumEnd(facts.validFrom())) + ")");
      }
    } else if (!allowOpenEnded) {
      return r.failed(ReasonCode.VALIDITY_OPEN_ENDED, "the credential has no validUntil; at most "
          + ValidityPeriod.MAXIMUM_YEARS + " years of validity are accepted");
    }
    if (now.plus(skew).isBefore(facts.validFrom())) {
      return r.failed(ReasonCode.NOT_YET_VALID, "the credential is valid from " + Timestamps.format(facts.validFrom()));
    }
    if (facts.validUntil() != null && now.minus(skew).isAfter(facts.validUntil())) {
      return r.failed(ReasonCode.EXPIRED, "the credential expired on " + Timestamps.format(facts.validUntil()));
    }
    return r.passed(facts.validUntil() == null ? "valid since " + Timestamps.format(facts.validFrom())
        : "valid from " + Timestamps.format(facts.validFrom()) + " to " + Timestamps.format(facts.validUntil()));
  }
}
