package io.sigillo.verifier;

import io.sigillo.status.StatusErrorCode;
import io.sigillo.status.StatusListException;
import io.sigillo.verifier.internal.LimitedBody;
import io.sigillo.verifier.internal.ListPeek;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A {@link StatusListResolver} that fetches list credentials over HTTP(S) with
 * {@code java.net.http}, only from hosts the caller names.
 *
 * <pre>{@code
 * StatusListResolver http = HttpStatusListResolver.newBuilder()
 *     .allowHosts(List.of("aipia.example"))
 *     .build();
 * VerificationPolicy policy = VerificationPolicy.newBuilder()...statusListResolver(http).build();
 * }</pre>
 *
 * <h2>Safety</h2>
 *
 * <ul>
 *   <li>Only {@code https} URLs on an allowed host (exact, case-insensitive; any port); plain
 *       {@code http} only after the named relaxation {@link Builder#allowInsecureHttp()}.
 *   <li>Redirects are followed by hand, at most {@value #MAX_REDIRECTS}, and only to allowed
 *       URLs; a redirect elsewhere is a retrieval error.
 *   <li>Connect timeout 5 s; the whole exchange, body included, must finish within the read
 *       timeout (10 s); bodies over 1 MiB are cut off and refused (all configurable).
 * </ul>
 *
 * <h2>Caching</h2>
 *
 * <p>A fetched list is reused until the earliest of: its {@code Cache-Control: max-age}, its
 * {@code credentialSubject.ttl}, and {@link Builder#maxCacheLifetime(Duration)} (1 hour);
 * {@code no-store} or {@code no-cache} means not at all; with neither header nor ttl, the
 * {@linkplain Builder#defaultCacheLifetime(Duration) default} of 5 minutes applies. Errors are
 * not cached. Time comes from the injected clock.
 *
 * <p>Thread-safe; share one instance.
 */
public final class HttpStatusListResolver implements StatusListResolver {
  /** The most redirects followed for one list. */
  public static final int MAX_REDIRECTS = 3;

  private static final Pattern MAX_AGE = Pattern.compile("(?:^|,)\\s*max-age\\s*=\\s*\"?(\\d{1,10})\"?\\s*(?:,|$)");

  private final Set<String> hosts;
  private final boolean allowHttp;
  private final Duration readTimeout;
  private final int maxBodyBytes;
  private final Clock clock;
  private final Duration defaultLifetime;
  private final Duration maxLifetime;
  private final HttpClient client;
  private final Map<URI, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(ResolvedStatusList list, Instant expires) {}

  private HttpStatusListResolver(Builder b) {
    this.hosts = Set.copyOf(b.hosts);
    this.allowHttp = b.allowHttp;
    this.readTimeout = b.readTimeout;
    this.maxBodyBytes = b.maxBodyBytes;
    this.clock = b.clock;
    this.defaultLifetime = b.defaultLifetime;
    this.maxLifetime = b.maxLifetime;
    this.client = HttpClient.newBuilder()
        .connectTimeout(b.connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /**
   * Starts a builder; at least one allowed host is required.
   *
   * @return a builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  @Override
  public ResolvedStatusList resolve(URI url) throws StatusListException {
    Objects.requireNonNull(url, "url");
    checkAllowed(url, url);
    Instant now = clock.instant();
    Cached c = cache.get(url);
    if (c != null && now.isBefore(c.expires())) {
      return c.list();
    }
    URI target = url;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      HttpResponse<byte[]> response = fetch(url, target);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        Optional<String> location = response.headers().firstValue("location");
        if (location.isEmpty()) {
          throw retrieval(url, "redirect " + status + " without a Location");
        }
        URI next;
        try {
          next = target.resolve(location.get().trim());
        } catch (IllegalArgumentException e) {
          throw retrieval(url, "redirect to a malformed Location");
        }
        checkAllowed(url, next);
        target = next;
        continue;
      }
      if (status != 200) {
        throw retrieval(url, "HTTP status " + status + " from " + target);
      }
      ResolvedStatusList list = new ResolvedStatusList(url, response.body(), now);
      Duration lifetime = lifetime(response, response.body());
      if (lifetime.isZero()) {
        cache.remove(url);
      } else {
        cache.put(url, new Cached(list, now.plus(lifetime)));
      }
      return list;
    }
    throw retrieval(url, "more than " + MAX_REDIRECTS + " redirects");
  }

  private HttpResponse<byte[]> fetch(URI url, URI target) throws StatusListException {
    HttpRequest request = HttpRequest.newBuilder(target).GET().timeout(readTimeout)
        .header("Accept", "application/vc+jwt, application/jose+json;q=0.9, application/vc;q=0.5")
        .build();
    Future<HttpResponse<byte[]>> f = client.sendAsync(request, new LimitedBody(maxBodyBytes));
    try {
      return f.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw retrieval(url, "no complete response from " + target + " within " + readTimeout);
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw retrieval(url, "interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      while (cause.getCause() != null && !(cause instanceof LimitedBody.TooLarge)) {
        cause = cause.getCause();
      }
      String what = cause instanceof LimitedBody.TooLarge ? cause.getMessage()
          : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
      throw retrieval(url, what + " (" + target + ")");
    }
  }

  private Duration lifetime(HttpResponse<byte[]> response, byte[] body) {
    String cc = response.headers().allValues("cache-control").stream()
        .collect(Collectors.joining(",")).toLowerCase(Locale.ROOT);
    if (cc.contains("no-store") || cc.contains("no-cache")) {
      return Duration.ZERO;
    }
    Duration life = null;
    Matcher m = MAX_AGE.matcher(cc);
    if (m.find()) {
      life = Duration.ofSeconds(Long.parseLong(m.group(1)));
    }
    Optional<Duration> ttl = ListPeek.of(body).ttl();
    if (ttl.isPresent()) {
      life = life == null || ttl.get().compareTo(life) < 0 ? ttl.get() : life;
    }
    if (life == null) {
      life = defaultLifetime;
    }
    return life.compareTo(maxLifetime) > 0 ? maxLifetime : life;
  }

  private void checkAllowed(URI requested, URI u) throws StatusListException {
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
      throw retrieval(requested, "scheme of " + u + " is not allowed (https only"
          + (allowHttp ? " or http)" : "; plain http needs allowInsecureHttp)"));
    }
    String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
    if (!hosts.contains(host) || u.getRawUserInfo() != null) {
      throw retrieval(requested, "host of " + u + " is not on the resolver's allow-list " + hosts);
    }
  }

  private static StatusListException retrieval(URI url, String why) {
    return new StatusListException(StatusErrorCode.STATUS_RETRIEVAL_ERROR,
        "the status list " + url + " could not be retrieved: " + why);
  }

  @Override
  public String toString() {
    return "HttpStatusListResolver[hosts=" + hosts + (allowHttp ? ", RELAXED: http allowed" : "") + "]";
  }

  /** Builds an {@link HttpStatusListResolver}. */
  public static final class Builder {
    private Set<String> hosts = Set.of();
    private boolean allowHttp;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration readTimeout = Duration.ofSeconds(10);
    private int maxBodyBytes = 1024 * 1024;
    private Clock clock = Clock.systemUTC();
    private Duration defaultLifetime = Duration.ofMinutes(5);
    private Duration maxLifetime = Duration.ofHours(1);

    private Builder() {}

    /**
     * Sets the hosts lists may be fetched from.
     *
     * @param hosts host names, for example {@code aipia.example}; compared case-insensitively
     * @return this builder
     */
    public Builder allowHosts(Collection<String> hosts) {
      Objects.requireNonNull(hosts, "hosts");
      this.hosts = hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
      return this;
    }

    /**
     * Relaxation: also fetch plain {@code http} URLs (for loopback demos and tests).
     *
     * @return this builder
     */
    public Builder allowInsecureHttp() {
      this.allowHttp = true;
      return this;
    }

    /**
     * Sets the connect timeout; 5 seconds by default.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout);
      return this;
    }

    /**
     * Sets the time allowed for the whole exchange, body included; 10 seconds by default.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout);
      return this;
    }

    /**
     * Sets the largest body accepted; 1 MiB by default.
     *
     * @param bytes at least 1 KiB
     * @return this builder
     */
    public Builder maxBodyBytes(int bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException("maxBodyBytes must be at least 1024");
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /**
     * Sets the clock for cache expiry.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets how long a list without {@code max-age} or {@code ttl} is reused; 5 minutes by default.
     *
     * @param lifetime zero or more
     * @return this builder
     */
    public Builder defaultCacheLifetime(Duration lifetime) {
      Objects.requireNonNull(lifetime, "lifetime");
      if (lifetime.isNegative()) {
        throw new IllegalArgumentException("lifetime must not be negative");
      }
      this.defaultLifetime = lifetime;
      return this;
    }

    /**
     * Sets the longest a list is reused whatever the server says; 1 hour by default.
     *
     * @param lifetime zero or more
     * @return this builder
     */
    public Builder maxCacheLifetime(Duration lifetime) {
      Objects.requireNonNull(lifetime, "lifetime");
      if (lifetime.isNegative()) {
        throw new IllegalArgumentException("lifetime must not be negative");
      }
      this.maxLifetime = lifetime;
      return this;
    }

    /**
     * Builds the resolver.
     *
     * @return the resolver
     * @throws IllegalArgumentException if no host is allowed
     */
    public HttpStatusListResolver build() {
      if (hosts.isEmpty()) {
        throw new IllegalArgumentException("name at least one host status lists may be fetched from");
      }
      return new HttpStatusListResolver(this);
    }

    private static Duration positive(Duration d) {
      Objects.requireNonNull(d, "duration");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("timeout must be positive");
      }
      return d;
    }
  }
}
