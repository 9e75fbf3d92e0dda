package io.sigillo.seal;

/** The ways a credential can be sealed. */
public enum SecuringForm {
  /**
   * JAdES baseline B (ETSI TS 119 182-1): an enveloping JWS in JSON serialization with the
   * credential as unencoded payload ({@code b64: false}), as European Digital Credentials are
   * sealed. File suffix {@code .jades.json}.
   */
  JADES("application/jose+json", ".jades.json"),
  /**
   * A compact JWS whose payload is the credential, per W3C VC-JOSE-COSE ({@code typ: vc+jwt}).
   * File suffix {@code .jwt}.
   */
  VC_JWT("application/vc+jwt", ".jwt"),
  /**
   * The credential document itself, secured by an embedded W3C Data Integrity proof
   * ({@code ecdsa-rdfc-2019} or {@code eddsa-rdfc-2022}) instead of a JOSE envelope, per W3C VC
   * Data Integrity. File suffix {@code .di.json}.
   */
  DATA_INTEGRITY("application/vc", ".di.json");

  private final String mediaType;
  private final String fileSuffix;

  SecuringForm(String mediaType, String fileSuffix) {
    this.mediaType = mediaType;
    this.fileSuffix = fileSuffix;
  }

  /**
   * The media type of the sealed form.
   *
   * @return the media type
   */
  public String mediaType() {
    return mediaType;
  }

  /**
   * The conventional file name suffix.
   *
   * @return the suffix, with its leading dot
   */
  public String fileSuffix() {
    return fileSuffix;
  }
}
