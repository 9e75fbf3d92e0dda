package io.sigillo.issuer.route;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One document of a competency dossier, referenced by its identifier in the association's
 * document system and the SHA-256 digest of its bytes. The document itself never enters the
 * credential or the store. Immutable.
 *
 * @param kind which part of the dossier
 * @param documentId the document's identifier: 1 to 128 characters {@code [A-Za-z0-9._:/-]},
 *     starting with a letter or digit
 * @param sha256 the SHA-256 digest of the document, 64 hexadecimal digits (stored in lower case)
 */
public record DossierDocument(DocumentKind kind, String documentId, String sha256) {
  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if the id or the digest is malformed
   */
  public DossierDocument {
    Objects.requireNonNull(kind, "kind");
    Checks.matches(documentId, Checks.REFERENCE, "document id");
    Objects.requireNonNull(sha256, "sha256");
    sha256 = sha256.toLowerCase(Locale.ROOT);
    if (!HEX64.matcher(sha256).matches()) {
      throw new IllegalArgumentException("the SHA-256 digest of document " + documentId
          + " must be 64 hexadecimal digits");
    }
  }
}
