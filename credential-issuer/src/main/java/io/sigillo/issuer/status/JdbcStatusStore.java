package io.sigillo.issuer.status;

import io.sigillo.issuer.internal.status.Migrations;
import io.sigillo.issuer.internal.status.StatusSql;
import io.sigillo.issuer.internal.status.Transactions;
import io.sigillo.status.BitstringStatusList;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link StatusStore} on a relational database: PostgreSQL in production (one database
 * shared by any number of issuer instances), or an embedded H2 file that needs no server
 * ({@link #h2FileUrl(Path)}).
 *
 * <pre>{@code
 * StatusStore store = JdbcStatusStore.newBuilder()
 *     .connections(ConnectionSource.url("jdbc:postgresql://db/sigillo", "sigillo", password))
 *     .build();                        // creates or upgrades the schema
 * store.revoke(credentialId, "registrar@aipia", "certificate withdrawn by the committee");
 * }</pre>
 *
 * <h2>Schema</h2>
 *
 * <p>{@link Builder#build()} creates the tables on first use and applies newer versioned
 * migrations (recorded in {@code sigillo_schema_version}); a database whose schema is newer than
 * this library is refused. Tables: {@code sigillo_status_list}, {@code sigillo_list_head},
 * {@code sigillo_credential}, {@code sigillo_status_event}.
 *
 * <h2>Consistency</h2>
 *
 * <p>Every operation is one READ COMMITTED transaction. Allocation locks the purpose's list head
 * row ({@code SELECT ... FOR UPDATE}); a state change locks the credential's row; every update
 * also checks the row's version, and every history entry has a per-credential sequence number
 * that is unique, so a lost update cannot be committed. Transient conflicts (deadlock,
 * serialization failure, lock timeout) are retried. A process that dies mid-operation leaves its
 * transaction uncommitted: the database rolls it back.
 *
 * <h2>Indices</h2>
 *
 * <p>A list hands out its indices in the order of a keyed pseudo-random permutation (a Feistel
 * network keyed by a random secret per list): random, never repeated, and constant cost. When a
 * list has handed out its {@linkplain Builder#listCapacity(int) capacity} the next allocation
 * opens a new list. A list's bitstring has at least 131,072 entries whatever its capacity.
 *
 * <p>Thread-safe.
 */
public final class JdbcStatusStore implements StatusStore {
  /** The default capacity: 131,072 indices per list, the W3C minimum list length. */
  public static final int DEFAULT_CAPACITY = BitstringStatusList.MINIMUM_ENTRIES;

  private final ConnectionSource source;
  private final Clock clock;
  private final StatusSql sql;

  private JdbcStatusStore(Builder b) {
    this.source = b.source;
    this.clock = b.clock;
    int length = Math.max(BitstringStatusList.MINIMUM_ENTRIES, (b.capacity + 7) / 8 * 8);
    this.sql = new StatusSql(b.capacity, length);
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
   * The JDBC URL of an embedded H2 database file that several processes on one machine may share
   * (H2's automatic mixed mode) with a 10-second lock timeout, and {@code WRITE_DELAY=0}: every
   * commit is written to the file before it returns, so a process that is killed keeps what it
   * committed (with H2's default 500 ms delay, a killed process loses its last commits, and a
   * batch that delivered credentials would issue them again under new ids).
   *
   * @param file the database file, without the {@code .mv.db} suffix
   * @return the URL
   */
  public static String h2FileUrl(Path file) {
    return "jdbc:h2:file:" + file.toAbsolutePath().normalize() + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000;WRITE_DELAY=0";
  }

  @Override
  public CredentialRecord register(CredentialRegistration registration, String actor) throws StatusStoreException {
    Objects.requireNonNull(registration, "registration");
    String who = actor(actor);
    return Transactions.run(source, "registering " + registration.credentialId(),
        c -> sql.register(c, registration, who, now()));
  }

  @Override
  public CredentialRecord revoke(URI credentialId, String actor, String reason) throws StatusStoreException {
    return change(credentialId, StatusChange.Action.REVOKE, actor, reason);
  }

  @Override
  public CredentialRecord suspend(URI credentialId, String actor, String reason) throws StatusStoreException {
    return change(credentialId, StatusChange.Action.SUSPEND, actor, reason);
  }

  @Override
  public CredentialRecord reinstate(URI credentialId, String actor, String reason) throws StatusStoreException {
    return change(credentialId, StatusChange.Action.REINSTATE, actor, reason);
  }

  @Override
  public Optional<CredentialRecord> find(URI credentialId) throws StatusStoreException {
    Objects.requireNonNull(credentialId, "credentialId");
    return Transactions.run(source, "reading " + credentialId, c -> sql.find(c, credentialId, false));
  }

  @Override
  public List<StatusChange> history(URI credentialId) throws StatusStoreException {
    Objects.requireNonNull(credentialId, "credentialId");
    return Transactions.run(source, "reading the history of " + credentialId, c -> sql.history(c, credentialId));
  }

  @Override
  public List<StatusListInfo> lists() throws StatusStoreException {
    return Transactions.run(source, "listing status lists", sql::lists);
  }

  @Override
  public BitstringStatusList snapshot(String listId) throws StatusStoreException {
    Objects.requireNonNull(listId, "listId");
    return Transactions.run(source, "reading status list " + listId, c -> sql.snapshot(c, listId));
  }

  private CredentialRecord change(URI id, StatusChange.Action action, String actor, String reason)
      throws StatusStoreException {
    Objects.requireNonNull(id, "credentialId");
    String who = actor(actor);
    String why = reason == null ? "" : reason;
    if (why.length() > 1000) {
      throw new IllegalArgumentException("reason longer than 1000 characters");
    }
    return Transactions.run(source, action.name().toLowerCase(java.util.Locale.ROOT) + " " + id,
        c -> sql.transition(c, id, action, who, why, now()));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static String actor(String actor) {
    Objects.requireNonNull(actor, "actor");
    if (actor.isBlank() || actor.length() > 200) {
      throw new IllegalArgumentException("actor must be 1 to 200 characters");
    }
    return actor;
  }

  @Override
  public String toString() {
    return "JdbcStatusStore[" + source + "]";
  }

  /** Builds a {@link JdbcStatusStore}; connections are required. */
  public static final class Builder {
    private ConnectionSource source;
    private Clock clock = Clock.systemUTC();
    private int capacity = DEFAULT_CAPACITY;

    private Builder() {}

    /**
     * Sets where connections come from.
     *
     * @param source the connection source
     * @return this builder
     */
    public Builder connections(ConnectionSource source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Sets the clock for issuance and change times; {@link Clock#systemUTC()} by default.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets how many indices a new list hands out before the store rolls over to a new list;
     * {@link #DEFAULT_CAPACITY} by default. A smaller capacity weakens herd privacy (fewer
     * credentials share a list) but keeps each list's bitstring at 131,072 entries.
     *
     * @param capacity 1 to 16,777,216
     * @return this builder
     */
    public Builder listCapacity(int capacity) {
      if (capacity < 1 || capacity > 1 << 24) {
        throw new IllegalArgumentException("list capacity must be between 1 and 16777216: " + capacity);
      }
      this.capacity = capacity;
      return this;
    }

    /**
     * Creates or upgrades the schema and builds the store.
     *
     * @return the store
     * @throws StatusStoreException {@code SCHEMA_TOO_NEW} or {@code STORE_UNAVAILABLE}
     */
    public JdbcStatusStore build() throws StatusStoreException {
      Objects.requireNonNull(source, "connections");
      Migrations.migrate(source, clock);
      return new JdbcStatusStore(this);
    }
  }
}
