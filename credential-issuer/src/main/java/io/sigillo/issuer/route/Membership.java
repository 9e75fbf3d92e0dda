package io.sigillo.issuer.route;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The holder's membership of the issuing association, as its member register shows it: the
 * first step of every route. Immutable.
 *
 * @param memberNumber the number in the association's register: 1 to 64 letters, digits or
 *     {@code ./_-}
 * @param memberSince since when the holder is a member
 * @param active whether the membership is active (fees paid, not excluded)
 * @param paidUntil the last day of the current membership period, if the register gives one;
 *     required for a professional quality attestation, whose validity is the membership period
 */
public record Membership(String memberNumber, LocalDate memberSince, boolean active, LocalDate paidUntil) {
  private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./_-]{0,63}");

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if the number is malformed or the period ends before it starts
   */
  public Membership {
    Checks.matches(memberNumber, NUMBER, "member number");
    Objects.requireNonNull(memberSince, "memberSince");
    if (paidUntil != null && paidUntil.isBefore(memberSince)) {
      throw new IllegalArgumentException("the membership period ends (" + paidUntil + ") before it starts ("
          + memberSince + ")");
    }
  }

  /**
   * The end of the current membership period.
   *
   * @return the last day, if known
   */
  public Optional<LocalDate> currentPeriodEnd() {
    return Optional.ofNullable(paidUntil);
  }
}
