package io.sigillo.issuer.route;

import io.sigillo.credential.Identifier;
import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.Organisation;
import io.sigillo.credential.Person;
import io.sigillo.issuer.Issuer;
import io.sigillo.issuer.status.StatusListConfig;
import io.sigillo.issuer.status.TestDatabases;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.profile.Competence;
import io.sigillo.profile.ProfileCatalogue;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A route on a real database, with a clock the test moves, and sample inputs for every step. */
public final class RouteFixture implements AutoCloseable {
  public static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
  public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  public static final String PROFILE = "ai-security-specialist";
  static final URI DESK = URI.create("https://aipia.example/sportello");
  static final Organisation AIPIA = Organisation.newBuilder().id("https://aipia.example/id")
      .legalName(LanguageMap.of("en", "AIPIA Test Association")).eidasIdentifier("VATIT-12345678901").build();
  /** Seal valid five years, so that renewals near the three-year expiry can be sealed. */
  private static TestPki pki;

  public final MutableClock clock = new MutableClock(T0);
  public final TestDatabases.Db db;
  public final RouteStore store;
  public final Issuer issuer;

  public RouteFixture(TestDatabases.Db db) throws RouteException {
    this(db, false);
  }

  /** A fixture whose issuer also seals for QR codes when asked. */
  public RouteFixture(TestDatabases.Db db, boolean qrSeal) throws RouteException {
    this.db = db;
    this.store = RouteStore.newBuilder().connections(db.source()).clock(clock).build();
    this.issuer = Issuer.newBuilder().seal(pki().seal()).organisation(AIPIA).clock(clock).qrSeal(qrSeal)
        .status(StatusListConfig.newBuilder().store(store.statusStore())
            .baseUrl(URI.create("https://aipia.example/status/")).build())
        .build();
  }

  public static synchronized TestPki pki() {
    if (pki == null) {
      pki = TestPki.newBuilder().clock(java.time.Clock.fixed(T0.minusSeconds(86_400), ZoneOffset.UTC))
          .sealNotAfter(T0.plusSeconds(5L * 366 * 86_400)).build();
    }
    return pki;
  }

  public CertificationRoute.Builder routeBuilder() {
    return CertificationRoute.newBuilder().issuer(issuer).store(store).clock(clock).consumerDesk(DESK);
  }

  public CertificationRoute route() {
    return routeBuilder().build();
  }

  static Person holder(String n) {
    return Person.newBuilder().id("urn:uuid:6f1c1bb4-3b0e-4e7b-9a43-" + String.format("%012d", Integer.parseInt(n)))
        .givenName("Giulia").familyName("Rossi " + n).identifier(Identifier.of("AIPIA-" + n, "AIPIA member register"))
        .email("holder" + n + "@example.org").build();
  }

  static Membership membership() {
    return new Membership("AIPIA-000042", LocalDate.of(2024, 3, 1), true, LocalDate.of(2027, 12, 31));
  }

  static Dossier dossier() {
    return new Dossier(LocalDate.of(2026, 10, 1), List.of(
        new DossierDocument(DocumentKind.CV, "dms:cv/42", "a".repeat(64)),
        new DossierDocument(DocumentKind.TRAINING, "dms:training/42-1", "b".repeat(64)),
        new DossierDocument(DocumentKind.EXPERIENCE, "dms:experience/42", "C".repeat(64)),
        new DossierDocument(DocumentKind.PORTFOLIO, "dms:portfolio/42", "d".repeat(64))));
  }

  static Interview interview(boolean passed) {
    return new Interview(LocalDate.of(2026, 11, 10), passed, List.of("Dr. Anna Bianchi"));
  }

  static List<String> criteria() {
    return ProfileCatalogue.bundled().find(PROFILE).orElseThrow().competences().stream().map(Competence::id)
        .map(URI::getFragment).toList();
  }

  static List<CriterionOutcome> allMet() {
    List<CriterionOutcome> out = new ArrayList<>();
    criteria().forEach(c -> out.add(new CriterionOutcome(c, true)));
    return out;
  }

  static Assessment assessment(Decision decision, List<CriterionOutcome> outcomes) {
    return new Assessment("AIPIA technical committee", List.of("Prof. Marco Verdi", "Ing. Sara Neri"), outcomes,
        decision, LocalDate.of(2026, 11, 20));
  }

  static Assessment positive() {
    return assessment(Decision.POSITIVE, allMet());
  }

  static RouteInput input(String hrId, String cycle) {
    return new RouteInput(new HrKey(hrId, PROFILE, cycle), holder(hrId.replaceAll("[^0-9]", "")), membership(),
        dossier(), Optional.of(interview(true)), positive());
  }

  @Override
  public void close() {
    db.close();
  }
}
