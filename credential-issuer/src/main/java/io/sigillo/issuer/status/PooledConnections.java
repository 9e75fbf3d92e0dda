package io.sigillo.issuer.status;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A minimal connection pool over another {@link ConnectionSource}: closing a borrowed connection
 * rolls back anything uncommitted and keeps it for the next caller, up to a number of idle
 * connections; a connection that no longer answers is dropped. There is no upper bound on
 * connections in use (the store holds one per operation and thread).
 *
 * <p>Opening a connection per operation costs milliseconds on PostgreSQL and reopens the whole
 * database on an embedded H2 file; use this (or an application server's pool through
 * {@link ConnectionSource#of(javax.sql.DataSource)}) for any real workload.
 *
 * <p>Thread-safe. {@link #close()} closes the idle connections.
 */
public final class PooledConnections implements ConnectionSource, AutoCloseable {
  private final ConnectionSource source;
  private final LinkedBlockingDeque<Connection> idle;
  private final AtomicBoolean closed = new AtomicBoolean();

  private PooledConnections(ConnectionSource source, int maxIdle) {
    this.source = source;
    this.idle = new LinkedBlockingDeque<>(maxIdle);
  }

  /**
   * Pools connections of a source.
   *
   * @param source where new connections come from
   * @param maxIdle how many idle connections to keep, 1 or more
   * @return the pool
   */
  public static PooledConnections of(ConnectionSource source, int maxIdle) {
    Objects.requireNonNull(source, "source");
    if (maxIdle < 1) {
      throw new IllegalArgumentException("maxIdle must be at least 1");
    }
    return new PooledConnections(source, maxIdle);
  }

  @Override
  public Connection open() throws SQLException {
    if (closed.get()) {
      throw new SQLException("the connection pool is closed", "08003");
    }
    Connection c;
    while ((c = idle.pollFirst()) != null) {
      if (c.isValid(2)) {
        return wrap(c);
      }
      closeQuietly(c);
    }
    return wrap(source.open());
  }

  private Connection wrap(Connection real) {
    AtomicBoolean returned = new AtomicBoolean();
    InvocationHandler h = (proxy, method, args) -> {
      switch (method.getName()) {
        case "close":
          if (returned.compareAndSet(false, true)) {
            giveBack(real);
          }
          return null;
        case "isClosed":
          return returned.get() || real.isClosed();
        case "unwrap":
        case "isWrapperFor":
          break;
        default:
          if (returned.get()) {
            throw new SQLException("connection already returned to the pool", "08003");
          }
      }
      try {
        return method.invoke(real, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, h);
  }

  private void giveBack(Connection real) {
    try {
      if (!real.isClosed() && !real.getAutoCommit()) {
        real.rollback();
        real.setAutoCommit(true);
      }
      if (closed.get() || real.isClosed() || !idle.offerFirst(real)) {
        real.close();
      }
    } catch (SQLException e) {
      closeQuietly(real);
    }
  }

  /** Closes every idle connection; connections in use are closed when they are returned. */
  @Override
  public void close() {
    closed.set(true);
    List<Connection> all = new ArrayList<>();
    idle.drainTo(all);
    all.forEach(PooledConnections::closeQuietly);
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // the connection is being discarded; nothing else to do with it
    }
  }

  @Override
  public String toString() {
    return "PooledConnections[" + idle.size() + " idle]";
  }
}
