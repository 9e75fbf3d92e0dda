package io.sigillo.examples.cli;

import io.sigillo.credential.Person;
import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.route.Application;
import io.sigillo.issuer.route.DocumentKind;
import io.sigillo.issuer.route.Dossier;
import io.sigillo.issuer.route.DossierDocument;
import io.sigillo.issuer.route.HrKey;
import io.sigillo.issuer.route.Membership;
import io.sigillo.issuer.route.RouteException;
import io.sigillo.issuer.route.RouteKind;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sigillo route}: walks one application through the issuing route, one recorded step per
 * command: {@code open}, {@code membership}, {@code dossier}, {@code interview}, {@code assess},
 * {@code issue}, and {@code history} to replay what was recorded.
 */
@Command(name = "route", mixinStandardHelpOptions = true,
    description = {"Walks one application through the issuing route; every step is recorded in the database "
        + "with who and when.",
        "Order: open, membership, dossier, [interview], assess, issue. 'history' shows what was recorded.",
        "Exit code 0 done (also when a step refuses the application: see its state); 2 a step out of order, "
            + "a broken rule, bad arguments or store unavailable."},
    subcommands = {RouteCommand.Open.class, RouteCommand.MembershipStep.class, RouteCommand.DossierStep.class,
        RouteSteps.InterviewStep.class, RouteSteps.AssessStep.class, RouteSteps.IssueStep.class,
        RouteSteps.History.class})
final class RouteCommand implements Callable<Integer> {
  @ParentCommand SigilloCommand parent;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(),
        "missing a step: open, membership, dossier, interview, assess, issue or history");
  }

  /** A route exception as one line: reason, field, message. */
  static String describe(RouteException e) {
    return e.reason() + e.field().map(f -> " (" + f + ")").orElse("") + ": " + e.getMessage();
  }

  /** A refused step: exit code 2 with the reason. */
  static CliException refused(RouteException e) {
    return CliException.usage("refused: " + describe(e));
  }

  /** Runs one step on the open route and prints the application's new state. */
  abstract static class Step implements Callable<Integer> {
    @ParentCommand RouteCommand route;

    @Mixin RouteOptions options;

    abstract Application apply(RouteOptions.Opened opened) throws RouteException, CliException;

    abstract String what();

    @Override
    public Integer call() throws CliException {
      try (RouteOptions.Opened opened = options.open(route.parent.clock(), false, 2, UnaryOperator.identity())) {
        Application a = apply(opened);
        printState(route.parent.out(), what(), a);
        return ExitCodes.OK;
      } catch (RouteException e) {
        throw refused(e);
      }
    }
  }

  static void printState(PrintWriter w, String what, Application a) {
    w.printf("%s: application %s%n", what, a.id());
    w.printf("  route      %s, profile %s%s%n", a.route(), a.profile(),
        a.hrKey().map(k -> ", HR key " + Text.oneLine(k.toString())).orElse(""));
    w.printf("  holder     %s%n", Text.oneLine(HolderFile.displayName(a.holder())));
    w.printf("  state      %s%n", a.state());
    a.credentialId().ifPresent(c -> w.printf("  credential %s%n", c));
    w.flush();
  }

  /** Writes a sealed credential's files (and its offline QR code when asked) and prints them. */
  static void write(SealedCredential sealed, String algorithm, Path out, boolean qr, PrintWriter w)
      throws CliException {
    OutputFiles.Written files = OutputFiles.write(out, sealed);
    List<OutputFiles.Extra> extras = qr
        ? OutputFiles.writeQr(out, sealed, new OutputFiles.QrOptions(true, null, 4, 4)) : List.of();
    IssueCommand.print(new IssueCommand.Issued(sealed, algorithm, files, extras), w);
  }

  /** {@code sigillo route open}. */
  @Command(name = "open", mixinStandardHelpOptions = true,
      description = "Opens an application for a holder (holder.json, as for 'sigillo issue').")
  static final class Open extends Step {
    @Option(names = "--holder", required = true, paramLabel = "FILE", description = "holder.json of the applicant.")
    Path holderFile;

    @Option(names = "--profile", paramLabel = "CODE", defaultValue = "ai-security-specialist",
        description = "Profile code in the bundled UNI 11621-8 catalogue (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--hr-id", paramLabel = "ID", description = "The holder's id in the HR system (with --cycle).")
    String hrId;

    @Option(names = "--cycle", paramLabel = "CYCLE", description = "The certification cycle, e.g. 2026 (with --hr-id).")
    String cycle;

    @Option(names = "--iso-17024", description = "Third-party certification under ISO/IEC 17024 instead of the "
        + "association's assessment (refused while no accredited body is configured).")
    boolean iso17024;

    @Override
    Application apply(RouteOptions.Opened opened) throws RouteException, CliException {
      Person holder = HolderFile.read(holderFile, UUID::randomUUID);
      HrKey key = null;
      if ((hrId == null) != (cycle == null)) {
        throw CliException.usage("--hr-id and --cycle go together");
      }
      if (hrId != null) {
        try {
          key = new HrKey(hrId, profile, cycle);
        } catch (IllegalArgumentException e) {
          throw CliException.usage("bad HR key: " + e.getMessage());
        }
      }
      return opened.route().open(iso17024 ? RouteKind.ISO_17024_CERTIFICATION : RouteKind.ASSOCIATION_ASSESSMENT,
          profile, key, holder, options.actor);
    }

    @Override
    String what() {
      return "Opened";
    }
  }

  /** {@code sigillo route membership}. */
  @Command(name = "membership", mixinStandardHelpOptions = true,
      description = "Records the holder's membership as the association's register shows it; it must be active.")
  static final class MembershipStep extends Step {
    @Parameters(index = "0", paramLabel = "APPLICATION", description = "The application id (printed by 'route open').")
    String application;

    @Option(names = "--member-number", required = true, paramLabel = "NUMBER", description = "Register number.")
    String number;

    @Option(names = "--member-since", required = true, paramLabel = "YYYY-MM-DD", description = "Member since.")
    LocalDate since;

    @Option(names = "--paid-until", paramLabel = "YYYY-MM-DD", description = "End of the current membership period.")
    LocalDate paidUntil;

    @Option(names = "--inactive", description = "The membership is not active (the step is then refused).")
    boolean inactive;

    @Override
    Application apply(RouteOptions.Opened opened) throws RouteException, CliException {
      return opened.route().verifyMembership(application, membership(number, since, !inactive, paidUntil),
          options.actor);
    }

    @Override
    String what() {
      return "Membership verified";
    }
  }

  static Membership membership(String number, LocalDate since, boolean active, LocalDate paidUntil)
      throws CliException {
    try {
      return new Membership(number, since, active, paidUntil);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw CliException.usage("bad membership: " + e.getMessage());
    }
  }

  /** {@code sigillo route dossier}. */
  @Command(name = "dossier", mixinStandardHelpOptions = true,
      description = {"Records the competency dossier: each document by its id in the document system and the "
          + "SHA-256 of its content (the documents never enter the credential).",
          "A CV, training, experience and a project portfolio are required; repeat an option for more documents."})
  static final class DossierStep extends Step {
    @Parameters(index = "0", paramLabel = "APPLICATION", description = "The application id.")
    String application;

    @Option(names = "--submitted-on", required = true, paramLabel = "YYYY-MM-DD", description = "Submission date.")
    LocalDate submittedOn;

    @Option(names = "--cv", paramLabel = "ID=SHA256", description = "The CV.")
    List<String> cv = new ArrayList<>();

    @Option(names = "--training", paramLabel = "ID=SHA256", description = "A training record.")
    List<String> training = new ArrayList<>();

    @Option(names = "--experience", paramLabel = "ID=SHA256", description = "Evidence of experience.")
    List<String> experience = new ArrayList<>();

    @Option(names = "--portfolio", paramLabel = "ID=SHA256", description = "The project portfolio.")
    List<String> portfolio = new ArrayList<>();

    @Override
    Application apply(RouteOptions.Opened opened) throws RouteException, CliException {
      List<DossierDocument> docs = new ArrayList<>();
      add(docs, DocumentKind.CV, cv);
      add(docs, DocumentKind.TRAINING, training);
      add(docs, DocumentKind.EXPERIENCE, experience);
      add(docs, DocumentKind.PORTFOLIO, portfolio);
      Dossier dossier;
      try {
        dossier = new Dossier(submittedOn, docs);
      } catch (IllegalArgumentException e) {
        throw CliException.usage("bad dossier: " + e.getMessage());
      }
      return opened.route().recordDossier(application, dossier, options.actor);
    }

    private static void add(List<DossierDocument> docs, DocumentKind kind, List<String> values) throws CliException {
      for (String v : values) {
        int eq = v.lastIndexOf('=');
        if (eq < 1) {
          throw CliException.usage("--" + kind.name().toLowerCase(java.util.Locale.ROOT) + " must be ID=SHA256: "
              + Text.oneLine(v));
        }
        try {
          docs.add(new DossierDocument(kind, v.substring(0, eq), v.substring(eq + 1)));
        } catch (IllegalArgumentException e) {
          throw CliException.usage("bad " + kind + " document: " + e.getMessage());
        }
      }
    }

    @Override
    String what() {
      return "Dossier recorded";
    }
  }
}
