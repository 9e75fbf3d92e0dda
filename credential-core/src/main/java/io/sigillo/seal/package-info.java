/**
 * The seal formats shared by issuer and verifier: algorithms, securing forms and header names.
 *
 * <p>A credential is sealed in two forms: {@link io.sigillo.seal.SecuringForm#JADES} (JAdES
 * baseline B, JWS JSON serialization, unencoded payload, as European Digital Credentials are
 * sealed) and {@link io.sigillo.seal.SecuringForm#VC_JWT} (compact JWS per W3C VC-JOSE-COSE). Both
 * carry the seal certificate chain in {@code x5c}. A third form,
 * {@link io.sigillo.seal.SecuringForm#JADES_QR}, references the seal certificate by its SHA-256
 * thumbprint instead, for the offline QR verification code ({@code io.sigillo.qr}).
 *
 * <p>Specifications: RFC 7515, RFC 7518, RFC 7797, ETSI TS 119 182-1, W3C VC-JOSE-COSE.
 */
package io.sigillo.seal;
