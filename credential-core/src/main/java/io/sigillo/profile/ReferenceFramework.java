package io.sigillo.profile;

import java.net.URI;
import java.util.Objects;

/**
 * A framework the profile's work refers to, such as the NIST AI RMF. Immutable.
 *
 * @param name the framework's name
 * @param url where it is published
 */
public record ReferenceFramework(String name, URI url) {
  /**
   * Validates the components.
   *
   * @throws NullPointerException if a component is null
   */
  public ReferenceFramework {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
  }
}
