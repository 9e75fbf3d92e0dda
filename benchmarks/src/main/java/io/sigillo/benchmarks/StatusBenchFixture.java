package io.sigillo.benchmarks;

import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.Organisation;
import io.sigillo.credential.Person;
import io.sigillo.issuer.IssuanceRequest;
import io.sigillo.issuer.Issuer;
import io.sigillo.issuer.status.ConnectionSource;
import io.sigillo.issuer.status.JdbcStatusStore;
import io.sigillo.issuer.status.PooledConnections;
import io.sigillo.issuer.status.StatusListConfig;
import io.sigillo.issuer.status.StatusStoreException;
import io.sigillo.issuer.testpki.TestPki;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** An issuer with a status store on H2 or on an embedded PostgreSQL server, for the status benchmarks. */
final class StatusBenchFixture implements AutoCloseable {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
  static final Organisation AIPIA = Organisation.newBuilder().id("https://aipia.example/id")
      .legalName(LanguageMap.of("en", "AIPIA")).eidasIdentifier("VATIT-12345678901").build();

  final TestPki pki = TestPki.newBuilder().clock(CLOCK).build();
  final PooledConnections connections;
  final JdbcStatusStore store;
  final Issuer issuer;
  private final EmbeddedPostgres postgres;
  private final Path dir;

  StatusBenchFixture(String database, int capacity) throws StatusStoreException {
    try {
      dir = Files.createTempDirectory("sigillo-bench");
      if (database.equals("postgresql")) {
        postgres = EmbeddedPostgres.builder().setOverrideWorkingDirectory(dir.resolve("pg").toFile()).start();
        connections = PooledConnections.of(ConnectionSource.url(postgres.getJdbcUrl("postgres", "postgres"),
            "postgres", ""), 8);
      } else {
        postgres = null;
        connections = PooledConnections.of(ConnectionSource.url(JdbcStatusStore.h2FileUrl(dir.resolve("status")),
            "sa", ""), 8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    store = JdbcStatusStore.newBuilder().connections(connections).clock(CLOCK).listCapacity(capacity).build();
    issuer = Issuer.newBuilder().seal(pki.seal()).organisation(AIPIA).clock(CLOCK)
        .status(StatusListConfig.newBuilder().store(store).baseUrl(URI.create("https://aipia.example/status/")).build())
        .build();
  }

  static IssuanceRequest request() {
    return IssuanceRequest.newBuilder()
        .holder(Person.newBuilder().id("urn:uuid:6f1c1bb4-3b0e-4e7b-9a43-1d2f8f4c2a10").givenName("Giulia")
            .familyName("Rossi").build())
        .profile("ai-security-specialist")
        .committeeDecision("AIPIA technical committee", LocalDate.of(2026, 11, 20))
        .build();
  }

  @Override
  public void close() throws IOException {
    connections.close();
    if (postgres != null) {
      postgres.close();
    }
  }
}
