package io.sigillo.issuer.status;

import io.sigillo.status.BitstringStatusList;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The issuer's record of every credential it issued and of every status change, and the source
 * of the status lists it publishes.
 *
 * <p>Every operation is atomic: it happens completely or not at all, also when several threads or
 * processes share one database, and also when the process dies half-way. A refused operation
 * ({@link StatusStoreException}) changes nothing.
 *
 * <p>Each registered credential gets one index in the current revocation list and one in the
 * current suspension list. Indices are drawn at random, are never handed out twice, and a list
 * that has handed out its capacity rolls over to a new one.
 *
 * <p>Implementations are thread-safe. {@link JdbcStatusStore} is the implementation for
 * PostgreSQL and H2.
 */
public interface StatusStore {
  /**
   * Records a newly issued credential and allocates its status indices.
   *
   * @param registration what to record
   * @param actor who issues it
   * @return the record, state {@link CredentialState#ACTIVE}, with one slot per purpose
   * @throws StatusStoreException {@code DUPLICATE_CREDENTIAL} if the id is registered already, or
   *     {@code STORE_UNAVAILABLE}
   */
  CredentialRecord register(CredentialRegistration registration, String actor) throws StatusStoreException;

  /**
   * Revokes a credential, for good.
   *
   * @param credentialId the credential
   * @param actor who revokes it
   * @param reason why
   * @return the updated record
   * @throws StatusStoreException {@code UNKNOWN_CREDENTIAL}, {@code ALREADY_REVOKED} or
   *     {@code STORE_UNAVAILABLE}; nothing is changed
   */
  CredentialRecord revoke(URI credentialId, String actor, String reason) throws StatusStoreException;

  /**
   * Suspends an active credential.
   *
   * @param credentialId the credential
   * @param actor who suspends it
   * @param reason why
   * @return the updated record
   * @throws StatusStoreException {@code UNKNOWN_CREDENTIAL}, {@code ALREADY_SUSPENDED},
   *     {@code ALREADY_REVOKED} or {@code STORE_UNAVAILABLE}; nothing is changed
   */
  CredentialRecord suspend(URI credentialId, String actor, String reason) throws StatusStoreException;

  /**
   * Reinstates a suspended credential.
   *
   * @param credentialId the credential
   * @param actor who reinstates it
   * @param reason why
   * @return the updated record
   * @throws StatusStoreException {@code UNKNOWN_CREDENTIAL}, {@code NOT_SUSPENDED},
   *     {@code ALREADY_REVOKED} or {@code STORE_UNAVAILABLE}; nothing is changed
   */
  CredentialRecord reinstate(URI credentialId, String actor, String reason) throws StatusStoreException;

  /**
   * Looks a credential up.
   *
   * @param credentialId the credential
   * @return its record, if registered
   * @throws StatusStoreException {@code STORE_UNAVAILABLE}
   */
  Optional<CredentialRecord> find(URI credentialId) throws StatusStoreException;

  /**
   * A credential's history, oldest first: issuance, then every state change.
   *
   * @param credentialId the credential
   * @return the history; empty if unknown
   * @throws StatusStoreException {@code STORE_UNAVAILABLE}
   */
  List<StatusChange> history(URI credentialId) throws StatusStoreException;

  /**
   * Every status list, oldest first.
   *
   * @return the lists
   * @throws StatusStoreException {@code STORE_UNAVAILABLE}
   */
  List<StatusListInfo> lists() throws StatusStoreException;

  /**
   * The current bitstring of a list: a bit is set for every credential of the list whose state
   * is the list's purpose (revoked, or suspended). Read as one consistent snapshot.
   *
   * @param listId the list
   * @return the bitstring, {@link StatusListInfo#length()} entries of one bit
   * @throws StatusStoreException {@code UNKNOWN_LIST} or {@code STORE_UNAVAILABLE}
   */
  BitstringStatusList snapshot(String listId) throws StatusStoreException;
}
