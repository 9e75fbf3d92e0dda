package io.sigillo.benchmarks;

import io.sigillo.credential.Identifier;
import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.Organisation;
import io.sigillo.credential.Person;
import io.sigillo.issuer.IssuanceRequest;
import io.sigillo.issuer.Issuer;
import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.testpki.TestPki;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.UUID;

/** The AI Security Specialist credential as the QR benchmarks and size table use it. */
final class QrFixture {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

  private QrFixture() {}

  static SealedCredential issue(TestPki pki) throws Exception {
    Random random = new Random(0x5eed);
    Issuer issuer = Issuer.newBuilder().seal(pki.seal()).clock(CLOCK).qrSeal(true)
        .ids(() -> randomUuid(random))
        .organisation(Organisation.newBuilder().id("https://aipia.example/id")
            .legalName(LanguageMap.of("it", "Associazione Italiana Professionisti dell'IA",
                "en", "Italian Association of AI Professionals"))
            .eidasIdentifier("VATIT-12345678901").homepage(URI.create("https://aipia.example/")).build())
        .build();
    return issuer.issue(IssuanceRequest.newBuilder()
        .holder(Person.newBuilder().id("urn:uuid:6f1c1bb4-3b0e-4e7b-9a43-1d2f8f4c2a10")
            .givenName("Giulia").familyName("Rossi").birthDate(LocalDate.of(1990, 4, 12))
            .identifier(Identifier.of("AIPIA-000042", "AIPIA member register"))
            .email("giulia.rossi@example.org").build())
        .profile("ai-security-specialist")
        .committeeDecision("AIPIA technical committee", LocalDate.of(2026, 11, 20))
        .interview(LocalDate.of(2026, 11, 10), true)
        .build());
  }

  /** A version 4 UUID from a seeded generator: random-looking, as real ones, but repeatable. */
  static UUID randomUuid(Random random) {
    long hi = random.nextLong() & ~0xf000L | 0x4000L;
    long lo = random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L;
    return new UUID(hi, lo);
  }
}
