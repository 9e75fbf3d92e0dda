package io.sigillo.issuer.route;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Objects;

/**
 * What a renewal needs: enough hours of continuing professional development completed during the
 * previous credential's validity, and a renewal date in the window around its expiry. Immutable.
 *
 * @param minimumHours the hours required, more than 0
 * @param openBeforeExpiry how long before the previous credential's {@code validUntil} renewal opens
 * @param graceAfterExpiry how long after it renewal stays possible
 */
public record CpdRequirement(BigDecimal minimumHours, Period openBeforeExpiry, Period graceAfterExpiry) {
  /** 60 hours over the three years, renewal from 3 months before expiry to 1 month after. */
  public static final CpdRequirement DEFAULT = new CpdRequirement(BigDecimal.valueOf(60), Period.ofMonths(3),
      Period.ofMonths(1));

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if the hours are not positive or a period is negative
   */
  public CpdRequirement {
    Objects.requireNonNull(minimumHours, "minimumHours");
    Objects.requireNonNull(openBeforeExpiry, "openBeforeExpiry");
    Objects.requireNonNull(graceAfterExpiry, "graceAfterExpiry");
    if (minimumHours.signum() <= 0) {
      throw new IllegalArgumentException("the CPD requirement must be more than 0 hours");
    }
    if (openBeforeExpiry.isNegative() || graceAfterExpiry.isNegative()) {
      throw new IllegalArgumentException("the renewal window periods must not be negative");
    }
  }
}
