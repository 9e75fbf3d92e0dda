package io.sigillo.profile;

import io.sigillo.credential.LanguageMap;
import java.net.URI;
import java.util.Objects;

/**
 * A pointer from one profile to a related one, which may or may not be in the same catalogue.
 * Immutable.
 *
 * @param id the related profile's identifier
 * @param title its title
 */
public record ProfileReference(URI id, LanguageMap title) {
  /**
   * Validates the components.
   *
   * @throws NullPointerException if a component is null
   */
  public ProfileReference {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
  }
}
