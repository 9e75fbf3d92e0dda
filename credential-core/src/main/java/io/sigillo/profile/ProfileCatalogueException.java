package io.sigillo.profile;

/** A profile catalogue file could not be read: malformed JSON or an invalid profile. */
public final class ProfileCatalogueException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what is wrong, naming the profile and property
   */
  public ProfileCatalogueException(String message) {
    super(message);
  }
}
