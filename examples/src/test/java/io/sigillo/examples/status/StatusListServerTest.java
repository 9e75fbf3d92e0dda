package io.sigillo.examples.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.Organisation;
import io.sigillo.issuer.Issuer;
import io.sigillo.issuer.status.ConnectionSource;
import io.sigillo.issuer.status.JdbcStatusStore;
import io.sigillo.issuer.status.PooledConnections;
import io.sigillo.issuer.status.StatusListConfig;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.status.BitstringStatusListCredential;
import io.sigillo.verifier.HttpStatusListResolver;
import io.sigillo.verifier.ResolvedStatusList;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusListServerTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

  @TempDir
  Path dir;
  PooledConnections db;
  StatusListServer server;
  Issuer issuer;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    db = PooledConnections.of(ConnectionSource.url(JdbcStatusStore.h2FileUrl(dir.resolve("s")), "sa", ""), 2);
    JdbcStatusStore store = JdbcStatusStore.newBuilder().connections(db).clock(CLOCK).build();
    server = StatusListServer.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/status/", CLOCK);
    TestPki pki = TestPki.newBuilder().clock(CLOCK).build();
    issuer = Issuer.newBuilder().seal(pki.seal()).clock(CLOCK)
        .organisation(Organisation.newBuilder().id("https://aipia.example/id").legalName(LanguageMap.of("en", "AIPIA"))
            .eidasIdentifier("VATIT-12345678901").build())
        .status(StatusListConfig.newBuilder().store(store).baseUrl(server.baseUrl("http")).build())
        .build();
    issuer.issue(StatusDemoTest.request());
    server.start(issuer::publishStatusLists, null);
  }

  @AfterEach
  void stop() {
    server.close();
    db.close();
  }

  HttpResponse<String> get(String list, String accept, String method) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(server.baseUrl("http").resolve(list)).method(method,
        HttpRequest.BodyPublishers.noBody());
    if (accept != null) {
      b.header("Accept", accept);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void get_list_vcJwtWithTtlAsMaxAgeAndEtag() throws Exception {
    HttpResponse<String> r = get("r1", null, "GET");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type")).contains("application/vc+jwt");
    assertThat(r.headers().firstValue("cache-control")).contains("public, max-age=300");
    assertThat(r.headers().firstValue("etag")).isPresent();
    byte[] payload = Base64.getUrlDecoder().decode(r.body().split("\\.")[1]);
    BitstringStatusListCredential list = BitstringStatusListCredential.read(payload);
    assertThat(list.id()).isEqualTo(server.baseUrl("http").resolve("r1"));
  }

  @Test
  void get_acceptJoseJson_jadesForm() throws Exception {
    HttpResponse<String> r = get("s1", "application/jose+json", "GET");
    assertThat(r.headers().firstValue("content-type")).contains("application/jose+json");
    assertThat(r.body()).startsWith("{\"payload\":");
  }

  @Test
  void get_matchingEtag_notModified() throws Exception {
    String etag = get("r1", null, "GET").headers().firstValue("etag").orElseThrow();
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.baseUrl("http").resolve("r1"))
        .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(304);
  }

  @Test
  void get_unknownListOrWrongMethod_404And405() throws Exception {
    assertThat(get("r9", null, "GET").statusCode()).isEqualTo(404);
    assertThat(get("r1", null, "POST").statusCode()).isEqualTo(405);
    assertThat(get("r1", null, "HEAD").statusCode()).isEqualTo(200);
  }

  @Test
  void publish_afterRevocation_servesTheNewListThroughTheResolver() throws Exception {
    HttpStatusListResolver resolver = HttpStatusListResolver.newBuilder().allowHosts(List.of("127.0.0.1"))
        .allowInsecureHttp().clock(CLOCK).build();
    URI r1 = server.baseUrl("http").resolve("r1");
    ResolvedStatusList before = resolver.resolve(r1);
    assertThat(resolver.resolve(r1)).as("cached for max-age / ttl").isSameAs(before);
    String etag = get("r1", null, "GET").headers().firstValue("etag").orElseThrow();
    issuer.issue(StatusDemoTest.request());
    server.publish();
    assertThat(get("r1", null, "GET").headers().firstValue("etag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
  }

  @Test
  void demo_issueVerifyRevokePublishVerify_validThenRevoked() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StatusDemo.Outcome o = StatusDemo.run(dir.resolve("demo"), new PrintStream(out, true, StandardCharsets.UTF_8),
        Clock.systemUTC());
    assertThat(o.before().isValid()).as(out.toString(StandardCharsets.UTF_8)).isTrue();
    assertThat(o.after().indication()).isEqualTo(io.sigillo.verifier.Indication.TOTAL_FAILED);
    assertThat(o.after().check(io.sigillo.verifier.CheckId.STATUS).reason())
        .isEqualTo(io.sigillo.verifier.ReasonCode.REVOKED);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("verify: TOTAL_PASSED", "verify: TOTAL_FAILED", "REVOKED");
  }
}
