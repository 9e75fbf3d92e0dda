package io.sigillo.issuer.internal.status;

import io.sigillo.issuer.status.CredentialRecord;
import io.sigillo.issuer.status.CredentialRegistration;
import io.sigillo.issuer.status.CredentialState;
import io.sigillo.issuer.status.StatusChange;
import io.sigillo.issuer.status.StatusListInfo;
import io.sigillo.issuer.status.StatusSlot;
import io.sigillo.issuer.status.StatusStoreException;
import io.sigillo.issuer.status.StatusStoreException.Reason;
import io.sigillo.status.BitstringStatusList;
import io.sigillo.status.StatusPurpose;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The status store's SQL, portable between PostgreSQL and H2: plain inserts and updates, row locks
 * with {@code SELECT ... FOR UPDATE}, and an optimistic version check on every update so that a
 * lost update is impossible even where a lock was not taken. Each method runs inside a transaction
 * opened by {@link Transactions}.
 */
public final class StatusSql {
  private static final String CREDENTIAL_COLUMNS = "credential_id, holder_ref, profile, valid_from, valid_until,"
      + " issued_at, state, revocation_list, revocation_index, suspension_list, suspension_index, version";

  private final int capacity;
  private final int length;

  /**
   * Creates the SQL for new lists of a given capacity.
   *
   * @param capacity indices a new list hands out before it rolls over
   * @param length entries of a new list's bitstring
   */
  public StatusSql(int capacity, int length) {
    this.capacity = capacity;
    this.length = length;
  }

  /**
   * Registers a credential and allocates one index per purpose.
   *
   * @param c the transaction
   * @param r the registration
   * @param actor who
   * @param now when
   * @return the record
   * @throws SQLException on a database error or race
   * @throws StatusStoreException if the id is registered already
   */
  public CredentialRecord register(Connection c, CredentialRegistration r, String actor, Instant now)
      throws SQLException, StatusStoreException {
    if (find(c, r.credentialId(), false).isPresent()) {
      throw new StatusStoreException(Reason.DUPLICATE_CREDENTIAL,
          "credential " + r.credentialId() + " is registered already", null);
    }
    StatusSlot revocation = allocate(c, StatusPurpose.REVOCATION, now);
    StatusSlot suspension = allocate(c, StatusPurpose.SUSPENSION, now);
    try (PreparedStatement p = c.prepareStatement("INSERT INTO sigillo_credential (" + CREDENTIAL_COLUMNS
        + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      p.setString(1, r.credentialId().toString());
      p.setString(2, r.holderReference());
      p.setString(3, r.profile());
      p.setObject(4, time(r.validFrom()));
      p.setObject(5, time(r.validUntil()));
      p.setObject(6, time(now));
      p.setString(7, CredentialState.ACTIVE.name());
      p.setString(8, revocation.listId());
      p.setInt(9, revocation.index());
      p.setString(10, suspension.listId());
      p.setInt(11, suspension.index());
      p.setInt(12, 1);
      p.setObject(13, time(now));
      p.executeUpdate();
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        throw new Transactions.Conflict("concurrent registration of " + r.credentialId() + ": " + e.getMessage());
      }
      throw e;
    }
    event(c, r.credentialId(), 1, StatusChange.Action.ISSUE, null, CredentialState.ACTIVE, actor, "", now);
    return new CredentialRecord(r, now, CredentialState.ACTIVE, List.of(revocation, suspension), 1);
  }

  private StatusSlot allocate(Connection c, StatusPurpose purpose, Instant now) throws SQLException {
    return allocate(c, purpose, 1, now).get(0);
  }

  /**
   * Allocates indices for several credentials in one go: the purpose's list head is locked once,
   * each list involved is updated once, and a list that fills up rolls over to a new one.
   */
  private List<StatusSlot> allocate(Connection c, StatusPurpose purpose, int count, Instant now) throws SQLException {
    String listId;
    int nextSeq;
    try (PreparedStatement p = c.prepareStatement(
        "SELECT current_list, next_seq FROM sigillo_list_head WHERE purpose = ? FOR UPDATE")) {
      p.setString(1, purpose.value());
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("no list head for purpose " + purpose + "; schema not migrated");
        }
        listId = rs.getString(1);
        nextSeq = rs.getInt(2);
      }
    }
    int allocated = 0;
    int listCapacity = 0;
    String key = null;
    if (listId != null) {
      try (PreparedStatement p = c.prepareStatement(
          "SELECT allocated, capacity, perm_key FROM sigillo_status_list WHERE list_id = ?")) {
        p.setString(1, listId);
        try (ResultSet rs = p.executeQuery()) {
          if (!rs.next()) {
            throw new SQLException("current list " + listId + " is missing");
          }
          allocated = rs.getInt(1);
          listCapacity = rs.getInt(2);
          key = rs.getString(3);
        }
      }
    }
    List<StatusSlot> out = new ArrayList<>(count);
    while (out.size() < count) {
      if (listId == null || allocated >= listCapacity) {
        listId = (purpose == StatusPurpose.REVOCATION ? "r" : "s") + nextSeq;
        key = IndexPermutation.newKey();
        allocated = 0;
        listCapacity = capacity;
        openList(c, purpose, listId, nextSeq, key, now);
        nextSeq++;
      }
      int take = Math.min(count - out.size(), listCapacity - allocated);
      int[] indices = new IndexPermutation(key, listCapacity).permute(allocated, take);
      try (PreparedStatement p = c.prepareStatement(
          "UPDATE sigillo_status_list SET allocated = allocated + ? WHERE list_id = ? AND allocated = ?")) {
        p.setInt(1, take);
        p.setString(2, listId);
        p.setInt(3, allocated);
        if (p.executeUpdate() != 1) {
          throw new Transactions.Conflict("list " + listId + " allocated concurrently");
        }
      }
      allocated += take;
      for (int index : indices) {
        out.add(new StatusSlot(purpose, listId, index));
      }
    }
    return out;
  }

  private void openList(Connection c, StatusPurpose purpose, String listId, int seq, String key, Instant now)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO sigillo_status_list (list_id, purpose, seq,"
        + " capacity, list_length, allocated, perm_key, created_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)")) {
      p.setString(1, listId);
      p.setString(2, purpose.value());
      p.setInt(3, seq);
      p.setInt(4, capacity);
      p.setInt(5, length);
      p.setString(6, key);
      p.setObject(7, time(now));
      p.executeUpdate();
    }
    try (PreparedStatement p = c.prepareStatement(
        "UPDATE sigillo_list_head SET current_list = ?, next_seq = ? WHERE purpose = ? AND next_seq = ?")) {
      p.setString(1, listId);
      p.setInt(2, seq + 1);
      p.setString(3, purpose.value());
      p.setInt(4, seq);
      if (p.executeUpdate() != 1) {
        throw new Transactions.Conflict("list head of " + purpose + " changed concurrently");
      }
    }
  }

  /**
   * Registers several credentials in one transaction: one index per purpose each, allocated in
   * bulk, the records and their issuance history written as JDBC batches. Meant for credentials
   * with fresh random ids; a duplicate id makes the whole batch conflict.
   *
   * @param c the transaction
   * @param registrations what to record, in order
   * @param actor who
   * @param now when
   * @return the records, in the order of the registrations
   * @throws SQLException on a database error or race
   */
  public List<CredentialRecord> registerAll(Connection c, List<CredentialRegistration> registrations, String actor,
      Instant now) throws SQLException {
    if (registrations.isEmpty()) {
      return List.of();
    }
    List<StatusSlot> revocation = allocate(c, StatusPurpose.REVOCATION, registrations.size(), now);
    List<StatusSlot> suspension = allocate(c, StatusPurpose.SUSPENSION, registrations.size(), now);
    List<CredentialRecord> out = new ArrayList<>(registrations.size());
    try (PreparedStatement p = c.prepareStatement("INSERT INTO sigillo_credential (" + CREDENTIAL_COLUMNS
        + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < registrations.size(); i++) {
        CredentialRegistration r = registrations.get(i);
        p.setString(1, r.credentialId().toString());
        p.setString(2, r.holderReference());
        p.setString(3, r.profile());
        p.setObject(4, time(r.validFrom()));
        p.setObject(5, time(r.validUntil()));
        p.setObject(6, time(now));
        p.setString(7, CredentialState.ACTIVE.name());
        p.setString(8, revocation.get(i).listId());
        p.setInt(9, revocation.get(i).index());
        p.setString(10, suspension.get(i).listId());
        p.setInt(11, suspension.get(i).index());
        p.setInt(12, 1);
        p.setObject(13, time(now));
        p.addBatch();
        out.add(new CredentialRecord(r, now, CredentialState.ACTIVE, List.of(revocation.get(i), suspension.get(i)), 1));
      }
      p.executeBatch();
    } catch (SQLException e) {
      if (isConstraintViolation(e)) {
        throw new Transactions.Conflict("concurrent registration in a batch: " + e.getMessage());
      }
      throw e;
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO sigillo_status_event (credential_id, seq, action,"
        + " from_state, to_state, actor, reason, changed_at) VALUES (?, 1, ?, NULL, ?, ?, '', ?)")) {
      for (CredentialRegistration r : registrations) {
        p.setString(1, r.credentialId().toString());
        p.setString(2, StatusChange.Action.ISSUE.name());
        p.setString(3, CredentialState.ACTIVE.name());
        p.setString(4, actor);
        p.setObject(5, time(now));
        p.addBatch();
      }
      p.executeBatch();
    }
    return out;
  }

  private static boolean isConstraintViolation(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if (x.getSQLState() != null && x.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Changes a credential's state if the transition is legal.
   *
   * @param c the transaction
   * @param id the credential
   * @param action revoke, suspend or reinstate
   * @param actor who
   * @param reason why
   * @param now when
   * @return the updated record
   * @throws SQLException on a database error or race
   * @throws StatusStoreException if the credential is unknown or the transition illegal
   */
  public CredentialRecord transition(Connection c, URI id, StatusChange.Action action, String actor, String reason,
      Instant now) throws SQLException, StatusStoreException {
    CredentialRecord current = find(c, id, true).orElseThrow(() -> new StatusStoreException(
        Reason.UNKNOWN_CREDENTIAL, "no credential " + id + " was issued through this store", null));
    CredentialState from = current.state();
    CredentialState to = target(id, action, from);
    try (PreparedStatement p = c.prepareStatement("UPDATE sigillo_credential SET state = ?, version = ?,"
        + " updated_at = ? WHERE credential_id = ? AND version = ? AND state = ?")) {
      p.setString(1, to.name());
      p.setInt(2, current.version() + 1);
      p.setObject(3, time(now));
      p.setString(4, id.toString());
      p.setInt(5, current.version());
      p.setString(6, from.name());
      if (p.executeUpdate() != 1) {
        throw new Transactions.Conflict("credential " + id + " changed concurrently");
      }
    }
    event(c, id, current.version() + 1, action, from, to, actor, reason, now);
    return new CredentialRecord(current.registration(), current.issuedAt(), to, current.slots(), current.version() + 1);
  }

  private static CredentialState target(URI id, StatusChange.Action action, CredentialState from)
      throws StatusStoreException {
    if (from == CredentialState.REVOKED) {
      throw new StatusStoreException(Reason.ALREADY_REVOKED, "credential " + id + " is revoked; revocation is final", null);
    }
    switch (action) {
      case REVOKE:
        return CredentialState.REVOKED;
      case SUSPEND:
        if (from == CredentialState.SUSPENDED) {
          throw new StatusStoreException(Reason.ALREADY_SUSPENDED, "credential " + id + " is suspended already", null);
        }
        return CredentialState.SUSPENDED;
      case REINSTATE:
        if (from != CredentialState.SUSPENDED) {
          throw new StatusStoreException(Reason.NOT_SUSPENDED,
              "credential " + id + " is " + from.name().toLowerCase(java.util.Locale.ROOT) + ", not suspended", null);
        }
        return CredentialState.ACTIVE;
      default:
        throw new IllegalArgumentException("not a state change: " + action);
    }
  }

  private static void event(Connection c, URI id, int seq, StatusChange.Action action, CredentialState from,
      CredentialState to, String actor, String reason, Instant now) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO sigillo_status_event (credential_id, seq, action,"
        + " from_state, to_state, actor, reason, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      p.setString(1, id.toString());
      p.setInt(2, seq);
      p.setString(3, action.name());
      p.setString(4, from == null ? null : from.name());
      p.setString(5, to.name());
      p.setString(6, actor);
      p.setString(7, reason);
      p.setObject(8, time(now));
      p.executeUpdate();
    }
  }

  /**
   * Reads a credential's record.
   *
   * @param c the connection
   * @param id the credential
   * @param lock whether to lock the row for update
   * @return the record, if registered
   * @throws SQLException on a database error
   */
  public Optional<CredentialRecord> find(Connection c, URI id, boolean lock) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT " + CREDENTIAL_COLUMNS
        + " FROM sigillo_credential WHERE credential_id = ?" + (lock ? " FOR UPDATE" : ""))) {
      p.setString(1, id.toString());
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        CredentialRegistration reg = new CredentialRegistration(URI.create(rs.getString(1)), rs.getString(2),
            rs.getString(3), instant(rs, 4), instant(rs, 5));
        return Optional.of(new CredentialRecord(reg, instant(rs, 6), CredentialState.valueOf(rs.getString(7)),
            List.of(new StatusSlot(StatusPurpose.REVOCATION, rs.getString(8), rs.getInt(9)),
                new StatusSlot(StatusPurpose.SUSPENSION, rs.getString(10), rs.getInt(11))),
            rs.getInt(12)));
      }
    }
  }

  /**
   * Reads a credential's history.
   *
   * @param c the connection
   * @param id the credential
   * @return oldest first
   * @throws SQLException on a database error
   */
  public List<StatusChange> history(Connection c, URI id) throws SQLException {
    List<StatusChange> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT seq, action, from_state, to_state, changed_at, actor,"
        + " reason FROM sigillo_status_event WHERE credential_id = ? ORDER BY seq")) {
      p.setString(1, id.toString());
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          String from = rs.getString(3);
          out.add(new StatusChange(id, rs.getInt(1), StatusChange.Action.valueOf(rs.getString(2)),
              Optional.ofNullable(from).map(CredentialState::valueOf), CredentialState.valueOf(rs.getString(4)),
              instant(rs, 5), rs.getString(6), rs.getString(7)));
        }
      }
    }
    return out;
  }

  /**
   * Reads every list.
   *
   * @param c the connection
   * @return oldest first, per purpose
   * @throws SQLException on a database error
   */
  public List<StatusListInfo> lists(Connection c) throws SQLException {
    List<StatusListInfo> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT l.list_id, l.purpose, l.seq, l.capacity, l.list_length,"
        + " l.allocated, h.current_list FROM sigillo_status_list l JOIN sigillo_list_head h ON h.purpose = l.purpose"
        + " ORDER BY l.purpose, l.seq");
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.add(new StatusListInfo(rs.getString(1), StatusPurpose.fromValue(rs.getString(2)).orElseThrow(),
            rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getString(1).equals(rs.getString(7))));
      }
    }
    return out;
  }

  /**
   * Reads a list's bitstring in one statement.
   *
   * @param c the connection
   * @param listId the list
   * @return the bitstring
   * @throws SQLException on a database error
   * @throws StatusStoreException if the list does not exist
   */
  public BitstringStatusList snapshot(Connection c, String listId) throws SQLException, StatusStoreException {
    StatusPurpose purpose;
    int listLength;
    try (PreparedStatement p = c.prepareStatement("SELECT purpose, list_length FROM sigillo_status_list WHERE list_id = ?")) {
      p.setString(1, listId);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          throw new StatusStoreException(Reason.UNKNOWN_LIST, "no status list " + listId, null);
        }
        purpose = StatusPurpose.fromValue(rs.getString(1)).orElseThrow();
        listLength = rs.getInt(2);
      }
    }
    boolean revocation = purpose == StatusPurpose.REVOCATION;
    String sql = revocation
        ? "SELECT revocation_index FROM sigillo_credential WHERE revocation_list = ? AND state = 'REVOKED'"
        : "SELECT suspension_index FROM sigillo_credential WHERE suspension_list = ? AND state = 'SUSPENDED'";
    BitstringStatusList.Builder b = BitstringStatusList.newBuilder(listLength, 1);
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, listId);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          b.set(rs.getInt(1), 1);
        }
      }
    }
    return b.build();
  }

  private static OffsetDateTime time(Instant i) {
    return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, int col) throws SQLException {
    return rs.getObject(col, OffsetDateTime.class).toInstant();
  }
}
