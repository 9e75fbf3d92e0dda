package io.sigillo.json;

/**
 * Why a JSON text was refused by {@link StrictJson}.
 *
 * <p>Each constant is a stable, machine-readable reason; its name never changes between releases.
 */
public enum JsonErrorCode {
  /** The input was empty or only whitespace. */
  EMPTY,
  /** The input is not valid UTF-8, or starts with a byte order mark. */
  NOT_UTF8,
  /** The input is not well-formed JSON (RFC 8259). */
  MALFORMED,
  /** An object holds the same member name twice. */
  DUPLICATE_KEY,
  /** Data follows the first complete JSON value. */
  TRAILING_DATA,
  /** The input is larger than {@link JsonLimits#maxBytes()}. */
  TOO_LARGE,
  /** Objects and arrays nest deeper than {@link JsonLimits#maxDepth()}. */
  TOO_DEEP,
  /** A string, member name or number is longer than the configured limit. */
  VALUE_TOO_LONG,
  /** The top-level value is not the expected JSON type (for example not an object). */
  UNEXPECTED_TYPE
}
