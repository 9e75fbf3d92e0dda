package io.sigillo.issuer;

import io.sigillo.seal.SecuringForm;
import io.sigillo.status.BitstringStatusListCredential;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * A published status list: the {@link BitstringStatusListCredential} and its two sealed forms,
 * made with the same seal as the issuer's credentials. Immutable.
 */
public final class SealedStatusList {
  /** The media type of the compact form. */
  public static final String VC_JWT_MEDIA_TYPE = "application/vc+jwt";
  /** The media type of the JAdES (JWS JSON serialization) form. */
  public static final String JADES_MEDIA_TYPE = "application/jose+json";

  private final String listId;
  private final BitstringStatusListCredential credential;
  private final byte[] document;
  private final String jades;
  private final String vcJwt;
  private final Instant signingTime;

  /**
   * Assembles a sealed status list.
   *
   * @param listId the store's list id
   * @param credential the list credential
   * @param document the exact payload bytes both seals sign
   * @param jades the JAdES JSON serialization
   * @param vcJwt the compact {@code vc+jwt}
   * @param signingTime the claimed signing time
   */
  public SealedStatusList(String listId, BitstringStatusListCredential credential, byte[] document, String jades,
      String vcJwt, Instant signingTime) {
    this.listId = Objects.requireNonNull(listId, "listId");
    this.credential = Objects.requireNonNull(credential, "credential");
    this.document = document.clone();
    this.jades = Objects.requireNonNull(jades, "jades");
    this.vcJwt = Objects.requireNonNull(vcJwt, "vcJwt");
    this.signingTime = Objects.requireNonNull(signingTime, "signingTime");
  }

  /**
   * The store's list id.
   *
   * @return for example {@code r1}
   */
  public String listId() {
    return listId;
  }

  /**
   * The list credential.
   *
   * @return the model
   */
  public BitstringStatusListCredential credential() {
    return credential;
  }

  /**
   * The unsecured document: the payload both seals sign.
   *
   * @return a copy of the compact UTF-8 JSON
   */
  public byte[] document() {
    return document.clone();
  }

  /**
   * The JAdES seal.
   *
   * @return the JWS JSON serialization
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
   * One sealed form.
   *
   * @param form which form
   * @return its text
   */
  public String form(SecuringForm form) {
    return form == SecuringForm.JADES ? jades : vcJwt;
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
   * The HTTP media type of a form.
   *
   * @param form which form
   * @return {@value #JADES_MEDIA_TYPE} or {@value #VC_JWT_MEDIA_TYPE}
   */
  public static String mediaType(SecuringForm form) {
    return form == SecuringForm.JADES ? JADES_MEDIA_TYPE : VC_JWT_MEDIA_TYPE;
  }

  /**
   * The claimed signing time of both seals.
   *
   * @return the instant
   */
  public Instant signingTime() {
    return signingTime;
  }

  @Override
  public String toString() {
    return "SealedStatusList[" + listId + ", " + credential.id() + "]";
  }
}
