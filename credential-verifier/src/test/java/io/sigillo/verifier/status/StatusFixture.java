package io.sigillo.verifier.status;

import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.Organisation;
import io.sigillo.credential.Person;
import io.sigillo.issuer.IssuanceRequest;
import io.sigillo.issuer.Issuer;
import io.sigillo.issuer.SealedStatusList;
import io.sigillo.issuer.internal.JoseSealer;
import io.sigillo.issuer.status.ConnectionSource;
import io.sigillo.issuer.status.JdbcStatusStore;
import io.sigillo.issuer.status.PooledConnections;
import io.sigillo.issuer.status.StatusListConfig;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.verifier.OfflineStatusListResolver;
import io.sigillo.verifier.StatusListResolver;
import io.sigillo.verifier.VerificationPolicy;
import io.sigillo.verifier.Verifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** An issuer with a status store on an H2 file, its test PKI, and verifiers for it. */
final class StatusFixture implements AutoCloseable {
  static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
  static final Organisation AIPIA = Organisation.newBuilder().id("https://aipia.example/id")
      .legalName(LanguageMap.of("en", "AIPIA")).eidasIdentifier("VATIT-12345678901").build();
  static final URI BASE = URI.create("https://aipia.example/status/");

  final TestClock clock = new TestClock(T0);
  final TestPki pki;
  final PooledConnections connections;
  final JdbcStatusStore store;
  final Issuer issuer;

  StatusFixture(TestPki pki, Path dir) throws Exception {
    this.pki = pki;
    this.connections = PooledConnections.of(
        ConnectionSource.url(JdbcStatusStore.h2FileUrl(dir.resolve("status")), "sa", ""), 4);
    this.store = JdbcStatusStore.newBuilder().connections(connections).clock(clock).build();
    this.issuer = Issuer.newBuilder().seal(pki.seal()).organisation(AIPIA).clock(clock)
        .status(StatusListConfig.newBuilder().store(store).baseUrl(BASE).ttl(Duration.ofMinutes(5))
            .validity(Duration.ofDays(1)).build())
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

  VerificationPolicy.Builder policy() {
    return VerificationPolicy.newBuilder().clock(clock).trustAnchors(List.of(pki.trustAnchor()));
  }

  Verifier verifier(StatusListResolver resolver) {
    return Verifier.create(policy().statusListResolver(resolver).build());
  }

  /** An offline resolver holding every list as published now, in the vc+jwt form. */
  OfflineStatusListResolver publishedNow() throws Exception {
    OfflineStatusListResolver.Builder b = OfflineStatusListResolver.newBuilder().clock(clock);
    for (SealedStatusList l : issuer.publishStatusLists()) {
      b.add(l.vcJwt().getBytes(StandardCharsets.US_ASCII));
    }
    return b.build();
  }

  /** Seals any document with a seal, as a compact vc+jwt. */
  String seal(io.sigillo.issuer.Seal seal, byte[] document) throws Exception {
    return new JoseSealer(seal).vcJwt(document, clock.instant());
  }

  @Override
  public void close() {
    connections.close();
  }

  /** A clock tests move by hand. */
  static final class TestClock extends Clock {
    private final AtomicReference<Instant> now;

    TestClock(Instant start) {
      this.now = new AtomicReference<>(start);
    }

    void advance(Duration d) {
      now.updateAndGet(i -> i.plus(d));
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }
}
