package io.sigillo.credential;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The validity window of a credential: {@code validFrom} to {@code validUntil}, at most three
 * calendar years long. Immutable.
 *
 * <h2>The three-year rule</h2>
 *
 * <p>{@code validUntil} is {@code validFrom} plus three calendar years, computed on the UTC
 * calendar: same month, day and time of day. A credential valid from 29 February is valid until
 * 28 February three years later (the year of expiry has no 29 February), never 1 March: the window
 * is rounded down so that it is never longer than three years. A window whose end is later than
 * {@link #maximumEnd(Instant)} is refused.
 *
 * @param validFrom start, inclusive
 * @param validUntil end, inclusive
 */
public record ValidityPeriod(Instant validFrom, Instant validUntil) {
  /** The longest window a credential of this library may have, in calendar years. */
  public static final int MAXIMUM_YEARS = 3;

  /**
   * Validates the window.
   *
   * @throws IllegalArgumentException if the end precedes the start or the window exceeds three
   *     years
   */
  public ValidityPeriod {
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validUntil, "validUntil");
    validFrom = Timestamps.truncate(validFrom);
    validUntil = Timestamps.truncate(validUntil);
    if (validUntil.isBefore(validFrom)) {
      throw new IllegalArgumentException("validUntil " + validUntil + " precedes validFrom " + validFrom);
    }
    if (validUntil.isAfter(maximumEnd(validFrom))) {
      throw new IllegalArgumentException(
          "validity window " + validFrom + " to " + validUntil + " is longer than "
              + MAXIMUM_YEARS + " years");
    }
  }

  /**
   * The full three-year window starting at an instant.
   *
   * @param validFrom the start
   * @return the window ending at {@link #maximumEnd(Instant)}
   */
  public static ValidityPeriod threeYearsFrom(Instant validFrom) {
    Instant from = Timestamps.truncate(validFrom);
    return new ValidityPeriod(from, maximumEnd(from));
  }

  /**
   * A window of a whole number of calendar years (1 to 3), computed like {@link
   * #threeYearsFrom(Instant)}.
   *
   * @param validFrom the start
   * @param years 1, 2 or 3
   * @return the window
   */
  public static ValidityPeriod yearsFrom(Instant validFrom, int years) {
    if (years < 1 || years > MAXIMUM_YEARS) {
      throw new IllegalArgumentException("validity must be 1 to " + MAXIMUM_YEARS + " years, not " + years);
    }
    Instant from = Timestamps.truncate(validFrom);
    return new ValidityPeriod(from, from.atOffset(ZoneOffset.UTC).plusYears(years).toInstant());
  }

  /**
   * The latest permitted {@code validUntil} for a start: three calendar years later on the UTC
   * calendar, 29 February mapping to 28 February.
   *
   * @param validFrom the start
   * @return the latest permitted end
   */
  public static Instant maximumEnd(Instant validFrom) {
    return validFrom.atOffset(ZoneOffset.UTC).plusYears(MAXIMUM_YEARS).toInstant();
  }

  /**
   * Whether a window is within the three-year maximum.
   *
   * @param validFrom start
   * @param validUntil end
   * @return true if {@code validUntil} is not after {@link #maximumEnd(Instant)}
   */
  public static boolean isWithinMaximum(Instant validFrom, Instant validUntil) {
    return !validUntil.isAfter(maximumEnd(validFrom));
  }

  /**
   * Whether an instant lies in the window (both ends inclusive).
   *
   * @param instant the instant
   * @return true if inside
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(validFrom) && !instant.isAfter(validUntil);
  }
}
