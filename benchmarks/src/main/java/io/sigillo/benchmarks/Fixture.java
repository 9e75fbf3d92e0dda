package io.sigillo.benchmarks;

import io.sigillo.credential.EdcCredential;
import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.Organisation;
import io.sigillo.credential.Person;
import io.sigillo.issuer.IssuanceException;
import io.sigillo.issuer.IssuanceRequest;
import io.sigillo.issuer.Issuer;
import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.verifier.Indication;
import io.sigillo.verifier.VerificationPolicy;
import io.sigillo.verifier.VerificationReport;
import io.sigillo.verifier.Verifier;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The setting every benchmark shares: a TestPki (EC P-256 seal certificate issued by the root,
 * every ETSI statement present), an issuer for its organisation, one issuance request and a fixed
 * clock, so that issued credentials verify and every run measures the same work.
 */
final class Fixture {
  /** The instant every clock of the benchmarks is fixed at. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

  final TestPki pki;
  final Issuer issuer;
  final IssuanceRequest request;
  final EdcCredential credential;
  final SealedCredential sealed;

  Fixture() throws IssuanceException {
    pki = TestPki.newBuilder().clock(CLOCK).build();
    issuer = Issuer.newBuilder().seal(pki.seal()).clock(CLOCK)
        .organisation(Organisation.newBuilder().id("https://aipia.example/id")
            .legalName(LanguageMap.of("en", "AIPIA Test Association"))
            .eidasIdentifier("VATIT-12345678901").build())
        .build();
    request = IssuanceRequest.newBuilder()
        .holder(Person.newBuilder().id("urn:uuid:6f1c1bb4-3b0e-4e7b-9a43-1d2f8f4c2a10")
            .givenName("Giulia").familyName("Rossi").build())
        .profile("ai-security-specialist")
        .committeeDecision("AIPIA technical committee", LocalDate.of(2026, 11, 20))
        .interview(LocalDate.of(2026, 11, 18), true)
        .build();
    credential = issuer.prepare(request);
    sealed = issuer.seal(credential);
  }

  /**
   * Issues credentials for distinct holders (each with fresh random identifiers), so that a
   * benchmark cycling through them gets no help from anything keyed by credential content.
   *
   * @param count how many
   * @return the sealed credentials
   * @throws IssuanceException if issuing fails
   */
  List<SealedCredential> distinctCredentials(int count) throws IssuanceException {
    List<SealedCredential> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(issuer.issue(IssuanceRequest.newBuilder()
          .holder(Person.newBuilder().id("urn:uuid:" + UUID.randomUUID())
              .givenName("Giulia").familyName("Rossi").build())
          .profile("ai-security-specialist")
          .committeeDecision("AIPIA technical committee", LocalDate.of(2026, 11, 20))
          .interview(LocalDate.of(2026, 11, 18), true)
          .build()));
    }
    return out;
  }

  /** A verifier trusting the PKI's root, with the fixed clock and the default (strict) policy. */
  Verifier verifier() {
    return Verifier.create(VerificationPolicy.newBuilder().clock(CLOCK)
        .trustAnchors(List.of(pki.trustAnchor())).build());
  }

  /**
   * Fails the setup unless a report passed, so that a broken verifier is never benchmarked.
   *
   * @param report the report
   * @param what what was verified, for the message
   */
  static void requirePassed(VerificationReport report, String what) {
    if (report.indication() != Indication.TOTAL_PASSED) {
      throw new IllegalStateException(what + " did not verify: " + report.indication() + " "
          + report.firstProblem());
    }
  }
}
