package io.sigillo.credential;

import java.time.Instant;
import java.util.Objects;

/**
 * How and when the achievement was awarded (European Learning Model {@code AwardingProcess}).
 * Immutable.
 *
 * @param awardingBody the body that decided the award
 * @param awardingDate when the award was decided
 */
public record AwardingProcess(Organisation awardingBody, Instant awardingDate) {
  /**
   * Validates the components.
   *
   * @throws NullPointerException if a component is null
   */
  public AwardingProcess {
    Objects.requireNonNull(awardingBody, "awardingBody");
    Objects.requireNonNull(awardingDate, "awardingDate");
    awardingDate = Timestamps.truncate(awardingDate);
  }
}
