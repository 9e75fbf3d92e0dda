/**
 * W3C Bitstring Status List v1.0: revocation and suspension of credentials.
 *
 * <p>{@link io.sigillo.status.BitstringStatusList} is the bitstring and its {@code encodedList}
 * codec (bounded decoding with the W3C error codes of {@link io.sigillo.status.StatusErrorCode});
 * {@link io.sigillo.status.BitstringStatusListEntry} is a credential's {@code credentialStatus}
 * entry; {@link io.sigillo.status.BitstringStatusListCredential} is the credential an issuer
 * publishes for each list. The issuer's store and publisher live in {@code io.sigillo.issuer.status};
 * the STATUS check and the list resolvers in {@code io.sigillo.verifier}.
 *
 * <p>Specification: W3C Bitstring Status List v1.0.
 */
package io.sigillo.status;
