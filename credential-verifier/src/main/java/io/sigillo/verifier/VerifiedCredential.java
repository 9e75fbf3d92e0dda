package io.sigillo.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillo.credential.EdcCredential;
import io.sigillo.seal.SecuringForm;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;

/**
 * A credential whose verification reached {@link Indication#TOTAL_PASSED}. Only a
 * {@link Verifier} can create one; obtain it from {@link VerificationReport#verifiedCredential()}.
 * Immutable.
 */
public final class VerifiedCredential {
  private final JsonNode document;
  private final EdcCredential credential;
  private final SecuringForm form;
  private final X509Certificate sealCertificate;
  private final String organizationIdentifier;
  private final Instant signingTime;

  VerifiedCredential(JsonNode document, EdcCredential credential, SecuringForm form,
      X509Certificate sealCertificate, String organizationIdentifier, Instant signingTime) {
    // The verifier hands over the tree it parsed for this call and keeps no reference to it, so
    // it is not copied again here; document() still returns copies.
    this.document = document;
    this.credential = credential;
    this.form = form;
    this.sealCertificate = sealCertificate;
    this.organizationIdentifier = organizationIdentifier;
    this.signingTime = signingTime;
  }

  /**
   * The verified credential document.
   *
   * @return a copy of the JSON tree
   */
  public JsonNode document() {
    return document.deepCopy();
  }

  /**
   * The typed credential, for documents of the Sigillo EDC profile.
   *
   * @return the credential, empty for legacy formats
   */
  public Optional<EdcCredential> credential() {
    return Optional.ofNullable(credential);
  }

  /**
   * How the credential was sealed.
   *
   * @return the securing form
   */
  public SecuringForm securingForm() {
    return form;
  }

  /**
   * The seal certificate.
   *
   * @return the certificate that verified the seal
   */
  public X509Certificate sealCertificate() {
    return sealCertificate;
  }

  /**
   * The issuer's eIDAS legal identifier, as bound to the seal certificate.
   *
   * @return for example {@code VATIT-12345678901}
   */
  public String organizationIdentifier() {
    return organizationIdentifier;
  }

  /**
   * The claimed signing time from the seal's header.
   *
   * @return the instant, if the header has one
   */
  public Optional<Instant> signingTime() {
    return Optional.ofNullable(signingTime);
  }
}
