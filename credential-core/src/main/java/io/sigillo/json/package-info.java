/**
 * Strict, bounded JSON parsing shared by the issuer and the verifier.
 *
 * <p>{@link io.sigillo.json.StrictJson} accepts RFC 8259 JSON in UTF-8 only, refuses duplicate
 * member names and trailing data, and bounds size, depth and value lengths. Every refusal is a
 * {@link io.sigillo.json.StrictJsonException} carrying a {@link io.sigillo.json.JsonErrorCode}.
 *
 * <pre>{@code
 * ObjectNode credential = StrictJson.standard().parseObject(bytes);
 * }</pre>
 */
package io.sigillo.json;
