package io.sigillo.verifier;

/** How the verified credential was obtained; shown in the report as {@code source}. */
public enum CredentialSource {
  /** The sealed credential itself was given (file, text or bytes). */
  FILE,
  /** An offline QR payload ({@code SGL...}), as text or read from a QR image. */
  QR_OFFLINE,
  /** A QR verification link; the credential was fetched from the issuer. */
  QR_LINK,
  /** A QR image from which no Sigillo payload could be read. */
  QR_UNRECOGNISED
}
