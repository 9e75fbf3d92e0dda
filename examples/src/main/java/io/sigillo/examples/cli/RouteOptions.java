package io.sigillo.examples.cli;

import io.sigillo.issuer.Issuer;
import io.sigillo.issuer.route.CertificationRoute;
import io.sigillo.issuer.route.RouteException;
import io.sigillo.issuer.route.RouteStore;
import io.sigillo.issuer.status.PooledConnections;
import io.sigillo.issuer.status.StatusListConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.UnaryOperator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of every command that runs the issuing route ({@code batch issue}, {@code renew},
 * {@code route ...}): the issuer's seal and {@code issuer.json}, the database that holds the
 * status store and the route store, the status list base URL, and who acts.
 */
final class RouteOptions {
  @ArgGroup(exclusive = true, multiplicity = "1", heading = "The issuer's seal (one of):%n")
  IssueCommand.KeySource keySource;

  @Option(names = "--issuer", paramLabel = "FILE",
      description = "issuer.json of the issuing organisation (default: DIR/issuer.json with --keys).")
  Path issuerFile;

  @Mixin StatusDbOptions db;

  @Option(names = "--status-base", required = true, paramLabel = "URL",
      description = "Base URL (ending with '/') under which the status lists are published.")
  URI statusBase;

  @Option(names = "--actor", required = true, paramLabel = "NAME",
      description = "Who runs this step, recorded with it (1 to 200 characters).")
  String actor;

  /** Checks the actor, then opens the database, the stores and the route. */
  Opened open(Clock clock, boolean qrSeal, int connections, UnaryOperator<CertificationRoute.Builder> options)
      throws CliException {
    if (actor.isBlank() || actor.length() > 200) {
      throw CliException.usage("--actor must be 1 to 200 characters");
    }
    IssueCommand.SealAndIssuer keys = IssueCommand.sealAndIssuer(keySource, issuerFile);
    PooledConnections pool = db.connections(connections);
    try {
      RouteStore store = RouteStore.newBuilder().connections(pool).clock(clock).build();
      StatusListConfig status = StatusCommand.config(store.statusStore(), statusBase, null, null);
      Issuer issuer;
      try {
        issuer = Issuer.newBuilder().seal(keys.seal()).organisation(keys.organisation()).clock(clock).status(status)
            .qrSeal(qrSeal).build();
      } catch (IllegalArgumentException e) {
        throw CliException.usage("the issuer does not match the seal: " + e.getMessage());
      }
      CertificationRoute route;
      try {
        route = options.apply(CertificationRoute.newBuilder().issuer(issuer).store(store).clock(clock)).build();
      } catch (IllegalArgumentException e) {
        throw CliException.usage("unusable route settings: " + e.getMessage());
      }
      return new Opened(pool, store, route);
    } catch (RouteException e) {
      pool.close();
      throw CliException.usage("cannot open the route store " + db.db + ": " + RouteCommand.describe(e));
    } catch (CliException | RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /** The open route and its connections. */
  record Opened(PooledConnections connections, RouteStore store, CertificationRoute route) implements AutoCloseable {
    @Override
    public void close() {
      connections.close();
    }
  }
}
