package io.sigillo.issuer.status;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Where the store gets its database connections. The store closes each connection it opens after
 * one operation, so a pooling {@link DataSource} fits well.
 */
@FunctionalInterface
public interface ConnectionSource {
  /**
   * Opens a connection.
   *
   * @return a new (or pooled) connection, closed by the caller
   * @throws SQLException if the database cannot be reached
   */
  Connection open() throws SQLException;

  /**
   * Connections from a {@link DataSource}.
   *
   * @param dataSource the data source
   * @return a connection source
   */
  static ConnectionSource of(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    return dataSource::getConnection;
  }

  /**
   * Connections from {@link DriverManager}.
   *
   * @param jdbcUrl for example {@code jdbc:postgresql://db:5432/sigillo}
   * @param user the user, or null
   * @param password the password, or null
   * @return a connection source
   */
  static ConnectionSource url(String jdbcUrl, String user, String password) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    return () -> DriverManager.getConnection(jdbcUrl, user, password);
  }
}
