package io.sigillo.issuer;

import io.sigillo.credential.CredentialJson;
import io.sigillo.credential.EdcCredential;
import io.sigillo.seal.SecuringForm;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A credential and its sealed forms. Immutable.
 *
 * <p>Every form carries the same payload bytes ({@link #document()}): the JAdES forms as the
 * unencoded payload string, the {@code vc+jwt} form base64url-encoded. The QR form
 * ({@link #jadesQr()}) exists only when the issuer was asked for it.
 */
public final class SealedCredential {
  private final EdcCredential credential;
  private final byte[] document;
  private final String jades;
  private final String vcJwt;
  private final String jadesQr;
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
    this(credential, document, jades, vcJwt, null, signingTime);
  }

  /**
   * Assembles a sealed credential that also has the QR form.
   *
   * @param credential the credential
   * @param document the exact payload bytes that were sealed
   * @param jades the JAdES JSON serialization
   * @param vcJwt the compact {@code vc+jwt}
   * @param jadesQr the JAdES JSON serialization without {@code x5c}, or null
   * @param signingTime the claimed signing time in every header
   */
  public SealedCredential(EdcCredential credential, byte[] document, String jades, String vcJwt,
      String jadesQr, Instant signingTime) {
    this.credential = Objects.requireNonNull(credential, "credential");
    this.document = document.clone();
    this.jades = Objects.requireNonNull(jades, "jades");
    this.vcJwt = Objects.requireNonNull(vcJwt, "vcJwt");
    this.jadesQr = jadesQr;
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
   * The JAdES seal for QR codes ({@link SecuringForm#JADES_QR}): the seal certificate referenced
   * by {@code kid} and {@code x5t#S256}, not embedded. Made only by an issuer built with
   * {@code qrSeal(true)}.
   *
   * @return the JSON text, empty if the issuer did not make it
   */
  public Optional<String> jadesQr() {
    return Optional.ofNullable(jadesQr);
  }

  /**
   * The credential secured by its Data Integrity proof alone: the document with its
   * {@code proof}, which is also the payload of both seals.
   *
   * @return the compact JSON text, empty if the credential has no Data Integrity proof
   */
  public Optional<String> dataIntegrity() {
    return credential.proofs().isEmpty() ? Optional.empty()
        : Optional.of(new String(document, StandardCharsets.UTF_8));
  }

  /**
   * One sealed form.
   *
   * @param form which form
   * @return its text
   * @throws IllegalStateException if the form is {@link SecuringForm#JADES_QR} and the issuer did
   *     not make it, or {@link SecuringForm#DATA_INTEGRITY} and the credential has no Data
   *     Integrity proof
   */
  public String form(SecuringForm form) {
    switch (form) {
      case JADES:
        return jades;
      case VC_JWT:
        return vcJwt;
      case JADES_QR:
        if (jadesQr == null) {
          throw new IllegalStateException("this credential was not sealed for QR codes; build the issuer with qrSeal(true)");
        }
        return jadesQr;
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
   * @throws IllegalStateException if the form is {@link SecuringForm#JADES_QR} and the issuer did
   *     not make it, or {@link SecuringForm#DATA_INTEGRITY} and the credential has no Data
   *     Integrity proof
   */
  public byte[] formBytes(SecuringForm form) {
    return form(form).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The claimed signing time ({@code iat}) of every seal.
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
