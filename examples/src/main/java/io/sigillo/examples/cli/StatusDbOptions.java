package io.sigillo.examples.cli;

import io.sigillo.issuer.status.ConnectionSource;
import io.sigillo.issuer.status.JdbcStatusStore;
import io.sigillo.issuer.status.PooledConnections;
import io.sigillo.issuer.status.StatusStoreException;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;

/**
 * The store options shared by {@code issue}, {@code revoke}, {@code suspend}, {@code reinstate},
 * {@code status}, {@code batch}, {@code renew} and {@code route}: the status store, and the route
 * store in the same database.
 */
final class StatusDbOptions {
  @Option(names = {"--status-db", "--db"}, paramLabel = "DB",
      description = "Status store: a file path for an embedded H2 database (created if missing, e.g. ./sigillo-status) "
          + "or a JDBC URL such as jdbc:postgresql://db:5432/sigillo.")
  String db;

  @Option(names = "--db-user", paramLabel = "USER", description = "Database user (default: sa for H2).")
  String user;

  @Option(names = "--db-password-env", paramLabel = "VAR",
      description = "Name of the environment variable holding the database password (default: none).")
  String passwordEnv;

  boolean present() {
    return db != null;
  }

  /** Opens the store (creating or upgrading its schema); close the returned connections when done. */
  Opened open(Clock clock) throws CliException {
    PooledConnections pool = connections(2);
    try {
      return new Opened(pool, JdbcStatusStore.newBuilder().connections(pool).clock(clock).build());
    } catch (StatusStoreException e) {
      pool.close();
      throw CliException.usage("cannot open the status store " + db + ": " + e.reason() + " " + e.getMessage());
    }
  }

  /**
   * A pool of connections to the database; close it when done.
   *
   * @param size the most connections open at once
   */
  PooledConnections connections(int size) throws CliException {
    if (db == null) {
      throw CliException.usage("--status-db DB is required");
    }
    String url = db.startsWith("jdbc:") ? db : JdbcStatusStore.h2FileUrl(Path.of(db));
    String u = user != null ? user : db.startsWith("jdbc:") ? null : "sa";
    String pw = null;
    if (passwordEnv != null) {
      pw = System.getenv(passwordEnv);
      if (pw == null) {
        throw CliException.usage("environment variable " + passwordEnv + " is not set");
      }
    } else if (!db.startsWith("jdbc:")) {
      pw = "";
    }
    return PooledConnections.of(ConnectionSource.url(url, u, pw), size);
  }

  /** An open store and its connections. */
  record Opened(PooledConnections connections, JdbcStatusStore store) implements AutoCloseable {
    @Override
    public void close() {
      connections.close();
    }
  }
}
