package io.sigillo.issuer.status;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** Real databases for store tests (status and route stores): H2 files and one embedded PostgreSQL server per test JVM. */
public final class TestDatabases {
  private static final AtomicInteger NEXT = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private TestDatabases() {}

  /** Where a store's database is and how to log in. */
  public static final class Db implements AutoCloseable {
    public final String url;
    public final String user;
    public final String password;
    private final PooledConnections pool;

    public Db(String url, String user, String password) {
      this.url = url;
      this.user = user;
      this.password = password;
      this.pool = PooledConnections.of(ConnectionSource.url(url, user, password), 16);
    }

    /** Pooled connections (what an application would use). */
    public ConnectionSource source() {
      return pool;
    }

    /** A fresh, unpooled connection per operation. */
    public ConnectionSource unpooled() {
      return ConnectionSource.url(url, user, password);
    }

    JdbcStatusStore store(int capacity) throws StatusStoreException {
      return JdbcStatusStore.newBuilder().connections(source()).listCapacity(capacity).build();
    }

    @Override
    public void close() {
      pool.close();
    }
  }

  public static Db h2(Path dir) {
    return new Db(JdbcStatusStore.h2FileUrl(dir.resolve("status")), "sa", "");
  }

  /** A new, empty database on the shared embedded PostgreSQL server. */
  public static synchronized Db postgres() {
    try {
      if (postgres == null) {
        File tmp = new File(System.getProperty("java.io.tmpdir"));
        tmp.mkdirs();
        postgres = EmbeddedPostgres.builder().start();
        EmbeddedPostgres pg = postgres;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            pg.close();
          } catch (IOException e) {
            // the JVM is exiting; the server's directory is under target/ and goes with mvn clean
          }
        }));
      }
      String name = "sigillo_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
      try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      }
      return new Db(postgres.getJdbcUrl("postgres", name), "postgres", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A connection source whose connections run {@code action} instead of preparing a statement
   * that matches, for crash and failure tests.
   */
  static ConnectionSource intercepting(ConnectionSource real, Predicate<String> sqlMatches, SqlAction action) {
    return () -> {
      Connection c = real.open();
      InvocationHandler h = (proxy, method, args) -> {
        if (method.getName().equals("prepareStatement") && args != null && args.length > 0
            && args[0] instanceof String && sqlMatches.test((String) args[0])) {
          action.run();
        }
        try {
          return method.invoke(c, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      };
      return (Connection) Proxy.newProxyInstance(TestDatabases.class.getClassLoader(),
          new Class<?>[] {Connection.class}, h);
    };
  }

  /** What an intercepting connection does instead of preparing a statement. */
  @FunctionalInterface
  interface SqlAction {
    void run() throws SQLException;
  }
}
