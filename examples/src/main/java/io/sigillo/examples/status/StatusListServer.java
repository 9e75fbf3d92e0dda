package io.sigillo.examples.status;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.sigillo.issuer.IssuanceException;
import io.sigillo.issuer.SealedStatusList;
import io.sigillo.seal.SecuringForm;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A small HTTP publisher for status list credentials (JDK {@link HttpServer}): serves the latest
 * sealed {@code BitstringStatusListCredential} of each list at {@code <base path><list id>}.
 *
 * <pre>{@code
 * StatusListServer server = StatusListServer.bind(new InetSocketAddress("127.0.0.1", 8080), "/status/");
 * // build the issuer with base URL server.baseUrl("http") ..., then:
 * server.start(issuer::publishStatusLists, Duration.ofMinutes(2));   // republish every 2 minutes
 * }</pre>
 *
 * <p>Responses: {@code application/vc+jwt} by default, {@code application/jose+json} (the JAdES
 * form) when the request's {@code Accept} names it first; {@code Cache-Control: public,
 * max-age=N} with N the list's {@code ttl} (never beyond its {@code validUntil}), {@code ETag},
 * {@code Last-Modified}, {@code 304} for a matching {@code If-None-Match}; 404 for unknown lists
 * and 405 for methods other than GET and HEAD. A list opened since the last publication (after a
 * rollover) is published on its first request (at most one such republication a second).
 *
 * <p>{@link #publish()} re-seals every list from the issuer's store and swaps them in at once;
 * call it after revoking, suspending or reinstating, or let {@link #start(Source, Duration)}
 * republish periodically.
 */
public final class StatusListServer implements AutoCloseable {
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final HttpServer server;
  private final String basePath;
  private final Clock clock;
  private volatile Map<String, Published> lists = Map.of();
  private volatile Source source;
  private volatile Instant lastUnknownRefresh = Instant.MIN;
  private ScheduledExecutorService refresher;

  /** Where sealed lists come from, for example {@code issuer::publishStatusLists}. */
  @FunctionalInterface
  public interface Source {
    /**
     * Seals the current state of every list.
     *
     * @return the sealed lists
     * @throws IssuanceException if the store or the signer fails
     */
    List<SealedStatusList> publish() throws IssuanceException;
  }

  private record Published(SealedStatusList list, String etag) {}

  private StatusListServer(HttpServer server, String basePath, Clock clock) {
    this.server = server;
    this.basePath = basePath;
    this.clock = clock;
    server.createContext(basePath, this::handle);
  }

  /**
   * Binds the server (not yet serving).
   *
   * @param address where to listen; port 0 for any free port
   * @param basePath the path prefix of list URLs, starting and ending with {@code /}
   * @return the bound server
   * @throws IOException if the address cannot be bound
   */
  public static StatusListServer bind(InetSocketAddress address, String basePath) throws IOException {
    return bind(address, basePath, Clock.systemUTC());
  }

  /**
   * Binds the server with a clock for the caching headers.
   *
   * @param address where to listen
   * @param basePath the path prefix of list URLs, starting and ending with {@code /}
   * @param clock the clock
   * @return the bound server
   * @throws IOException if the address cannot be bound
   */
  public static StatusListServer bind(InetSocketAddress address, String basePath, Clock clock) throws IOException {
    Objects.requireNonNull(basePath, "basePath");
    if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
      throw new IllegalArgumentException("the base path must start and end with '/': " + basePath);
    }
    HttpServer s = HttpServer.create(address, 16);
    s.setExecutor(Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "status-list-server");
      t.setDaemon(true);
      return t;
    }));
    return new StatusListServer(s, basePath, Objects.requireNonNull(clock, "clock"));
  }

  /**
   * The base URL lists are served under, for the issuer's status configuration.
   *
   * @param scheme {@code http} here (TLS is terminated in front of this server in production)
   * @return for example {@code http://127.0.0.1:8080/status/}
   */
  public URI baseUrl(String scheme) {
    InetSocketAddress a = server.getAddress();
    String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
    return URI.create(scheme + "://" + host + ":" + a.getPort() + basePath);
  }

  /**
   * Publishes once and starts serving.
   *
   * @param source where sealed lists come from
   * @param refreshEvery republish this often, or null never to republish on its own
   * @throws IssuanceException if the first publication fails
   */
  public void start(Source source, Duration refreshEvery) throws IssuanceException {
    this.source = Objects.requireNonNull(source, "source");
    publish();
    server.start();
    if (refreshEvery != null) {
      refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "status-list-refresh");
        t.setDaemon(true);
        return t;
      });
      refresher.scheduleWithFixedDelay(this::refreshQuietly, refreshEvery.toMillis(), refreshEvery.toMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Seals every list again from the store and serves the new versions.
   *
   * @return the lists now served
   * @throws IssuanceException if the store or the signer fails (the previous versions stay)
   */
  public List<SealedStatusList> publish() throws IssuanceException {
    List<SealedStatusList> fresh = source.publish();
    Map<String, Published> next = new LinkedHashMap<>();
    for (SealedStatusList l : fresh) {
      next.put(l.listId(), new Published(l, etag(l.vcJwt())));
    }
    lists = Map.copyOf(next);
    return fresh;
  }

  /** A list opened since the last publication (rollover) is published on first request, at most once a second. */
  private synchronized boolean refreshForUnknownList() {
    Instant now = clock.instant();
    if (now.isBefore(lastUnknownRefresh.plusSeconds(1))) {
      return false;
    }
    lastUnknownRefresh = now;
    refreshQuietly();
    return true;
  }

  private void refreshQuietly() {
    try {
      publish();
    } catch (IssuanceException | RuntimeException e) {
      // the previous versions stay served until they expire; the next round tries again
    }
  }

  private void handle(HttpExchange x) throws IOException {
    try (x) {
      String method = x.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        x.getResponseHeaders().add("Allow", "GET, HEAD");
        x.sendResponseHeaders(405, -1);
        return;
      }
      String path = x.getRequestURI().getPath();
      String listId = path.substring(basePath.length());
      Published p = lists.get(listId);
      if (p == null && listId.matches("[a-z][0-9]{1,9}") && refreshForUnknownList()) {
        p = lists.get(listId);
      }
      if (p == null || x.getRequestURI().getRawQuery() != null) {
        x.sendResponseHeaders(404, -1);
        return;
      }
      SecuringForm form = prefersJades(x.getRequestHeaders().getFirst("Accept")) ? SecuringForm.JADES
          : SecuringForm.VC_JWT;
      byte[] body = p.list().formBytes(form);
      String etag = form == SecuringForm.JADES ? etag(p.list().jades()) : p.etag();
      Instant now = clock.instant();
      Duration maxAge = p.list().credential().ttl().orElse(Duration.ZERO);
      Instant until = p.list().credential().validUntil().orElse(now);
      if (now.plus(maxAge).isAfter(until)) {
        maxAge = Duration.between(now, until).isNegative() ? Duration.ZERO : Duration.between(now, until);
      }
      x.getResponseHeaders().add("Content-Type", SealedStatusList.mediaType(form));
      x.getResponseHeaders().add("Cache-Control", "public, max-age=" + maxAge.getSeconds());
      x.getResponseHeaders().add("ETag", etag);
      x.getResponseHeaders().add("Last-Modified", HTTP_DATE.format(p.list().signingTime()));
      x.getResponseHeaders().add("Vary", "Accept");
      x.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
      if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
        x.sendResponseHeaders(304, -1);
        return;
      }
      if (method.equals("HEAD")) {
        x.sendResponseHeaders(200, -1);
        return;
      }
      x.sendResponseHeaders(200, body.length);
      try (OutputStream out = x.getResponseBody()) {
        out.write(body);
      }
    }
  }

  static boolean prefersJades(String accept) {
    if (accept == null) {
      return false;
    }
    for (String part : accept.split(",")) {
      String type = part.split(";")[0].trim().toLowerCase(Locale.ROOT);
      if (type.equals(SealedStatusList.JADES_MEDIA_TYPE)) {
        return true;
      }
      if (type.equals(SealedStatusList.VC_JWT_MEDIA_TYPE) || type.equals("*/*")) {
        return false;
      }
    }
    return false;
  }

  private static String etag(String body) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
      return "\"" + HexFormat.of().formatHex(h, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Stops serving and republishing. */
  @Override
  public void close() {
    if (refresher != null) {
      refresher.shutdownNow();
    }
    server.stop(0);
    if (server.getExecutor() instanceof java.util.concurrent.ExecutorService) {
      ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
  }

  @Override
  public String toString() {
    return "StatusListServer[" + baseUrl("http") + ", " + lists.keySet() + "]";
  }
}
