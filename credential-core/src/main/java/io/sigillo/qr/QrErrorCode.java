package io.sigillo.qr;

/**
 * Why a QR image or a QR payload was refused. Names are stable between releases; the verifier
 * reports each as a reason code of the same name prefixed {@code QR_} (or {@code LINK_}).
 */
public enum QrErrorCode {
  /** The image is neither a PNG nor a JPEG, or cannot be decoded. */
  IMAGE_INVALID,
  /** The image file or its pixel count exceeds {@link QrLimits}. */
  IMAGE_TOO_LARGE,
  /** No QR code could be read from the image. */
  NOT_FOUND,
  /** QR codes were read from the image, but none carries a Sigillo payload. */
  NOT_SIGILLO,
  /** The payload bytes are not valid UTF-8. */
  TEXT_NOT_UTF8,
  /** The payload text or the container exceeds {@link QrLimits}. */
  PAYLOAD_TOO_LARGE,
  /** The text starts like a Sigillo payload but its prefix does not follow the grammar. */
  UNKNOWN_PREFIX,
  /** The format or dictionary version in the prefix is not one this library knows. */
  UNSUPPORTED_VERSION,
  /** The payload is not well formed: Base45, container structure, compressed stream or header. */
  PAYLOAD_MALFORMED,
  /** The payload ends before its structure is complete. */
  PAYLOAD_TRUNCATED,
  /** The compressed credential expands beyond {@link QrLimits#maxInflatedBytes()}. */
  DECOMPRESSION_LIMIT,
  /** The verification link does not follow the link grammar (https, parameters, digest). */
  LINK_INVALID
}
