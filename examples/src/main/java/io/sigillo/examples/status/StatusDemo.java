package io.sigillo.examples.status;

import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.Organisation;
import io.sigillo.credential.Person;
import io.sigillo.issuer.IssuanceRequest;
import io.sigillo.issuer.Issuer;
import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.status.ConnectionSource;
import io.sigillo.issuer.status.JdbcStatusStore;
import io.sigillo.issuer.status.PooledConnections;
import io.sigillo.issuer.status.StatusListConfig;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.verifier.CheckId;
import io.sigillo.verifier.CheckResult;
import io.sigillo.verifier.HttpStatusListResolver;
import io.sigillo.verifier.VerificationPolicy;
import io.sigillo.verifier.VerificationReport;
import io.sigillo.verifier.Verifier;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The revocation walk-through, over loopback: issue a credential with status, verify it (valid,
 * status lists fetched over HTTP), revoke it, publish the lists again, verify again (revoked).
 * Uses a throw-away test PKI and an H2 status store in a working directory; for demos only.
 */
public final class StatusDemo {
  private StatusDemo() {}

  /** What the walk-through produced. */
  public record Outcome(SealedCredential credential, VerificationReport before, VerificationReport after) {}

  /**
   * Runs the walk-through.
   *
   * @param workDir where the H2 status database is created
   * @param out where to narrate
   * @param clock the clock for issuer, store and verifier
   * @return the credential and both reports
   * @throws Exception if a step fails unexpectedly
   */
  public static Outcome run(Path workDir, PrintStream out, Clock clock) throws Exception {
    TestPki pki = TestPki.newBuilder().clock(clock).build();
    Organisation org = Organisation.newBuilder().id("https://aipia.example/id")
        .legalName(LanguageMap.of("en", "AIPIA (demo)")).eidasIdentifier("VATIT-12345678901").build();
    try (PooledConnections db = PooledConnections.of(
            ConnectionSource.url(JdbcStatusStore.h2FileUrl(workDir.resolve("status")), "sa", ""), 4);
        StatusListServer server = StatusListServer.bind(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/status/", clock)) {
      JdbcStatusStore store = JdbcStatusStore.newBuilder().connections(db).clock(clock).build();
      Issuer issuer = Issuer.newBuilder().seal(pki.seal()).organisation(org).clock(clock)
          .status(StatusListConfig.newBuilder().store(store).baseUrl(server.baseUrl("http")).build())
          .build();
      server.start(issuer::publishStatusLists, null);
      out.println("status lists served at " + server.baseUrl("http"));

      SealedCredential sealed = issuer.issue(IssuanceRequest.newBuilder()
          .holder(Person.newBuilder().id("urn:uuid:6f1c1bb4-3b0e-4e7b-9a43-1d2f8f4c2a10")
              .givenName("Giulia").familyName("Rossi").build())
          .profile("ai-security-specialist")
          .committeeDecision("AIPIA technical committee", LocalDate.now(clock).minusDays(1))
          .build());
      out.println("issued " + sealed.credential().id() + " with status " + sealed.credential().credentialStatus());
      server.publish();
      out.println("published the status lists");

      VerificationReport before = verifier(pki, clock).verify(sealed.jades());
      out.println("verify: " + before.indication() + " (" + describe(before.check(CheckId.STATUS)) + ")");

      store.revoke(sealed.credential().id(), "demo", "withdrawn by the technical committee");
      out.println("revoked " + sealed.credential().id());
      server.publish();
      out.println("published the status lists again");

      VerificationReport after = verifier(pki, clock).verify(sealed.jades());
      out.println("verify: " + after.indication() + " (" + describe(after.check(CheckId.STATUS)) + ")");
      return new Outcome(sealed, before, after);
    }
  }

  /** A fresh verifier (and resolver cache) per verification, as a separate relying party would be. */
  private static Verifier verifier(TestPki pki, Clock clock) {
    return Verifier.create(VerificationPolicy.newBuilder().clock(clock).trustAnchors(List.of(pki.trustAnchor()))
        .statusListResolver(HttpStatusListResolver.newBuilder().allowHosts(List.of("127.0.0.1"))
            .allowInsecureHttp().clock(clock).build())
        .build());
  }

  private static String describe(CheckResult r) {
    return "STATUS " + r.outcome() + " " + r.reason() + ": " + r.message();
  }
}
