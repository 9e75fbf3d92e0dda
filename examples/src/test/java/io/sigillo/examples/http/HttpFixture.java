package io.sigillo.examples.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.Organisation;
import io.sigillo.issuer.Issuer;
import io.sigillo.issuer.SealedStatusList;
import io.sigillo.issuer.route.CertificationRoute;
import io.sigillo.issuer.route.RouteException;
import io.sigillo.issuer.route.RouteStore;
import io.sigillo.issuer.status.ConnectionSource;
import io.sigillo.issuer.status.JdbcStatusStore;
import io.sigillo.issuer.status.PooledConnections;
import io.sigillo.issuer.status.StatusListConfig;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.profile.Competence;
import io.sigillo.profile.ProfileCatalogue;
import io.sigillo.verifier.OfflineStatusListResolver;
import io.sigillo.verifier.VerificationPolicy;
import io.sigillo.verifier.Verifier;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;

/** An issuance server on loopback over a real route on an H2 file, with a test PKI and sample requests. */
public final class HttpFixture implements AutoCloseable {
  static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
  static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
  static final String PROFILE = "ai-security-specialist";
  static final String KEY = "hr-system-key-0123456789-abcdefghij";
  static final String ACTOR = "hr-sync@acme";
  static final ObjectMapper JSON = new ObjectMapper();
  private static TestPki pki;

  final PooledConnections db;
  final RouteStore store;
  final Issuer issuer;
  final CertificationRoute route;
  final IssuanceServer server;

  HttpFixture(Path dir, UnaryOperator<IssuanceServer.Builder> options) throws RouteException, IOException {
    this(dir, options, true);
  }

  HttpFixture(Path dir, UnaryOperator<IssuanceServer.Builder> options, boolean qrSeal)
      throws RouteException, IOException {
    db = PooledConnections.of(ConnectionSource.url(JdbcStatusStore.h2FileUrl(dir.resolve("route")), "sa", ""), 8);
    store = RouteStore.newBuilder().connections(db).clock(CLOCK).build();
    issuer = Issuer.newBuilder().seal(pki().seal()).clock(CLOCK).qrSeal(qrSeal)
        .organisation(Organisation.newBuilder().id("https://aipia.example/id")
            .legalName(LanguageMap.of("en", "AIPIA Test Association")).eidasIdentifier("VATIT-12345678901").build())
        .status(StatusListConfig.newBuilder().store(store.statusStore())
            .baseUrl(URI.create("https://aipia.example/status/")).build())
        .build();
    route = CertificationRoute.newBuilder().issuer(issuer).store(store).clock(CLOCK).build();
    server = options.apply(IssuanceServer.newBuilder().route(route)
        .apiKeys(ApiKeys.newBuilder().add(ACTOR, KEY).build())
        .address(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
        .readTimeout(Duration.ofSeconds(5))).build();
    server.start();
  }

  static synchronized TestPki pki() {
    if (pki == null) {
      pki = TestPki.newBuilder().clock(Clock.fixed(T0.minusSeconds(86_400), ZoneOffset.UTC)).build();
    }
    return pki;
  }

  /** A verifier that trusts the test PKI and resolves the current status lists offline. */
  Verifier verifier() throws Exception {
    OfflineStatusListResolver.Builder lists = OfflineStatusListResolver.newBuilder().clock(CLOCK);
    for (SealedStatusList l : issuer.publishStatusLists()) {
      lists.add(l.vcJwt().getBytes(StandardCharsets.US_ASCII));
    }
    return Verifier.create(VerificationPolicy.newBuilder().clock(CLOCK).trustAnchors(List.of(pki().trustAnchor()))
        .statusListResolver(lists.build()).requireStatus().build());
  }

  /** A valid, positive request for one holder, nested as an HR system would send it. */
  public static ObjectNode request(String hrId) {
    ObjectNode n = JSON.createObjectNode();
    n.put("hrId", hrId).put("profile", PROFILE).put("cycle", "2026");
    n.putObject("holder").put("givenName", "Giulia").put("familyName", "Rossi").put("birthDate", "1990-04-12")
        .put("email", hrId.toLowerCase() + "@example.org");
    n.putObject("membership").put("memberNumber", "AIPIA-" + hrId).put("memberSince", "2024-03-01")
        .put("active", true).put("paidUntil", "2027-12-31");
    ObjectNode dossier = n.putObject("dossier").put("submittedOn", "2026-10-01");
    for (String kind : List.of("cv", "training", "experience", "portfolio")) {
      ObjectNode d = dossier.putObject(kind);
      d.putArray("id").add("dms:" + kind + "/" + hrId);
      d.putArray("sha256").add(sha256(kind + hrId));
    }
    n.putObject("interview").put("heldOn", "2026-11-10").put("passed", true).putArray("interviewers")
        .add("Dr. Anna Bianchi");
    ObjectNode a = n.putObject("assessment").put("committee", "AIPIA technical committee")
        .put("decision", "POSITIVE").put("decidedOn", "2026-11-20");
    a.putArray("assessors").add("Prof. Marco Verdi").add("Ing. Sara Neri");
    ArrayNode outcomes = a.putArray("outcomes");
    ProfileCatalogue.bundled().find(PROFILE).orElseThrow().competences().stream().map(Competence::id)
        .forEach(id -> outcomes.add(id.getFragment() + "=MET"));
    return n;
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
    db.close();
  }
}
