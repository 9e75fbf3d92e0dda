package io.sigillo.issuer.route;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What makes batch issuance idempotent: the HR system's id of the person, the profile and the
 * certification cycle. At most one application (and so one credential) exists per key. Immutable.
 *
 * @param hrId the person's id in the HR system: 1 to 64 characters {@code [A-Za-z0-9._-]}
 * @param profile the profile code
 * @param cycle the certification cycle, for example {@code 2026}: 1 to 32 characters
 *     {@code [A-Za-z0-9._-]}
 */
public record HrKey(String hrId, String profile, String cycle) {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Pattern CYCLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if a value is malformed
   */
  public HrKey {
    Checks.matches(hrId, ID, "HR id");
    Objects.requireNonNull(profile, "profile");
    Checks.matches(cycle, CYCLE, "cycle");
  }

  @Override
  public String toString() {
    return hrId + "/" + profile + "/" + cycle;
  }
}
