package io.sigillo.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.issuer.route.AuditTrail;
import io.sigillo.credential.Person;
import io.sigillo.issuer.route.HrKey;
import io.sigillo.issuer.route.RouteKind;
import io.sigillo.issuer.route.RouteStep;
import io.sigillo.verifier.VerificationReport;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuanceServerTest {
  @TempDir
  Path dir;
  HttpFixture f;
  final HttpClient http = HttpClient.newHttpClient();

  void start(UnaryOperator<IssuanceServer.Builder> options) throws Exception {
    f = new HttpFixture(dir, options);
  }

  void start() throws Exception {
    start(b -> b.qr(true, 2));
  }

  @AfterEach
  void stop() {
    if (f != null) {
      f.close();
    }
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(f.server.credentialsUrl().resolve(path));
  }

  HttpResponse<byte[]> post(String body, String... headers) throws Exception {
    HttpRequest.Builder b = request("/v1/credentials").POST(HttpRequest.BodyPublishers.ofString(body));
    b.header("Content-Type", "application/json");
    b.header("Authorization", "Bearer " + HttpFixture.KEY);
    for (int i = 0; i < headers.length; i += 2) {
      b.setHeader(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<byte[]> post(JsonNode body, String... headers) throws Exception {
    return post(body.toString(), headers);
  }

  static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  /** A problem document with the status and code, and nothing of a stack trace. */
  static JsonNode problem(HttpResponse<byte[]> r, int status, String code) throws Exception {
    assertThat(r.statusCode()).as(text(r)).isEqualTo(status);
    assertThat(r.headers().firstValue("content-type")).contains("application/problem+json");
    JsonNode p = HttpFixture.JSON.readTree(r.body());
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("code").asText()).isEqualTo(code);
    assertThat(p.get("type").asText()).startsWith("urn:sigillo:problem:");
    assertThat(p.get("title").asText()).isNotBlank();
    assertThat(p.get("detail").asText()).isNotBlank();
    assertThat(text(r)).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("io.sigillo.");
    return p;
  }

  static List<String> fields(JsonNode problem) {
    List<String> out = new ArrayList<>();
    problem.get("problems").forEach(p -> out.add(p.get("field").asText() + " " + p.get("code").asText()));
    return out;
  }

  @Test
  void post_newHolder_201WithLocationAndAJadesThatVerifies() throws Exception {
    start();
    HttpResponse<byte[]> r = post(HttpFixture.request("E00001"));
    assertThat(r.statusCode()).as(text(r)).isEqualTo(201);
    assertThat(r.headers().firstValue("content-type")).contains("application/jose+json");
    String id = r.headers().firstValue("sigillo-credential-id").orElseThrow();
    assertThat(r.headers().firstValue("location")).contains("/v1/credentials/" + id.substring("urn:uuid:".length()));
    assertThat(r.headers().firstValue("cache-control")).contains("no-store");
    VerificationReport report = f.verifier().verify(r.body());
    assertThat(report.isValid()).as(report.summary()).isTrue();
    assertThat(report.verifiedCredential().orElseThrow().credential().orElseThrow().id()).isEqualTo(URI.create(id));
  }

  @Test
  void post_sameRequestAgain_200WithTheSameCredentialAndTheKeysActorInTheAudit() throws Exception {
    start();
    ObjectNode body = HttpFixture.request("E00002");
    HttpResponse<byte[]> first = post(body);
    HttpResponse<byte[]> again = post(body, "X-API-Key", HttpFixture.KEY, "Authorization", "Basic eA==");
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(again.statusCode()).as(text(again)).isEqualTo(200);
    assertThat(again.headers().firstValue("location")).isEmpty();
    String id = first.headers().firstValue("sigillo-credential-id").orElseThrow();
    assertThat(again.headers().firstValue("sigillo-credential-id")).contains(id);
    assertThat(f.verifier().verify(again.body()).isValid()).isTrue();
    AuditTrail trail = f.store.audit(URI.create(id));
    assertThat(trail.steps()).extracting(RouteStep::actor).containsOnly(HttpFixture.ACTOR);
    assertThat(f.store.pendingApplications()).isEmpty();
  }

  @Test
  void post_sameKeyWithOtherData_409AndNothingIssuedAgain() throws Exception {
    start();
    ObjectNode body = HttpFixture.request("E00003");
    String id = post(body).headers().firstValue("sigillo-credential-id").orElseThrow();
    ((ObjectNode) body.get("holder")).put("familyName", "Bianchi");
    problem(post(body), 409, "ALREADY_ISSUED_WITH_OTHER_DATA");
    assertThat(f.store.application(new HrKey("E00003", HttpFixture.PROFILE, "2026")).orElseThrow().credentialId())
        .contains(URI.create(id));
  }

  @Test
  void post_acceptHeader_choosesVcJwtDocumentOrQrPng() throws Exception {
    start();
    ObjectNode body = HttpFixture.request("E00004");
    HttpResponse<byte[]> jwt = post(body, "Accept", "application/vc+jwt");
    assertThat(jwt.statusCode()).isEqualTo(201);
    assertThat(jwt.headers().firstValue("content-type")).contains("application/vc+jwt");
    assertThat(f.verifier().verify(jwt.body()).isValid()).isTrue();
    HttpResponse<byte[]> doc = post(body, "Accept", "text/html;q=0.9, application/ld+json");
    assertThat(doc.statusCode()).isEqualTo(200);
    assertThat(doc.headers().firstValue("content-type")).contains("application/ld+json");
    assertThat(HttpFixture.JSON.readTree(doc.body()).get("id").asText())
        .isEqualTo(jwt.headers().firstValue("sigillo-credential-id").orElseThrow());
    HttpResponse<byte[]> png = post(body, "Accept", "image/png");
    assertThat(png.statusCode()).isEqualTo(200);
    assertThat(png.headers().firstValue("content-type")).contains("image/png");
    assertThat(png.body()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
  }

  @Test
  void post_nothingAcceptable_406AndNothingRecorded() throws Exception {
    start(b -> b);
    problem(post(HttpFixture.request("E00005"), "Accept", "image/png"), 406, "NOT_ACCEPTABLE");
    assertThat(f.store.application(new HrKey("E00005", HttpFixture.PROFILE, "2026"))).isEmpty();
  }

  @Test
  void get_issuedCredential_200WithTheSameIdAndUnknownIs404() throws Exception {
    start();
    HttpResponse<byte[]> created = post(HttpFixture.request("E00006"));
    String location = created.headers().firstValue("location").orElseThrow();
    HttpResponse<byte[]> r = http.send(request(location).header("X-API-Key", HttpFixture.KEY)
        .header("Accept", "application/vc+jwt").build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(f.verifier().verify(r.body()).verifiedCredential().orElseThrow().credential().orElseThrow().id().toString())
        .isEqualTo(created.headers().firstValue("sigillo-credential-id").orElseThrow());
    HttpResponse<byte[]> unknown = http.send(request("/v1/credentials/00000000-0000-4000-8000-000000000000")
        .header("X-API-Key", HttpFixture.KEY).build(), HttpResponse.BodyHandlers.ofByteArray());
    problem(unknown, 404, "UNKNOWN_CREDENTIAL");
  }

  @Test
  void post_withoutOrWithAWrongKey_401WithWwwAuthenticate() throws Exception {
    start();
    HttpResponse<byte[]> none = http.send(request("/v1/credentials").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(HttpFixture.request("E00007").toString())).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    problem(none, 401, "UNAUTHENTICATED");
    assertThat(none.headers().firstValue("www-authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    HttpResponse<byte[]> wrong = post(HttpFixture.request("E00007"), "Authorization", "Bearer " + HttpFixture.KEY + "x");
    problem(wrong, 401, "INVALID_API_KEY");
    assertThat(wrong.headers().firstValue("www-authenticate")).hasValueSatisfying(v -> assertThat(v)
        .contains("invalid_token"));
    problem(http.send(request("/v1/credentials/00000000-0000-4000-8000-000000000000").build(),
        HttpResponse.BodyHandlers.ofByteArray()), 401, "UNAUTHENTICATED");
    assertThat(f.store.application(new HrKey("E00007", HttpFixture.PROFILE, "2026"))).isEmpty();
  }

  @Test
  void post_notJson_415() throws Exception {
    start();
    problem(post(HttpFixture.request("E00008"), "Content-Type", "text/plain"), 415, "UNSUPPORTED_MEDIA_TYPE");
    problem(post(HttpFixture.request("E00008"), "Content-Type", "application/json; charset=iso-8859-1"), 415,
        "UNSUPPORTED_MEDIA_TYPE");
    assertThat(post(HttpFixture.request("E00008"), "Content-Type", "application/json; charset=UTF-8").statusCode())
        .isEqualTo(201);
  }

  @Test
  void request_otherMethodOrPath_405WithAllowOr404() throws Exception {
    start();
    HttpResponse<byte[]> get = http.send(request("/v1/credentials").header("X-API-Key", HttpFixture.KEY).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    problem(get, 405, "METHOD_NOT_ALLOWED");
    assertThat(get.headers().firstValue("allow")).contains("POST");
    HttpResponse<byte[]> delete = http.send(request("/v1/credentials/00000000-0000-4000-8000-000000000000")
        .DELETE().build(), HttpResponse.BodyHandlers.ofByteArray());
    problem(delete, 405, "METHOD_NOT_ALLOWED");
    assertThat(delete.headers().firstValue("allow")).contains("GET");
    problem(http.send(request("/v2/things").build(), HttpResponse.BodyHandlers.ofByteArray()), 404, "NOT_FOUND");
    problem(http.send(request("/v1/credentials/../../etc/passwd").build(), HttpResponse.BodyHandlers.ofByteArray()),
        404, "NOT_FOUND");
  }

  @Test
  void post_bodyOverTheLimit_413() throws Exception {
    start(b -> b.maxBodyBytes(2048));
    String big = "{\"hrId\": \"" + "x".repeat(4096) + "\"}";
    HttpResponse<byte[]> declared = post(big);
    problem(declared, 413, "BODY_TOO_LARGE");
    HttpRequest chunked = request("/v1/credentials").header("Content-Type", "application/json")
        .header("X-API-Key", HttpFixture.KEY)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
            big.getBytes(StandardCharsets.UTF_8)))).build();
    problem(http.send(chunked, HttpResponse.BodyHandlers.ofByteArray()), 413, "BODY_TOO_LARGE");
  }

  @Test
  void post_hugeDeclaredLength_413BeforeTheBodyIsSent() throws Exception {
    start();
    try (RawClient c = new RawClient(f.server.credentialsUrl())) {
      c.send("POST /v1/credentials HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-API-Key: "
          + HttpFixture.KEY + "\r\nContent-Length: 1000000000\r\n\r\n");
      assertThat(c.statusLine()).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
    }
  }

  @Test
  void post_malformedJson_400WithTheStrictJsonCode() throws Exception {
    start();
    JsonNode dup = problem(post("{\"hrId\": \"E1\", \"hrId\": \"E2\"}"), 400, "MALFORMED_JSON");
    assertThat(dup.get("detail").asText()).contains("DUPLICATE_KEY");
    problem(post("{\"hrId\": \"E1\"} {}"), 400, "MALFORMED_JSON");
    problem(post("[1, 2]"), 400, "MALFORMED_JSON");
    problem(post(""), 400, "MALFORMED_JSON");
  }

  @Test
  void post_invalidFields_400WithEveryProblemByField() throws Exception {
    start();
    ObjectNode body = HttpFixture.request("E00009");
    ((ObjectNode) body.get("holder")).remove("familyName");
    ((ObjectNode) body.get("membership")).put("memberSince", "01/03/2024");
    body.put("favouriteColour", "blue");
    body.put("cycle", 2026);
    JsonNode unknown = problem(post(body), 400, "INVALID_REQUEST");
    assertThat(fields(unknown)).containsExactlyInAnyOrder("favouriteColour UNKNOWN_FIELD", "cycle INVALID_VALUE");
    body.remove("favouriteColour");
    body.put("cycle", "2026");
    JsonNode invalid = problem(post(body), 400, "INVALID_REQUEST");
    assertThat(fields(invalid)).containsExactlyInAnyOrder("holder.familyName MISSING_VALUE",
        "membership.memberSince INVALID_DATE");
    assertThat(f.store.application(new HrKey("E00009", HttpFixture.PROFILE, "2026"))).isEmpty();
  }

  @Test
  void post_routeRefusals_422WithTheRouteReason() throws Exception {
    start();
    ObjectNode negative = HttpFixture.request("E00010");
    ((ObjectNode) negative.get("assessment")).put("decision", "NEGATIVE");
    JsonNode p = problem(post(negative), 422, "DECISION_NEGATIVE");
    assertThat(fields(p)).containsExactly("assessment.decision DECISION_NEGATIVE");
    ObjectNode inactive = HttpFixture.request("E00011");
    ((ObjectNode) inactive.get("membership")).put("active", false);
    problem(post(inactive), 422, "MEMBERSHIP_INACTIVE");
    ObjectNode unknownProfile = HttpFixture.request("E00012");
    unknownProfile.put("profile", "chief-astrologer");
    problem(post(unknownProfile), 422, "PROFILE_UNKNOWN");
    assertThat(f.store.application(new HrKey("E00010", HttpFixture.PROFILE, "2026"))).isEmpty();
  }

  @Test
  void post_sameKeyFromManyClientsAtOnce_oneCredentialOne201() throws Exception {
    start(b -> b.concurrency(8));
    String body = HttpFixture.request("E00013").toString();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<HttpResponse<byte[]>>> all = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        all.add(pool.submit((Callable<HttpResponse<byte[]>>) () -> post(body)));
      }
      List<Integer> statuses = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (Future<HttpResponse<byte[]>> r : all) {
        statuses.add(r.get().statusCode());
        ids.add(r.get().headers().firstValue("sigillo-credential-id").orElse("none: " + text(r.get())));
      }
      assertThat(statuses).containsOnly(201, 200).filteredOn(s -> s == 201).hasSize(1);
      assertThat(ids).hasSize(6).containsOnly(ids.get(0));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void post_differentHoldersInParallel_allIssued() throws Exception {
    start(b -> b.concurrency(4));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<HttpResponse<byte[]>>> all = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String body = HttpFixture.request(String.format("P%05d", i)).toString();
        all.add(pool.submit((Callable<HttpResponse<byte[]>>) () -> post(body)));
      }
      for (Future<HttpResponse<byte[]>> r : all) {
        assertThat(r.get().statusCode()).as(text(r.get())).isIn(201, 503);
      }
    } finally {
      pool.shutdownNow();
    }
    for (int i = 0; i < 8; i++) {
      HttpResponse<byte[]> r = post(HttpFixture.request(String.format("P%05d", i)));
      assertThat(r.statusCode()).isIn(200, 201);
    }
    assertThat(f.store.pendingApplications()).isEmpty();
  }

  @Test
  void post_allSlotsBusy_503WithRetryAfter() throws Exception {
    start(b -> b.concurrency(1).readTimeout(java.time.Duration.ofSeconds(30)));
    // a slow request holds the only slot: headers and part of the body, the rest never comes. The probing
    // "{}" requests take the slot too while they are answered (400): a slow request whose handler comes in
    // at that moment is itself refused, and then a new slow request is needed. A deadline rather than a
    // number of tries, so that a loaded machine does not fail the test.
    HttpResponse<byte[]> busy = null;
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
    RawClient slow = null;
    try {
      while ((busy == null || busy.statusCode() != 503) && System.nanoTime() < deadline) {
        if (slow == null || slow.answered()) {
          if (slow != null) {
            slow.close();
          }
          slow = new RawClient(f.server.credentialsUrl());
          slow.send("POST /v1/credentials HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-API-Key: "
              + HttpFixture.KEY + "\r\nContent-Length: 100\r\n\r\n{\"hrId\"");
        }
        busy = post("{}");
        if (busy.statusCode() != 503) {
          assertThat(busy.statusCode()).as("before the slot is taken").isEqualTo(400);
          Thread.sleep(20);
        }
      }
      problem(busy, 503, "BUSY");
      assertThat(busy.headers().firstValue("retry-after")).contains("1");
      assertThat(slow.answered()).as("the slow request still holds the slot").isFalse();
    } finally {
      if (slow != null) {
        slow.close();
      }
    }
  }

  @Test
  void post_bodyNotSentInTime_connectionClosedAndTheSlotFreed() throws Exception {
    start(b -> b.concurrency(1).readTimeout(java.time.Duration.ofMillis(300)));
    try (RawClient slow = new RawClient(f.server.credentialsUrl())) {
      slow.send("POST /v1/credentials HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-API-Key: "
          + HttpFixture.KEY + "\r\nContent-Length: 100\r\n\r\n{\"hrId\"");
      assertThat(slow.readToEnd(java.time.Duration.ofSeconds(10))).doesNotContain("HTTP/1.1 2");
    }
    assertThat(post(HttpFixture.request("E00014")).statusCode()).isEqualTo(201);
  }

  @Test
  void post_keyOfAnApplicationOpenedByHand_409KeyInUse() throws Exception {
    start();
    HrKey key = new HrKey("E00015", HttpFixture.PROFILE, "2026");
    f.route.open(RouteKind.ASSOCIATION_ASSESSMENT, HttpFixture.PROFILE, key,
        Person.newBuilder().id("urn:uuid:6f1c1bb4-3b0e-4e7b-9a43-000000000015").givenName("Giulia")
            .familyName("Rossi").build(), "registrar");
    problem(post(HttpFixture.request("E00015")), 409, "KEY_IN_USE");
  }

  @Test
  void post_sameKeyThroughTwoServersOnOneStore_oneCredential() throws Exception {
    start(b -> b.concurrency(8));
    try (HttpFixture other = new HttpFixture(dir, b -> b.concurrency(8))) {
      String body = HttpFixture.request("E00016").toString();
      ExecutorService pool = Executors.newFixedThreadPool(6);
      try {
        List<Future<HttpResponse<byte[]>>> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
          URI target = (i % 2 == 0 ? f : other).server.credentialsUrl();
          all.add(pool.submit((Callable<HttpResponse<byte[]>>) () -> http.send(HttpRequest.newBuilder(target)
              .header("Content-Type", "application/json").header("X-API-Key", HttpFixture.KEY)
              .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray())));
        }
        List<Integer> statuses = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Future<HttpResponse<byte[]>> r : all) {
          statuses.add(r.get().statusCode());
          ids.add(r.get().headers().firstValue("sigillo-credential-id").orElse("none: " + text(r.get())));
        }
        assertThat(statuses).containsOnly(201, 200).filteredOn(s -> s == 201).hasSize(1);
        assertThat(ids).containsOnly(ids.get(0));
      } finally {
        pool.shutdownNow();
      }
    }
    assertThat(f.store.pendingApplications()).isEmpty();
  }

  @Test
  void post_serverMisconfigured_500ProblemWithoutStackTrace() throws Exception {
    f = new HttpFixture(dir, b -> b.qr(true, 2), false);
    problem(post(HttpFixture.request("E00017"), "Accept", "image/png"), 500, "INTERNAL_ERROR");
  }
}
