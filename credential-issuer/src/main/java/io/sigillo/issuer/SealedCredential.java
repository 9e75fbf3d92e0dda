package io.sigillo.issuer;

import io.sigillo.credential.CredentialJson;
import io.sigillo.credential.EdcCredential;
import io.sigillo.seal.SecuringForm;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * A credential and its sealed forms. Immutable.
 *
 * <p>Both forms carry the same payload bytes ({@link #document()}): the JAdES form as the
 * unencoded payload string, the {@code vc+jwt} form base64url-encoded.
 */
public final class SealedCredential {
  private final EdcCredential credential;
  private final byte[] document;
  private final String jades;
  private final String vcJwt;
  private final Instant signingTime;

  /**
   * Assembles a sealed credential.
   *
   * @param credential the credential
   * @param document the exact payload bytes that were sealed
   * @param jades the JAdES JSON serialization
   * @param vcJwt the compact {@code vc+jwt}
   * @param signingTime the claimed signing time in both headers
   */
  public SealedCredential(EdcCredential credential, byte[] document, String jades, String vcJwt,
      Instant signingTime) {
    this.credential = Objects.requireNonNull(credential, "credential");
    this.document = document.clone();
    this.jades = Objects.requireNonNull(jades, "jades");
    this.vcJwt = Objects.requireNonNull(vcJwt, "vcJwt");
    this.signingTime = Objects.requireNonNull(signingTime, "signingTime");
  }

  /**
   * The credential.
   *
   * @return the model
   */
  public EdcCredential credential() {
    return credential;
  }

  /**
   * The unsecured JSON-LD document: the exact payload bytes both seals sign.
   *
   * @return a copy of the compact UTF-8 JSON
   */
  public byte[] document() {
    return document.clone();
  }

  /**
   * The JSON-LD document indented for people (not signed; for display and {@code .jsonld} files).
   *
   * @return the text
   */
  public String jsonLd() {
    return CredentialJson.toPrettyString(credential);
  }

  /**
   * The JAdES baseline-B seal: JWS JSON serialization, unencoded payload.
   *
   * @return the JSON text
   */
  public String jades() {
    return jades;
  }

  /**
   * The compact {@code vc+jwt}.
   *
   * @return the JWS
   */
  public String vcJwt() {
    return vcJwt;
  }

  /**
   * The credential secured by its Data Integrity proof alone: the document with its
   * {@code proof}, which is also the payload of both seals.
   *
   * @return the compact JSON text, empty if the credential has no Data Integrity proof
   */
  public java.util.Optional<String> dataIntegrity() {
    return credential.proofs().isEmpty() ? java.util.Optional.empty()
        : java.util.Optional.of(new String(document, StandardCharsets.UTF_8));
  }

  /**
   * One secured form.
   *
   * @param form which form
   * @return its text
   * @throws IllegalStateException for {@link SecuringForm#DATA_INTEGRITY} when the credential has
   *     no Data Integrity proof
   */
  public String form(SecuringForm form) {
    switch (form) {
      case JADES:
        return jades;
      case VC_JWT:
        return vcJwt;
      case DATA_INTEGRITY:
        return dataIntegrity().orElseThrow(() -> new IllegalStateException(
            "the credential has no Data Integrity proof; issue it with Issuer.Builder.dataIntegrityProofs()"));
      default:
        throw new IllegalArgumentException("unknown securing form " + form);
    }
  }

  /**
   * One sealed form as UTF-8 bytes.
   *
   * @param form which form
   * @return the bytes
   */
  public byte[] formBytes(SecuringForm form) {
    return form(form).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The claimed signing time ({@code iat}) of both seals.
   *
   * @return the instant, whole seconds
   */
  public Instant signingTime() {
    return signingTime;
  }

  @Override
  public String toString() {
    return "SealedCredential[" + credential.id() + "]";
  }
}
