package io.sigillo.credential;

import java.net.URI;

/**
 * A schema the credential conforms to ({@code credentialSchema}), for example the European
 * Commission's EDC SHACL shapes. Immutable.
 *
 * @param id the schema's URL
 * @param type the schema type, such as {@code ShaclValidator2017} or {@code JsonSchema}
 */
public record CredentialSchemaRef(URI id, String type) {
  /** The EDC generic SHACL shapes, as referenced by the Commission's own credentials. */
  public static final CredentialSchemaRef EDC_GENERIC_FULL =
      new CredentialSchemaRef(Vocabulary.EDC_GENERIC_FULL_SHAPES, "ShaclValidator2017");

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if a component is malformed
   */
  public CredentialSchemaRef {
    Checks.requireAbsolute(id, "credentialSchema id");
    Checks.requireText(type, "credentialSchema type");
  }
}
