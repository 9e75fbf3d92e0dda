package io.sigillo.examples.http;

import com.sun.net.httpserver.HttpServer;
import io.sigillo.issuer.route.CertificationRoute;
import io.sigillo.profile.ProfileCatalogue;
import io.sigillo.qr.QrCode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * An HTTP issuance endpoint for HR systems that push instead of export (JDK {@link HttpServer}).
 *
 * <pre>{@code
 * IssuanceServer server = IssuanceServer.newBuilder().route(route).apiKeys(ApiKeys.read(keyFile))
 *     .address(new InetSocketAddress("127.0.0.1", 8443)).build();
 * server.start();
 * }</pre>
 *
 * <h2>Endpoints</h2>
 *
 * <ul>
 *   <li>{@code POST /v1/credentials}, {@code Content-Type: application/json}: one holder's route
 *       input with the field names of batch issuance (nested objects or dotted names). Answers
 *       {@code 201 Created} with {@code Location} for a new credential, {@code 200 OK} with the
 *       same credential (same id and content, sealed again) when the HR id, profile and cycle
 *       were issued before from the same data.
 *   <li>{@code GET /v1/credentials/{uuid}}: a credential issued here (to any valid key: the keys
 *       are the issuer's own HR integrations, not holders).
 * </ul>
 *
 * <p>The credential comes as JAdES ({@code application/jose+json}) unless {@code Accept} asks
 * for {@code application/vc+jwt}, the credential document ({@code application/vc} or
 * {@code application/ld+json}) or its offline QR code ({@code image/png}, with an issuer that
 * seals for QR codes).
 *
 * <h2>Errors</h2>
 *
 * <p>Every error is an RFC 9457 {@code application/problem+json} document with a stable
 * {@code code}: 400 malformed JSON or invalid fields (each in {@code problems} with its field
 * and reason code), 401 no or unknown API key ({@code Authorization: Bearer <key>} or
 * {@code X-API-Key}), 404 unknown path or credential, 405 with {@code Allow}, 406 nothing
 * acceptable, 409 HR key issued from other data, 413 body larger than the limit (refused before
 * reading a declared length), 415 not {@code application/json}, 422 refused by the route (the
 * {@code RouteException} reason, such as {@code DECISION_NEGATIVE} or {@code MEMBERSHIP_INACTIVE}),
 * 503 with {@code Retry-After} when all issuance slots are busy or the store is unavailable.
 * A body not received within the read timeout closes the connection. Never a stack trace.
 *
 * <p>The read timeout bounds the body; the JDK server reads the request line and headers before
 * any handler runs, which only its system property {@code sun.net.httpserver.maxReqTime}
 * (seconds, read once when the JDK server is first used) bounds: {@code sigillo serve issuance}
 * sets it to the read timeout. Connections beyond the worker queue are closed unanswered.
 *
 * <p>Plain HTTP: terminate TLS in front of it. Unexpected failures are logged through
 * {@link System.Logger} (name {@code io.sigillo.examples.http}), never printed.
 */
public final class IssuanceServer implements AutoCloseable {

  private final HttpServer server;
  private final ThreadPoolExecutor workers;
  private final ScheduledExecutorService watchdog;

  private IssuanceServer(Builder b) throws IOException {
    CertificationRoute route = Objects.requireNonNull(b.route, "route");
    ApiKeys keys = Objects.requireNonNull(b.keys, "apiKeys");
    this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "sigillo-http-deadline"));
    RequestHandler handler = new RequestHandler(keys, new CredentialEndpoint(route, b.catalogue, b.holderIds,
        b.maxBodyBytes), new BodyReader(watchdog, b.maxBodyBytes, b.readTimeout), b.concurrency, b.qr,
        b.qrModuleSize);
    // threads beyond the issuance slots answer 503, 4xx and reads quickly; beyond the queue, connections are closed
    this.workers = new ThreadPoolExecutor(b.concurrency + 4, b.concurrency + 4, 60, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(b.queue), r -> daemon(r, "sigillo-http"));
    this.server = HttpServer.create(Objects.requireNonNull(b.address, "address"), b.queue);
    server.setExecutor(workers);
    server.createContext("/", handler);
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /**
   * Starts a builder.
   *
   * @return a builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** Starts serving. */
  public void start() {
    server.start();
  }

  /**
   * The URL of the credentials collection.
   *
   * @return for example {@code http://127.0.0.1:8080/v1/credentials}
   */
  public URI credentialsUrl() {
    InetSocketAddress a = server.getAddress();
    String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + a.getPort() + RequestHandler.COLLECTION);
  }

  /**
   * Stops serving: no new exchange is accepted, requests already being handled get up to five
   * seconds to finish their store work (so that no database operation is interrupted half-way),
   * then the remaining workers are interrupted.
   */
  @Override
  public void close() {
    server.stop(0);
    workers.shutdown();
    try {
      if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    } finally {
      watchdog.shutdownNow();
    }
  }

  /** Builds an {@link IssuanceServer}; the route, the API keys and the address are required. */
  public static final class Builder {
    private CertificationRoute route;
    private ApiKeys keys;
    private InetSocketAddress address;
    private ProfileCatalogue catalogue = ProfileCatalogue.bundled();
    private Supplier<UUID> holderIds = UUID::randomUUID;
    private int maxBodyBytes = 64 * 1024;
    private int concurrency = Math.max(2, Runtime.getRuntime().availableProcessors());
    private int queue = 64;
    private Duration readTimeout = Duration.ofSeconds(10);
    private boolean qr;
    private int qrModuleSize = 4;

    private Builder() {}

    /**
     * Sets the route that validates, records and seals (its issuer's clock is the server's).
     *
     * @param route the route
     * @return this builder
     */
    public Builder route(CertificationRoute route) {
      this.route = route;
      return this;
    }

    /**
     * Sets the accepted API keys.
     *
     * @param keys the keys
     * @return this builder
     */
    public Builder apiKeys(ApiKeys keys) {
      this.keys = keys;
      return this;
    }

    /**
     * Sets where to listen.
     *
     * @param address the address; port 0 for any free port
     * @return this builder
     */
    public Builder address(InetSocketAddress address) {
      this.address = address;
      return this;
    }

    /**
     * Sets the profile catalogue (the route's); the bundled one by default.
     *
     * @param catalogue the catalogue
     * @return this builder
     */
    public Builder catalogue(ProfileCatalogue catalogue) {
      this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
      return this;
    }

    /**
     * Sets the ids of holders a request gives none; random UUIDs by default.
     *
     * @param holderIds a supplier of unique UUIDs
     * @return this builder
     */
    public Builder holderIds(Supplier<UUID> holderIds) {
      this.holderIds = Objects.requireNonNull(holderIds, "holderIds");
      return this;
    }

    /**
     * Sets the largest request body; 64 KiB by default.
     *
     * @param bytes 256 to 4 MiB
     * @return this builder
     */
    public Builder maxBodyBytes(int bytes) {
      if (bytes < 256 || bytes > 4 << 20) {
        throw new IllegalArgumentException("the body limit must be 256 bytes to 4 MiB");
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /**
     * Sets how many requests are read and issued at once; more get 503. The available processors
     * (at least 2) by default.
     *
     * @param concurrency 1 to 256
     * @return this builder
     */
    public Builder concurrency(int concurrency) {
      if (concurrency < 1 || concurrency > 256) {
        throw new IllegalArgumentException("concurrency must be 1 to 256");
      }
      this.concurrency = concurrency;
      return this;
    }

    /**
     * Sets how many connections may wait for a thread; beyond, new connections are closed. 64 by
     * default.
     *
     * @param queue 1 to 10,000
     * @return this builder
     */
    public Builder queue(int queue) {
      if (queue < 1 || queue > 10_000) {
        throw new IllegalArgumentException("the queue must be 1 to 10000");
      }
      this.queue = queue;
      return this;
    }

    /**
     * Sets how long a client may take to send a request body; 10 seconds by default.
     *
     * @param timeout 10 ms to 10 minutes
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.toMillis() < 10 || timeout.compareTo(Duration.ofMinutes(10)) > 0) {
        throw new IllegalArgumentException("the read timeout must be 10 ms to 10 minutes");
      }
      this.readTimeout = timeout;
      return this;
    }

    /**
     * Offers the offline QR code ({@code Accept: image/png}); the route's issuer must be built
     * with {@code qrSeal(true)}.
     *
     * @param qr whether to offer QR codes
     * @param moduleSize pixels per module, 1 to 32
     * @return this builder
     */
    public Builder qr(boolean qr, int moduleSize) {
      if (moduleSize < 1 || moduleSize > QrCode.MAX_MODULE_SIZE) {
        throw new IllegalArgumentException("QR module size must be 1 to 32");
      }
      this.qr = qr;
      this.qrModuleSize = moduleSize;
      return this;
    }

    /**
     * Validates, binds the address and builds (not yet serving).
     *
     * @return the server
     * @throws IOException if the address cannot be bound
     */
    public IssuanceServer build() throws IOException {
      return new IssuanceServer(this);
    }
  }
}
