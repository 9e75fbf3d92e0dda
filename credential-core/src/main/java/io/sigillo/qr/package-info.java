/**
 * The QR verification code: payloads, rendering and reading.
 *
 * <p>Two payloads, both versioned:
 *
 * <ul>
 *   <li>{@link io.sigillo.qr.OfflineQr} ({@code SGL1.1:...}): the whole sealed credential,
 *       compressed with a versioned preset dictionary and Base45-encoded for the QR alphanumeric
 *       mode; verifiable with no network.
 *   <li>{@link io.sigillo.qr.QrLink} ({@code https://...?sgl=L1&id=...&d=...}): the issuer's
 *       verification page, the credential id and the SHA-256 digest of its signed bytes.
 * </ul>
 *
 * <p>{@link io.sigillo.qr.QrCode} renders PNG and SVG; {@link io.sigillo.qr.QrReader} reads PNG
 * and JPEG files or images and picks the Sigillo payload among several codes. Bad input yields a
 * {@link io.sigillo.qr.QrException} with a {@link io.sigillo.qr.QrErrorCode}; every size is bounded
 * by {@link io.sigillo.qr.QrLimits}. Verifying a QR code is the verifier's job
 * ({@code Verifier.verify} accepts the image or the text).
 */
package io.sigillo.qr;
