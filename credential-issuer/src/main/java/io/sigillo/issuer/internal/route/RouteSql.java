package io.sigillo.issuer.internal.route;

import io.sigillo.issuer.internal.status.Transactions;
import io.sigillo.issuer.route.Application;
import io.sigillo.issuer.route.ApplicationState;
import io.sigillo.issuer.route.HrKey;
import io.sigillo.issuer.route.RouteKind;
import io.sigillo.issuer.route.RouteStep;
import io.sigillo.issuer.route.StepKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The route store's SQL, portable between PostgreSQL and H2: applications, their steps and the
 * issued documents. Each method runs inside a transaction opened by {@link Transactions}; state
 * changes check the row's version so that a lost update cannot be committed.
 */
public final class RouteSql {
  private static final String APP_COLUMNS = "application_id, route, profile, hr_id, cycle, holder, state,"
      + " credential_id, replaces, version, created_at, input_digest";
  /** Rows per IN list when looking up many keys. */
  private static final int IN_CHUNK = 500;
  /** Largest inflated document accepted back from the store. */
  private static final int MAX_DOCUMENT = 4 << 20;

  /** An application with the digest of the input it was opened with (batch applications). */
  public record Stored(Application application, String inputDigest) {}

  /** A new application row. */
  public record NewApplication(Application application, String inputDigest) {}

  /** A new step row. */
  public record NewStep(String applicationId, int sequence, StepKind step, String actor, String details) {}

  /** A stored document and its renewal links. */
  public record Document(URI credentialId, String applicationId, byte[] document, Optional<URI> replaces,
      Optional<URI> supersededBy, Optional<Instant> deliveredAt) {}

  private RouteSql() {}

  /**
   * Inserts applications as one JDBC batch.
   *
   * @param c the transaction
   * @param rows the applications
   * @throws SQLException on a database error; a key already taken is a {@link Transactions.Conflict}
   */
  public static void insertApplications(Connection c, List<NewApplication> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO sigillo_application (" + APP_COLUMNS
        + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (NewApplication row : rows) {
        Application a = row.application();
        p.setString(1, a.id());
        p.setString(2, a.route().name());
        p.setString(3, a.profile());
        p.setString(4, a.hrKey().map(HrKey::hrId).orElse(null));
        p.setString(5, a.hrKey().map(HrKey::cycle).orElse(null));
        p.setString(6, RouteJson.text(RouteJson.person(a.holder())));
        p.setString(7, a.state().name());
        p.setString(8, a.credentialId().map(URI::toString).orElse(null));
        p.setString(9, a.replaces().map(URI::toString).orElse(null));
        p.setInt(10, a.version());
        p.setObject(11, time(a.createdAt()));
        p.setString(12, row.inputDigest());
        p.setObject(13, time(a.createdAt()));
        p.addBatch();
      }
      p.executeBatch();
    } catch (SQLException e) {
      if (isConstraintViolation(e)) {
        throw new Transactions.Conflict("an application key or credential was taken concurrently: " + e.getMessage());
      }
      throw e;
    }
  }

  /**
   * Reads an application.
   *
   * @param c the connection
   * @param id the application id
   * @param lock whether to lock the row for update
   * @return the application, if it exists
   * @throws SQLException on a database error
   */
  public static Optional<Stored> find(Connection c, String id, boolean lock) throws SQLException {
    return one(c, "application_id = ?" + (lock ? " FOR UPDATE" : ""), id);
  }

  /**
   * Reads the application a credential was issued on.
   *
   * @param c the connection
   * @param credentialId the credential
   * @return the application, if the credential was issued through the route
   * @throws SQLException on a database error
   */
  public static Optional<Stored> findByCredential(Connection c, URI credentialId) throws SQLException {
    return one(c, "credential_id = ?", credentialId.toString());
  }

  /**
   * Reads the applications of several HR keys.
   *
   * @param c the connection
   * @param keys the keys
   * @return the applications found, by key
   * @throws SQLException on a database error
   */
  public static Map<HrKey, Stored> findByKeys(Connection c, Collection<HrKey> keys) throws SQLException {
    Map<HrKey, Stored> out = new HashMap<>();
    List<String> ids = new ArrayList<>(new LinkedHashSet<>(keys.stream().map(HrKey::hrId).toList()));
    Set<HrKey> wanted = Set.copyOf(keys);
    for (int from = 0; from < ids.size(); from += IN_CHUNK) {
      List<String> part = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
      String in = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
      try (PreparedStatement p = c.prepareStatement("SELECT " + APP_COLUMNS
          + " FROM sigillo_application WHERE hr_id IN (" + in + ")")) {
        for (int i = 0; i < part.size(); i++) {
          p.setString(i + 1, part.get(i));
        }
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            Stored s = read(rs);
            HrKey k = s.application().hrKey().orElseThrow();
            if (wanted.contains(k)) {
              out.put(k, s);
            }
          }
        }
      }
    }
    return out;
  }

  private static Optional<Stored> one(Connection c, String where, String value) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT " + APP_COLUMNS + " FROM sigillo_application WHERE " + where)) {
      p.setString(1, value);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  private static Stored read(ResultSet rs) throws SQLException {
    String hrId = rs.getString(4);
    String profile = rs.getString(3);
    Optional<HrKey> key = hrId == null ? Optional.empty() : Optional.of(new HrKey(hrId, profile, rs.getString(5)));
    Application a = new Application(rs.getString(1), RouteKind.valueOf(rs.getString(2)), profile, key,
        RouteJson.readPerson(rs.getString(6)), ApplicationState.valueOf(rs.getString(7)),
        Optional.ofNullable(rs.getString(8)).map(URI::create), Optional.ofNullable(rs.getString(9)).map(URI::create),
        rs.getInt(10), instant(rs, 11));
    return new Stored(a, rs.getString(12));
  }

  /**
   * Moves an application to a new state if it is still at the version read.
   *
   * @param c the transaction
   * @param a the application as read
   * @param to the new state
   * @param credentialId the credential to record, or null to keep the current one
   * @param now when
   * @return the updated application
   * @throws SQLException on a database error; a concurrent change is a {@link Transactions.Conflict}
   */
  public static Application moveTo(Connection c, Application a, ApplicationState to, URI credentialId, Instant now)
      throws SQLException {
    URI cred = credentialId != null ? credentialId : a.credentialId().orElse(null);
    try (PreparedStatement p = c.prepareStatement("UPDATE sigillo_application SET state = ?, credential_id = ?,"
        + " version = ?, updated_at = ? WHERE application_id = ? AND version = ?")) {
      p.setString(1, to.name());
      p.setString(2, cred == null ? null : cred.toString());
      p.setInt(3, a.version() + 1);
      p.setObject(4, time(now));
      p.setString(5, a.id());
      p.setInt(6, a.version());
      if (p.executeUpdate() != 1) {
        throw new Transactions.Conflict("application " + a.id() + " changed concurrently");
      }
    } catch (SQLException e) {
      if (isConstraintViolation(e)) {
        throw new Transactions.Conflict("credential recorded concurrently: " + e.getMessage());
      }
      throw e;
    }
    return new Application(a.id(), a.route(), a.profile(), a.hrKey(), a.holder(), to,
        Optional.ofNullable(cred), a.replaces(), a.version() + 1, a.createdAt());
  }

  /**
   * Marks applications issued (from {@code ISSUING}); applications already issued are left alone.
   *
   * @param c the transaction
   * @param applicationIds the applications
   * @param now when
   * @return the ids that moved to {@code ISSUED} now
   * @throws SQLException on a database error
   */
  public static List<String> markIssued(Connection c, List<String> applicationIds, Instant now) throws SQLException {
    List<String> moved = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("UPDATE sigillo_application SET state = 'ISSUED',"
        + " version = version + 1, updated_at = ? WHERE application_id = ? AND state = 'ISSUING'")) {
      for (String id : applicationIds) {
        p.setObject(1, time(now));
        p.setString(2, id);
        p.addBatch();
      }
      int[] counts = p.executeBatch();
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] != 0) {
          moved.add(applicationIds.get(i));
        }
      }
    }
    if (!moved.isEmpty()) {
      try (PreparedStatement p = c.prepareStatement("UPDATE sigillo_issued_document SET delivered_at = ?"
          + " WHERE application_id = ? AND delivered_at IS NULL")) {
        for (String id : moved) {
          p.setObject(1, time(now));
          p.setString(2, id);
          p.addBatch();
        }
        p.executeBatch();
      }
    }
    return moved;
  }

  /**
   * The next step number of an application (call with the application row locked).
   *
   * @param c the transaction
   * @param applicationId the application
   * @return 1 for the first step
   * @throws SQLException on a database error
   */
  public static int nextSequence(Connection c, String applicationId) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "SELECT COALESCE(MAX(seq), 0) + 1 FROM sigillo_route_step WHERE application_id = ?")) {
      p.setString(1, applicationId);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /**
   * The next step numbers of several applications (call with their rows locked or in
   * {@code ISSUING}, where only the issuing process adds steps).
   *
   * @param c the transaction
   * @param applicationIds the applications
   * @return the next number per application (1 for one without steps)
   * @throws SQLException on a database error
   */
  public static Map<String, Integer> nextSequences(Connection c, List<String> applicationIds) throws SQLException {
    Map<String, Integer> out = new HashMap<>();
    for (String id : applicationIds) {
      out.put(id, 1);
    }
    for (int from = 0; from < applicationIds.size(); from += IN_CHUNK) {
      List<String> part = applicationIds.subList(from, Math.min(applicationIds.size(), from + IN_CHUNK));
      String in = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
      try (PreparedStatement p = c.prepareStatement("SELECT application_id, MAX(seq) FROM sigillo_route_step"
          + " WHERE application_id IN (" + in + ") GROUP BY application_id")) {
        for (int i = 0; i < part.size(); i++) {
          p.setString(i + 1, part.get(i));
        }
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getString(1), rs.getInt(2) + 1);
          }
        }
      }
    }
    return out;
  }

  /**
   * Inserts steps as one JDBC batch.
   *
   * @param c the transaction
   * @param steps the steps
   * @param now when they are recorded
   * @throws SQLException on a database error; a step number taken is a {@link Transactions.Conflict}
   */
  public static void insertSteps(Connection c, List<NewStep> steps, Instant now) throws SQLException {
    if (steps.isEmpty()) {
      return;
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO sigillo_route_step (application_id, seq, step,"
        + " actor, recorded_at, details) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (NewStep s : steps) {
        p.setString(1, s.applicationId());
        p.setInt(2, s.sequence());
        p.setString(3, s.step().name());
        p.setString(4, s.actor());
        p.setObject(5, time(now));
        p.setString(6, s.details());
        p.addBatch();
      }
      p.executeBatch();
    } catch (SQLException e) {
      if (isConstraintViolation(e)) {
        throw new Transactions.Conflict("a step was recorded concurrently: " + e.getMessage());
      }
      throw e;
    }
  }

  /**
   * Reads an application's steps.
   *
   * @param c the connection
   * @param applicationId the application
   * @return oldest first
   * @throws SQLException on a database error
   */
  public static List<RouteStep> steps(Connection c, String applicationId) throws SQLException {
    List<RouteStep> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT seq, step, recorded_at, actor, details"
        + " FROM sigillo_route_step WHERE application_id = ? ORDER BY seq")) {
      p.setString(1, applicationId);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(new RouteStep(applicationId, rs.getInt(1), StepKind.valueOf(rs.getString(2)), instant(rs, 3),
              rs.getString(4), rs.getString(5)));
        }
      }
    }
    return out;
  }

  /**
   * Stores credential documents (compressed) as one JDBC batch.
   *
   * @param c the transaction
   * @param documents the documents; their delivery time is not yet known
   * @throws SQLException on a database error
   */
  public static void insertDocuments(Connection c, List<Document> documents) throws SQLException {
    if (documents.isEmpty()) {
      return;
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO sigillo_issued_document (credential_id,"
        + " application_id, document, replaces) VALUES (?, ?, ?, ?)")) {
      for (Document d : documents) {
        p.setString(1, d.credentialId().toString());
        p.setString(2, d.applicationId());
        p.setBytes(3, deflate(d.document()));
        p.setString(4, d.replaces().map(URI::toString).orElse(null));
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /**
   * Reads a stored document and its links.
   *
   * @param c the connection
   * @param credentialId the credential
   * @param lock whether to lock the row for update
   * @return the document, if the credential was issued through the route
   * @throws SQLException on a database error
   */
  public static Optional<Document> document(Connection c, URI credentialId, boolean lock) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT application_id, document, replaces, superseded_by,"
        + " delivered_at FROM sigillo_issued_document WHERE credential_id = ?" + (lock ? " FOR UPDATE" : ""))) {
      p.setString(1, credentialId.toString());
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        OffsetDateTime delivered = rs.getObject(5, OffsetDateTime.class);
        return Optional.of(new Document(credentialId, rs.getString(1), inflate(rs.getBytes(2)),
            Optional.ofNullable(rs.getString(3)).map(URI::create), Optional.ofNullable(rs.getString(4)).map(URI::create),
            Optional.ofNullable(delivered).map(OffsetDateTime::toInstant)));
      }
    }
  }

  /**
   * Records that a credential was superseded by its renewal, if it was not already.
   *
   * @param c the transaction
   * @param previous the renewed credential
   * @param next its renewal
   * @return false if it was superseded already
   * @throws SQLException on a database error
   */
  public static boolean supersede(Connection c, URI previous, URI next) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("UPDATE sigillo_issued_document SET superseded_by = ?"
        + " WHERE credential_id = ? AND superseded_by IS NULL")) {
      p.setString(1, next.toString());
      p.setString(2, previous.toString());
      return p.executeUpdate() == 1;
    }
  }

  /**
   * The ids of applications stuck in {@code ISSUING} (prepared, delivery not confirmed).
   *
   * @param c the connection
   * @return their ids, oldest first
   * @throws SQLException on a database error
   */
  public static List<String> issuing(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(
        "SELECT application_id FROM sigillo_application WHERE state = 'ISSUING' ORDER BY created_at, application_id");
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  static byte[] deflate(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
    Deflater d = new Deflater(Deflater.BEST_SPEED);
    try (DeflaterOutputStream z = new DeflaterOutputStream(out, d)) {
      z.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      d.end();
    }
    return out.toByteArray();
  }

  static byte[] inflate(byte[] bytes) {
    try (InflaterInputStream z = new InflaterInputStream(new ByteArrayInputStream(bytes))) {
      byte[] out = z.readNBytes(MAX_DOCUMENT + 1);
      if (out.length > MAX_DOCUMENT) {
        throw new IllegalStateException("a stored document inflates beyond " + MAX_DOCUMENT + " bytes");
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("a stored document cannot be inflated: " + e.getMessage(), e);
    }
  }

  static boolean isConstraintViolation(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if (x.getSQLState() != null && x.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  static OffsetDateTime time(Instant i) {
    return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, int col) throws SQLException {
    return rs.getObject(col, OffsetDateTime.class).toInstant();
  }
}
