package io.sigillo.credential;

import java.net.URI;
import java.util.Objects;

/**
 * A statement of how the award was decided, for example that the competency dossier was assessed
 * by the technical committee (European Learning Model {@code Evidence}). Immutable.
 *
 * <p>Evidence records how the decision was made, not the documents themselves: the dossier never
 * enters the credential.
 *
 * @param id identifier of this evidence node
 * @param type what kind of evidence, for example {@link Vocabulary#DOSSIER_ASSESSMENT}
 * @param statement a sentence describing the evidence
 */
public record Evidence(URI id, Concept type, String statement) {
  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if a component is malformed
   */
  public Evidence {
    Checks.requireAbsolute(id, "evidence id");
    Objects.requireNonNull(type, "type");
    Checks.requireText(statement, "statement");
  }
}
