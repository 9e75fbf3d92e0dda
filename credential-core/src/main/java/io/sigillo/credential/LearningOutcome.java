package io.sigillo.credential;

import java.net.URI;
import java.util.Objects;

/**
 * One competence the holder has shown: a responsibility, technical skill or cross-functional
 * skill of the certified profile (European Learning Model {@code LearningOutcome}). Immutable.
 *
 * @param id the competence's identifier in the profile catalogue
 * @param title the competence, in one or more languages
 */
public record LearningOutcome(URI id, LanguageMap title) {
  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if {@code id} is not absolute
   */
  public LearningOutcome {
    Checks.requireAbsolute(id, "learning outcome id");
    Objects.requireNonNull(title, "title");
  }
}
