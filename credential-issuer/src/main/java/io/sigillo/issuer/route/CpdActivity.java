package io.sigillo.issuer.route;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One continuing professional development activity offered for a renewal. Immutable.
 *
 * @param title what the activity was, for example a course or a conference (1 to 200 characters)
 * @param completedOn when it was completed
 * @param hours its hours, more than 0 and at most 200, at most two decimals
 */
public record CpdActivity(String title, LocalDate completedOn, BigDecimal hours) {
  private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(200);

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if the title is blank or the hours are out of range
   */
  public CpdActivity {
    Checks.text(title, "CPD activity title", 200);
    Objects.requireNonNull(completedOn, "completedOn");
    Objects.requireNonNull(hours, "hours");
    if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0 || hours.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("CPD hours must be more than 0 and at most 200, with at most two decimals: "
          + hours.toPlainString());
    }
  }
}
