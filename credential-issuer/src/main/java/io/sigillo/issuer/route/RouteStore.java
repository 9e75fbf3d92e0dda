package io.sigillo.issuer.route;

import io.sigillo.credential.CredentialFormatException;
import io.sigillo.credential.CredentialJson;
import io.sigillo.credential.EdcCredential;
import io.sigillo.issuer.internal.route.RouteSql;
import io.sigillo.issuer.internal.status.StatusSql;
import io.sigillo.issuer.internal.status.Transactions;
import io.sigillo.issuer.status.ConnectionSource;
import io.sigillo.issuer.status.JdbcStatusStore;
import io.sigillo.issuer.status.StatusChange;
import io.sigillo.issuer.status.StatusStoreException;
import io.sigillo.status.BitstringStatusList;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The record of the issuing route: every application, every step with who and when, and the
 * document of every credential issued through the route, in the same database as the status
 * store ({@link #statusStore()}), so that registering a credential and recording how it was
 * decided happen in one transaction. Runs on PostgreSQL and on an embedded H2 file, like
 * {@link JdbcStatusStore}; {@link Builder#build()} creates or upgrades the schema (tables
 * {@code sigillo_application}, {@code sigillo_route_step}, {@code sigillo_issued_document}).
 *
 * <p>The store keeps the unsigned document of each credential (compressed), so that an issuance
 * interrupted after registration can be completed with exactly the same credential, a renewal
 * can build on its predecessor, and an auditor can read what was issued. It keeps no dossier
 * document: only their identifiers and digests.
 *
 * <p>This class reads; {@link CertificationRoute} and batch issuance write. Thread-safe.
 */
public final class RouteStore {
  private final ConnectionSource source;
  private final Clock clock;
  private final JdbcStatusStore status;
  private final StatusSql statusSql;

  private RouteStore(Builder b, JdbcStatusStore status) {
    this.source = b.source;
    this.clock = b.clock;
    this.status = status;
    int length = Math.max(BitstringStatusList.MINIMUM_ENTRIES, (b.capacity + 7) / 8 * 8);
    this.statusSql = new StatusSql(b.capacity, length);
  }

  /**
   * Starts a builder.
   *
   * @return a builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * The status store on the same database: revoke, suspend and reinstate there, and give the
   * issuer a {@code StatusListConfig} over it.
   *
   * @return the status store
   */
  public JdbcStatusStore statusStore() {
    return status;
  }

  /**
   * Reads an application.
   *
   * @param applicationId the id
   * @return the application, if it exists
   * @throws RouteException {@code STORE_UNAVAILABLE}
   */
  public Optional<Application> application(String applicationId) throws RouteException {
    Objects.requireNonNull(applicationId, "applicationId");
    return transaction("reading application " + applicationId,
        c -> RouteSql.find(c, applicationId, false).map(RouteSql.Stored::application));
  }

  /**
   * Reads the application of an HR key.
   *
   * @param key the key
   * @return the application, if one was opened for the key
   * @throws RouteException {@code STORE_UNAVAILABLE}
   */
  public Optional<Application> application(HrKey key) throws RouteException {
    Objects.requireNonNull(key, "key");
    return transaction("reading the application of " + key,
        c -> Optional.ofNullable(RouteSql.findByKeys(c, List.of(key)).get(key)).map(RouteSql.Stored::application));
  }

  /**
   * An application's steps.
   *
   * @param applicationId the application
   * @return oldest first; empty if unknown
   * @throws RouteException {@code STORE_UNAVAILABLE}
   */
  public List<RouteStep> steps(String applicationId) throws RouteException {
    Objects.requireNonNull(applicationId, "applicationId");
    return transaction("reading the steps of " + applicationId, c -> RouteSql.steps(c, applicationId));
  }

  /**
   * The document of a credential issued through the route, exactly as it was sealed.
   *
   * @param credentialId the credential
   * @return the credential, if it was issued through the route
   * @throws RouteException {@code STORE_UNAVAILABLE}
   */
  public Optional<EdcCredential> credential(URI credentialId) throws RouteException {
    Objects.requireNonNull(credentialId, "credentialId");
    Optional<RouteSql.Document> d = transaction("reading credential " + credentialId,
        c -> RouteSql.document(c, credentialId, false));
    return d.map(RouteStore::read);
  }

  /**
   * The applications whose credential is prepared but whose delivery was never confirmed (an
   * interrupted issuance); {@link CertificationRoute#resume(String, String)} completes them.
   *
   * @return their ids, oldest first
   * @throws RouteException {@code STORE_UNAVAILABLE}
   */
  public List<String> pendingApplications() throws RouteException {
    return transaction("listing pending applications", RouteSql::issuing);
  }

  /**
   * A credential's audit trail: the steps of its application, its status history and its renewal
   * links.
   *
   * @param credentialId the credential
   * @return the trail
   * @throws RouteException {@code UNKNOWN_CREDENTIAL} if it was not issued through the route, or
   *     {@code STORE_UNAVAILABLE}
   */
  public AuditTrail audit(URI credentialId) throws RouteException {
    Objects.requireNonNull(credentialId, "credentialId");
    AuditTrail trail = transaction("reading the audit trail of " + credentialId, c -> {
      Optional<RouteSql.Document> doc = RouteSql.document(c, credentialId, false);
      if (doc.isEmpty()) {
        return null;
      }
      Application app = RouteSql.find(c, doc.get().applicationId(), false).orElseThrow().application();
      return new AuditTrail(credentialId, app, RouteSql.steps(c, app.id()), List.of(),
          doc.get().replaces(), doc.get().supersededBy());
    });
    if (trail == null) {
      throw new RouteException(RouteException.Reason.UNKNOWN_CREDENTIAL, null,
          "no credential " + credentialId + " was issued through the route", null);
    }
    List<StatusChange> history;
    try {
      history = status.history(credentialId);
    } catch (StatusStoreException e) {
      throw new RouteException(RouteException.Reason.STORE_UNAVAILABLE, null, e.getMessage(), e);
    }
    return new AuditTrail(credentialId, trail.application(), trail.steps(), history, trail.replaces(),
        trail.supersededBy());
  }

  StatusSql statusSql() {
    return statusSql;
  }

  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  static EdcCredential read(RouteSql.Document d) {
    try {
      return CredentialJson.read(d.document());
    } catch (CredentialFormatException e) {
      throw new IllegalStateException("the stored document of " + d.credentialId() + " cannot be read: "
          + e.getMessage(), e);
    }
  }

  /** Work in one transaction that may refuse with a {@link RouteException}. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException, RouteException;
  }

  /** Carries a refusal out of a transaction, which is rolled back. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refusal(RouteException e) {
      super(e.getMessage(), e, false, false);
    }
  }

  /**
   * Runs work in one transaction, retrying transient conflicts; a {@link RouteException} thrown by
   * the work rolls it back and is rethrown.
   */
  <T> T transaction(String what, Work<T> work) throws RouteException {
    try {
      return Transactions.run(source, what, c -> {
        try {
          return work.run(c);
        } catch (RouteException e) {
          throw new Refusal(e);
        }
      });
    } catch (Refusal r) {
      throw (RouteException) r.getCause();
    } catch (StatusStoreException e) {
      throw new RouteException(RouteException.Reason.STORE_UNAVAILABLE, null, e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "RouteStore[" + source + "]";
  }

  /** Builds a {@link RouteStore}; connections are required. */
  public static final class Builder {
    private ConnectionSource source;
    private Clock clock = Clock.systemUTC();
    private int capacity = JdbcStatusStore.DEFAULT_CAPACITY;
    private final JdbcStatusStore.Builder status = JdbcStatusStore.newBuilder();

    private Builder() {}

    /**
     * Sets where connections come from (pooled, see {@code PooledConnections}).
     *
     * @param source the connection source
     * @return this builder
     */
    public Builder connections(ConnectionSource source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Sets the clock for the times recorded; {@link Clock#systemUTC()} by default.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the status lists' capacity, as {@link JdbcStatusStore.Builder#listCapacity(int)}.
     *
     * @param capacity 1 to 16,777,216
     * @return this builder
     */
    public Builder listCapacity(int capacity) {
      status.listCapacity(capacity);
      this.capacity = capacity;
      return this;
    }

    /**
     * Creates or upgrades the schema and builds the store and its status store.
     *
     * @return the store
     * @throws RouteException {@code STORE_UNAVAILABLE}, also for a schema newer than this library
     */
    public RouteStore build() throws RouteException {
      Objects.requireNonNull(source, "connections");
      try {
        return new RouteStore(this, status.connections(source).clock(clock).build());
      } catch (StatusStoreException e) {
        throw new RouteException(RouteException.Reason.STORE_UNAVAILABLE, null,
            "cannot open the route store: " + e.reason() + " " + e.getMessage(), e);
      }
    }
  }
}
