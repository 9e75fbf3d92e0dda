package io.sigillo.verifier.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.sigillo.status.StatusErrorCode;
import io.sigillo.status.StatusListException;
import io.sigillo.verifier.HttpStatusListResolver;
import io.sigillo.verifier.ResolvedStatusList;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpStatusListResolverTest {
  HttpServer server;
  String base;
  final StatusFixture.TestClock clock = new StatusFixture.TestClock(StatusFixture.T0);
  final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  /** A vc+jwt-shaped body whose payload carries a ttl, as a published list would. */
  static String jwtWithTtl(long ttlMillis) {
    Base64.Encoder e = Base64.getUrlEncoder().withoutPadding();
    String payload = "{\"id\":\"https://aipia.example/status/r1\",\"credentialSubject\":{\"ttl\":" + ttlMillis + "}}";
    return e.encodeToString("{\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + e.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
  }

  private void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
    byte[] body = ("list at " + path).getBytes(StandardCharsets.UTF_8);
    switch (path) {
      case "/max-age":
        x.getResponseHeaders().add("Cache-Control", "public, max-age=60");
        break;
      case "/no-store":
        x.getResponseHeaders().add("Cache-Control", "no-store");
        break;
      case "/ttl":
        x.getResponseHeaders().add("Cache-Control", "max-age=3600");
        body = jwtWithTtl(10_000).getBytes(StandardCharsets.US_ASCII);
        break;
      case "/redirect-same":
        x.getResponseHeaders().add("Location", "/max-age");
        x.sendResponseHeaders(302, -1);
        x.close();
        return;
      case "/redirect-away":
        x.getResponseHeaders().add("Location", "http://evil.example/list");
        x.sendResponseHeaders(301, -1);
        x.close();
        return;
      case "/redirect-loop":
        x.getResponseHeaders().add("Location", "/redirect-loop");
        x.sendResponseHeaders(307, -1);
        x.close();
        return;
      case "/huge":
        x.sendResponseHeaders(200, 0);
        try (OutputStream out = x.getResponseBody()) {
          byte[] chunk = new byte[8192];
          for (int i = 0; i < 256; i++) {
            out.write(chunk);
          }
        } catch (IOException e) {
          // the client hung up after the limit, as it should
        }
        return;
      case "/slow":
        try {
          Thread.sleep(3000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        break;
      case "/missing":
        x.sendResponseHeaders(404, -1);
        x.close();
        return;
      default:
        break;
    }
    x.sendResponseHeaders(200, body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  HttpStatusListResolver.Builder resolver() {
    return HttpStatusListResolver.newBuilder().allowHosts(List.of("127.0.0.1")).allowInsecureHttp().clock(clock)
        .readTimeout(Duration.ofSeconds(5));
  }

  URI url(String path) {
    return URI.create(base + path);
  }

  static void assertRetrievalError(HttpStatusListResolver r, URI url, String messagePart) {
    assertThatThrownBy(() -> r.resolve(url)).isInstanceOfSatisfying(StatusListException.class, e -> {
      assertThat(e.code()).isEqualTo(StatusErrorCode.STATUS_RETRIEVAL_ERROR);
      assertThat(e.getMessage()).contains(messagePart);
    });
  }

  @Test
  void resolve_maxAge_cachedUntilItPasses() throws Exception {
    HttpStatusListResolver r = resolver().build();
    ResolvedStatusList first = r.resolve(url("/max-age"));
    assertThat(new String(first.content(), StandardCharsets.UTF_8)).isEqualTo("list at /max-age");
    assertThat(r.resolve(url("/max-age"))).isSameAs(first);
    clock.advance(Duration.ofSeconds(61));
    assertThat(r.resolve(url("/max-age"))).isNotSameAs(first);
    assertThat(hits.get("/max-age")).hasValue(2);
  }

  @Test
  void resolve_ttlShorterThanMaxAge_refetchedAfterTtl() throws Exception {
    HttpStatusListResolver r = resolver().build();
    r.resolve(url("/ttl"));
    clock.advance(Duration.ofSeconds(9));
    r.resolve(url("/ttl"));
    assertThat(hits.get("/ttl")).hasValue(1);
    clock.advance(Duration.ofSeconds(2));
    r.resolve(url("/ttl"));
    assertThat(hits.get("/ttl")).hasValue(2);
  }

  @Test
  void resolve_noStore_fetchedEveryTime() throws Exception {
    HttpStatusListResolver r = resolver().build();
    r.resolve(url("/no-store"));
    r.resolve(url("/no-store"));
    assertThat(hits.get("/no-store")).hasValue(2);
  }

  @Test
  void resolve_hostNotAllowed_refusedWithoutRequest() {
    HttpStatusListResolver r = HttpStatusListResolver.newBuilder().allowHosts(List.of("aipia.example"))
        .allowInsecureHttp().build();
    assertRetrievalError(r, url("/max-age"), "allow-list");
    assertThat(hits).isEmpty();
  }

  @Test
  void resolve_plainHttpWithoutRelaxation_refused() {
    HttpStatusListResolver r = HttpStatusListResolver.newBuilder().allowHosts(List.of("127.0.0.1")).build();
    assertRetrievalError(r, url("/max-age"), "https only");
    assertThat(hits).isEmpty();
    assertThat(r.toString()).doesNotContain("RELAXED");
  }

  @Test
  void resolve_redirectOnAllowedHost_followed() throws Exception {
    ResolvedStatusList l = resolver().build().resolve(url("/redirect-same"));
    assertThat(new String(l.content(), StandardCharsets.UTF_8)).isEqualTo("list at /max-age");
    assertThat(l.url()).isEqualTo(url("/redirect-same"));
  }

  @Test
  void resolve_redirectToOtherHostOrEndless_refused() {
    HttpStatusListResolver r = resolver().build();
    assertRetrievalError(r, url("/redirect-away"), "evil.example");
    assertRetrievalError(r, url("/redirect-loop"), "redirects");
    assertThat(hits.get("/redirect-loop")).hasValue(HttpStatusListResolver.MAX_REDIRECTS + 1);
  }

  @Test
  void resolve_bodyOverLimit_refused() {
    assertRetrievalError(resolver().maxBodyBytes(64 * 1024).build(), url("/huge"), "limit of 65536 bytes");
  }

  @Test
  void resolve_serverTooSlow_refusedAfterReadTimeout() {
    assertRetrievalError(resolver().readTimeout(Duration.ofMillis(300)).build(), url("/slow"), "within PT0.3S");
  }

  @Test
  void resolve_notFound_refusedAndNotCached() {
    HttpStatusListResolver r = resolver().build();
    assertRetrievalError(r, url("/missing"), "HTTP status 404");
    assertRetrievalError(r, url("/missing"), "HTTP status 404");
    assertThat(hits.get("/missing")).hasValue(2);
  }

  @Test
  void build_withoutAllowedHosts_rejected() {
    assertThatThrownBy(() -> HttpStatusListResolver.newBuilder().build()).isInstanceOf(IllegalArgumentException.class);
  }
}
