package io.sigillo.examples.cli;

import io.sigillo.credential.Organisation;
import io.sigillo.issuer.IssuanceException;
import io.sigillo.issuer.Issuer;
import io.sigillo.issuer.Seal;
import io.sigillo.issuer.SealedStatusList;
import io.sigillo.issuer.status.StatusListConfig;
import io.sigillo.issuer.status.StatusStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code sigillo status}: status list commands ({@code publish}). */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Status list commands.",
    subcommands = {StatusCommand.Publish.class})
final class StatusCommand implements Callable<Integer> {
  @ParentCommand SigilloCommand parent;

  @Override
  public Integer call() throws CliException {
    throw CliException.usage("missing a status command: publish");
  }

  /** Options naming where the status lists are published. */
  static final class BaseOption {
    @Option(names = "--status-base", paramLabel = "URL",
        description = "Base URL the status list credentials are published under, ending with '/' "
            + "(e.g. https://aipia.example/status/); list r1 is then at <URL>r1.")
    URI base;
  }

  /** A status configuration for an issuer, or a usage error. */
  static StatusListConfig config(StatusStore store, URI base, Duration ttl, Duration validity) throws CliException {
    if (base == null) {
      throw CliException.usage("--status-base URL is required with --status-db");
    }
    try {
      StatusListConfig.Builder b = StatusListConfig.newBuilder().store(store).baseUrl(base);
      if (validity != null) {
        b.validity(validity);
      }
      if (ttl != null) {
        b.ttl(ttl);
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      throw CliException.usage("unusable status list settings: " + e.getMessage());
    }
  }

  /** {@code sigillo status publish}. */
  @Command(name = "publish", mixinStandardHelpOptions = true,
      description = {"Seals the current state of every status list as a BitstringStatusListCredential and writes "
          + "<list>.jwt (vc+jwt, served as application/vc+jwt) and <list>.jades.json (JAdES, application/jose+json) "
          + "to the --out folder, replacing older versions. Serve them at <status-base><list>.",
          "Exit code 0 done; 2 bad arguments, unusable keys or store unavailable."})
  static final class Publish implements Callable<Integer> {
    @ParentCommand private StatusCommand status;

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "The seal (one of):%n")
    private IssueCommand.KeySource keySource;

    @Option(names = "--issuer", paramLabel = "FILE",
        description = "issuer.json of the issuing organisation (default: DIR/issuer.json with --keys).")
    private Path issuerFile;

    @Mixin private StatusDbOptions db;

    @ArgGroup(exclusive = false, multiplicity = "1")
    private BaseOption base;

    @Option(names = "--ttl", paramLabel = "DURATION", description = "ttl of the lists, e.g. PT5M (default: 5 minutes).")
    private Duration ttl;

    @Option(names = "--validity", paramLabel = "DURATION", description = "Validity of the lists, e.g. P1D (default: 1 day).")
    private Duration validity;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the list files (created if missing).")
    private Path out;

    @Override
    public Integer call() throws CliException {
      IssueCommand.SealAndIssuer keys = IssueCommand.sealAndIssuer(keySource, issuerFile);
      Clock clock = status.parent.clock();
      try (StatusDbOptions.Opened opened = db.open(clock)) {
        List<Path> written = publish(keys.seal(), keys.organisation(),
            config(opened.store(), base.base, ttl, validity), out, clock);
        PrintWriter w = status.parent.out();
        w.printf("Published %d status lists to %s:%n", written.size() / 2, Text.oneLine(out.toString()));
        for (Path p : written) {
          w.printf("  %s%n", p.getFileName());
        }
        w.flush();
        return ExitCodes.OK;
      }
    }
  }

  /**
   * Seals every list and writes both forms of each, replacing older files atomically.
   *
   * @return the files written
   */
  static List<Path> publish(Seal seal, Organisation org, StatusListConfig config, Path out, Clock clock)
      throws CliException {
    List<SealedStatusList> lists;
    try {
      Issuer issuer = Issuer.newBuilder().seal(seal).organisation(org).clock(clock).status(config).build();
      lists = issuer.publishStatusLists();
    } catch (IllegalArgumentException e) {
      throw CliException.usage("the issuer does not match the seal: " + e.getMessage());
    } catch (IssuanceException e) {
      throw CliException.usage("cannot publish: " + e.reason() + " " + e.getMessage());
    }
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(out);
      for (SealedStatusList l : lists) {
        written.add(replace(out.resolve(l.listId() + ".jwt"), l.vcJwt()));
        written.add(replace(out.resolve(l.listId() + ".jades.json"), l.jades()));
      }
    } catch (IOException e) {
      throw CliException.usage("cannot write to " + out + ": " + e.getMessage());
    }
    return written;
  }

  private static Path replace(Path file, String text) throws IOException {
    Path tmp = Files.createTempFile(file.getParent(), ".publish-", ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    return Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
