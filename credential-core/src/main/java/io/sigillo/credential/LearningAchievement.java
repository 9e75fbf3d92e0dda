package io.sigillo.credential;

import java.net.URI;
import java.util.Objects;

/**
 * The claim a credential makes about its holder: the holder achieved a qualification, awarded by
 * an awarding process (European Learning Model {@code LearningAchievement}, the value of
 * {@code credentialSubject.hasClaim}). Immutable.
 *
 * @param id identifier of the achievement
 * @param title the achievement's title
 * @param specifiedBy the qualification achieved
 * @param awardedBy how and when it was awarded
 */
public record LearningAchievement(
    URI id, LanguageMap title, Qualification specifiedBy, AwardingProcess awardedBy) {
  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if a component is missing or malformed
   */
  public LearningAchievement {
    Checks.requireAbsolute(id, "achievement id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(specifiedBy, "specifiedBy");
    Objects.requireNonNull(awardedBy, "awardedBy");
  }
}
