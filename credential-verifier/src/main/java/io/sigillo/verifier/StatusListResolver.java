package io.sigillo.verifier;

import io.sigillo.status.StatusListException;
import java.net.URI;

/**
 * Gets the status list credential a {@code credentialStatus} entry points to. The verifier then
 * checks it like a credential (seal, trust, issuer, validity window) before reading any bit, so a
 * resolver only retrieves bytes; it never decides anything.
 *
 * <p>Two implementations: {@link HttpStatusListResolver} fetches over the network, only from hosts
 * the caller allows; {@link OfflineStatusListResolver} serves list credentials the caller already
 * holds. Without a resolver in the {@link VerificationPolicy}, nothing is fetched and a credential
 * with a status entry is {@link Indication#INDETERMINATE}.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface StatusListResolver {
  /**
   * Retrieves a status list credential.
   *
   * @param url the entry's {@code statusListCredential}
   * @return the sealed list credential as received (JAdES JSON or compact {@code vc+jwt})
   * @throws StatusListException with {@link io.sigillo.status.StatusErrorCode#STATUS_RETRIEVAL_ERROR}
   *     if it cannot be retrieved
   */
  ResolvedStatusList resolve(URI url) throws StatusListException;
}
