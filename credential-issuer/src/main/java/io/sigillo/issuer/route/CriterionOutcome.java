package io.sigillo.issuer.route;

import java.util.regex.Pattern;

/**
 * The technical committee's finding on one UNI 11621-8 criterion of the profile: one of the
 * profile's competences, by its catalogue key. Immutable.
 *
 * @param criterion the competence key, for example {@code technical-4}
 * @param met whether the dossier (and interview) showed the competence
 */
public record CriterionOutcome(String criterion, boolean met) {
  private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  /**
   * Validates the key.
   *
   * @throws IllegalArgumentException if it is not a catalogue key
   */
  public CriterionOutcome {
    Checks.matches(criterion, KEY, "criterion");
  }
}
