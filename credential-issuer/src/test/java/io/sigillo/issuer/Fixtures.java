package io.sigillo.issuer;

import io.sigillo.credential.Identifier;
import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.Organisation;
import io.sigillo.credential.Person;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** Fixed inputs shared by the issuer tests: a clock, the issuing organisation and a holder. */
final class Fixtures {
  static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final String PROFILE = "ai-security-specialist";
  static final String ORG_ID = "VATIT-12345678901";

  private Fixtures() {}

  static Organisation.Builder organisationBuilder() {
    return Organisation.newBuilder()
        .id("https://aipia.example/id")
        .legalName(LanguageMap.of("it", "Associazione Italiana Professionisti dell'IA",
            "en", "Italian Association of AI Professionals"))
        .eidasIdentifier(ORG_ID);
  }

  static Organisation organisation() {
    return organisationBuilder().homepage(URI.create("https://aipia.example/")).build();
  }

  static Person.Builder holderBuilder() {
    return Person.newBuilder()
        .id("urn:uuid:6f1c1bb4-3b0e-4e7b-9a43-1d2f8f4c2a10")
        .givenName("Giulia")
        .familyName("Rossi");
  }

  static Person fullHolder() {
    return holderBuilder()
        .birthDate(LocalDate.of(1990, 4, 12))
        .identifier(Identifier.of("AIPIA-000042", "AIPIA member register"))
        .email("giulia.rossi@example.org")
        .build();
  }

  static IssuanceRequest.Builder request() {
    return IssuanceRequest.newBuilder()
        .holder(fullHolder())
        .profile(PROFILE)
        .committeeDecision("AIPIA technical committee", LocalDate.of(2026, 11, 20));
  }

  /** Deterministic identifiers: 00000000-0000-4000-8000-000000000001, ...02, ... */
  static Supplier<UUID> sequentialIds() {
    AtomicLong n = new AtomicLong();
    return () -> new UUID(0x0000000000004000L, 0x8000000000000000L | n.incrementAndGet());
  }
}
