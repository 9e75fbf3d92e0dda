package io.sigillo.examples.cli;

import io.sigillo.examples.http.ApiKeys;
import io.sigillo.examples.http.IssuanceServer;
import io.sigillo.issuer.Issuer;
import io.sigillo.issuer.route.CertificationRoute;
import io.sigillo.issuer.route.RouteException;
import io.sigillo.issuer.route.RouteStore;
import io.sigillo.issuer.status.PooledConnections;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code sigillo serve}: servers ({@code issuance}) and their API keys ({@code api-key}). */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Servers.",
    subcommands = {ServeCommand.Issuance.class, ServeCommand.ApiKey.class})
final class ServeCommand implements Callable<Integer> {
  @ParentCommand SigilloCommand parent;

  @Override
  public Integer call() throws CliException {
    throw CliException.usage("missing a serve command: issuance or api-key");
  }

  /** {@code sigillo serve issuance}: the HTTP issuance endpoint over the issuing route. */
  @Command(name = "issuance", mixinStandardHelpOptions = true,
      description = {"Serves POST /v1/credentials (one holder's route input as JSON, the field names of batch "
          + "issuance; answers with the sealed credential, idempotent on HR id, profile and cycle) and "
          + "GET /v1/credentials/{uuid}, authenticated by API key. Runs until interrupted (Ctrl-C).",
          "Plain HTTP: bind to loopback and terminate TLS in front of it."})
  static final class Issuance implements Callable<Integer> {
    @ParentCommand ServeCommand serve;

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "The seal (one of):%n")
    IssueCommand.KeySource keySource;

    @Option(names = "--issuer", paramLabel = "FILE",
        description = "issuer.json of the issuing organisation (default: DIR/issuer.json with --keys).")
    Path issuerFile;

    @Mixin StatusDbOptions db;

    @Option(names = "--status-base", required = true, paramLabel = "URL",
        description = "Base URL the status lists are published under, ending with '/'.")
    URI statusBase;

    @Option(names = "--api-key-file", required = true, paramLabel = "FILE",
        description = "API keys: lines '<actor> <sha-256 hex of the key>' (see 'serve api-key').")
    Path apiKeyFile;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDR",
        description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
        description = "Port, 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--max-body", defaultValue = "65536", paramLabel = "BYTES",
        description = "Largest request body, 256 to 4194304 bytes (default: ${DEFAULT-VALUE}).")
    int maxBody;

    @Option(names = "--concurrency", paramLabel = "N",
        description = "Requests read and issued at once, 1 to 256; more get 503 (default: processors, at least 2).")
    Integer concurrency;

    @Option(names = "--read-timeout", defaultValue = "PT10S", paramLabel = "DURATION",
        description = "Time a client has to send the request body (default: ${DEFAULT-VALUE}).")
    Duration readTimeout;

    @Option(names = "--qr", description = "Also seal for QR codes and offer the offline QR code (Accept: image/png).")
    boolean qr;

    @Override
    public Integer call() throws CliException, InterruptedException {
      IssueCommand.SealAndIssuer keys = IssueCommand.sealAndIssuer(keySource, issuerFile);
      ApiKeys apiKeys;
      Inputs.requireFile(apiKeyFile);
      try {
        apiKeys = ApiKeys.read(apiKeyFile);
      } catch (IOException | IllegalArgumentException | IllegalStateException e) {
        throw CliException.usage("--api-key-file " + apiKeyFile + ": " + e.getMessage());
      }
      // the JDK server reads request headers before any handler runs: bound that too (seconds)
      long seconds = Math.max(1, (readTimeout.toMillis() + 999) / 1000);
      System.setProperty("sun.net.httpserver.maxReqTime", Long.toString(seconds));
      SigilloCommand root = serve.parent;
      int slots = concurrency != null ? Math.min(Math.max(concurrency, 1), 256)
          : Math.max(2, Runtime.getRuntime().availableProcessors());
      // one connection per issuance slot, and one for the status list rollover
      boolean interrupted = false;
      try (PooledConnections pool = db.connections(slots + 1)) {
        RouteStore store;
        try {
          store = RouteStore.newBuilder().connections(pool).clock(root.clock()).build();
        } catch (RouteException e) {
          throw CliException.usage("cannot open the route store " + db.db + ": " + RouteCommand.describe(e));
        }
        Issuer issuer;
        try {
          issuer = Issuer.newBuilder().seal(keys.seal()).organisation(keys.organisation()).clock(root.clock())
              .qrSeal(qr).status(StatusCommand.config(store.statusStore(), statusBase, null, null)).build();
        } catch (IllegalArgumentException e) {
          throw CliException.usage("the issuer does not match the seal: " + e.getMessage());
        }
        CertificationRoute route = CertificationRoute.newBuilder().issuer(issuer).store(store).clock(root.clock())
            .build();
        IssuanceServer.Builder b = IssuanceServer.newBuilder().route(route).apiKeys(apiKeys).qr(qr, 4);
        try {
          b.address(new InetSocketAddress(host, port)).maxBodyBytes(maxBody).readTimeout(readTimeout);
          b.concurrency(concurrency != null ? concurrency : slots);
        } catch (IllegalArgumentException e) {
          throw CliException.usage(e.getMessage());
        }
        IssuanceServer server;
        try {
          server = b.build();
        } catch (IOException e) {
          throw CliException.usage("cannot listen on " + host + ":" + port + ": " + e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(stopped::countDown, "sigillo-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (server) {
          server.start();
          PrintWriter out = root.out();
          out.println("Serving POST " + server.credentialsUrl() + " (" + apiKeys.size() + " API keys); Ctrl-C stops");
          out.flush();
          stopped.await();
        } catch (InterruptedException e) {
          // stopped by an interrupt: close the server and the store first (H2 gives up its file
          // and its AUTO_SERVER port only if the closing thread is not interrupted), then restore it
          interrupted = true;
        } finally {
          try {
            Runtime.getRuntime().removeShutdownHook(hook);
          } catch (IllegalStateException e) {
            // the JVM is shutting down
          }
        }
        root.out().println("Stopped");
        root.out().flush();
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
      return ExitCodes.OK;
    }
  }

  /** {@code sigillo serve api-key}: a new random API key and its key file line. */
  @Command(name = "api-key", mixinStandardHelpOptions = true,
      description = {"Makes a random API key for an actor: prints the key (give it to the HR system; it is shown "
          + "once) and the line to append to the --api-key-file, which holds only its SHA-256 digest."})
  static final class ApiKey implements Callable<Integer> {
    @ParentCommand ServeCommand serve;

    @Option(names = "--actor", required = true, paramLabel = "NAME",
        description = "Who the key acts as, recorded with every step it issues (e.g. hr-sync@acme).")
    String actor;

    @Override
    public Integer call() throws CliException {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      String key = "sk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      String entry;
      try {
        entry = ApiKeys.entry(actor, key);
      } catch (IllegalArgumentException e) {
        throw CliException.usage("--actor: " + e.getMessage());
      }
      PrintWriter out = serve.parent.out();
      out.println("key:   " + key);
      out.println("entry: " + entry);
      return ExitCodes.OK;
    }
  }
}
