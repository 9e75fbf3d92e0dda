/**
 * Electronic-seal certificates: reading the parts of an X.509 certificate that bind a seal to a
 * legal person (ETSI EN 319 412-1/-3/-5).
 *
 * <pre>{@code
 * SealCertificate seal = SealCertificate.of(certificate);
 * seal.organizationIdentifier();   // Optional[VATIT-12345678901]
 * seal.isQcTypeEseal();            // true for a seal certificate
 * }</pre>
 */
package io.sigillo.x509;
