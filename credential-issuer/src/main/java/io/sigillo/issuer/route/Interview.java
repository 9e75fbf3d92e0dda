package io.sigillo.issuer.route;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The optional interview of the holder by the assessors. Immutable.
 *
 * @param heldOn the date
 * @param passed its outcome; a failed interview refuses the application
 * @param interviewers 1 to 20 distinct interviewers (store only)
 */
public record Interview(LocalDate heldOn, boolean passed, List<String> interviewers) {
  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if an interviewer is blank or repeats
   */
  public Interview {
    Objects.requireNonNull(heldOn, "heldOn");
    interviewers = Checks.names(interviewers, "interviewers", 1, 20);
  }
}
