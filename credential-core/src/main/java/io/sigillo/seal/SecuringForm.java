package io.sigillo.seal;

/** The ways a credential can be secured: sealed with JOSE, or carrying a Data Integrity proof. */
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
   * JAdES baseline B for QR codes: as {@link #JADES}, but the protected header references the seal
   * certificate by {@code x5t#S256} and {@code kid} instead of carrying it in {@code x5c}, so that
   * the whole sealed credential fits one printable QR code. A verifier resolves the certificate
   * from its own configuration (certificates it knows, for example from a trusted list) and still
   * validates its chain to a trust anchor. File suffix {@code .qr.jades.json}.
   */
  JADES_QR("application/jose+json", ".qr.jades.json"),
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
