package io.sigillo.profile;

import io.sigillo.credential.LanguageMap;
import java.net.URI;
import java.util.Objects;

/**
 * One competence of a profile; it appears in a credential as a learning outcome. Immutable.
 *
 * @param id the competence's identifier: the profile identifier with the competence key as
 *     fragment
 * @param kind responsibility, technical or cross-functional skill
 * @param text the competence, in one or more languages
 */
public record Competence(URI id, CompetenceKind kind, LanguageMap text) {
  /**
   * Validates the components.
   *
   * @throws NullPointerException if a component is null
   */
  public Competence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
