package io.sigillo.examples.cli;

import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.route.Application;
import io.sigillo.issuer.route.ApplicationState;
import io.sigillo.issuer.route.Assessment;
import io.sigillo.issuer.route.AuditTrail;
import io.sigillo.issuer.route.CriterionOutcome;
import io.sigillo.issuer.route.Decision;
import io.sigillo.issuer.route.Interview;
import io.sigillo.issuer.route.RouteException;
import io.sigillo.issuer.route.RouteStep;
import io.sigillo.issuer.route.RouteStore;
import io.sigillo.issuer.status.PooledConnections;
import io.sigillo.issuer.status.StatusChange;
import io.sigillo.profile.Competence;
import io.sigillo.profile.ProfileCatalogue;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The later steps of {@code sigillo route}: interview, assessment, issuance, and the history. */
final class RouteSteps {
  private RouteSteps() {}

  /** {@code sigillo route interview}. */
  @Command(name = "interview", mixinStandardHelpOptions = true,
      description = "Records the (optional) interview; a failed interview refuses the application.")
  static final class InterviewStep extends RouteCommand.Step {
    @Parameters(index = "0", paramLabel = "APPLICATION", description = "The application id.")
    String application;

    @Option(names = "--held-on", required = true, paramLabel = "YYYY-MM-DD", description = "Date of the interview.")
    LocalDate heldOn;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Outcome outcome;

    static final class Outcome {
      @Option(names = "--passed", required = true, description = "The holder passed.")
      boolean passed;

      @Option(names = "--failed", required = true, description = "The holder failed.")
      boolean failed;
    }

    @Option(names = "--interviewer", required = true, paramLabel = "NAME", description = "An interviewer (repeat).")
    List<String> interviewers;

    @Override
    Application apply(RouteOptions.Opened opened) throws RouteException, CliException {
      Interview interview;
      try {
        interview = new Interview(heldOn, outcome.passed, interviewers);
      } catch (IllegalArgumentException e) {
        throw CliException.usage("bad interview: " + e.getMessage());
      }
      return opened.route().recordInterview(application, interview, options.actor);
    }

    @Override
    String what() {
      return "Interview recorded";
    }
  }

  /** {@code sigillo route assess}. */
  @Command(name = "assess", mixinStandardHelpOptions = true,
      description = {"Records the technical committee's assessment: an outcome for every UNI 11621-8 criterion "
          + "of the profile, the assessors and the decision. A negative decision refuses the application; a "
          + "positive one with a criterion not met is refused as inconsistent."})
  static final class AssessStep extends RouteCommand.Step {
    @Parameters(index = "0", paramLabel = "APPLICATION", description = "The application id.")
    String application;

    @Option(names = "--committee", required = true, paramLabel = "NAME", description = "The committee.")
    String committee;

    @Option(names = "--assessor", required = true, paramLabel = "NAME", description = "An assessor (repeat).")
    List<String> assessors;

    @Option(names = "--all-met", description = "Every criterion of the profile is met, except those given "
        + "with --outcome CRITERION=not-met.")
    boolean allMet;

    @Option(names = "--outcome", paramLabel = "CRITERION=met|not-met",
        description = "The outcome of one criterion, e.g. responsibility-2=not-met (repeat; without --all-met, "
            + "give every criterion of the profile).")
    List<String> each = new ArrayList<>();

    @Option(names = "--decision", required = true, paramLabel = "POSITIVE|NEGATIVE", description = "The decision.")
    Decision decision;

    @Option(names = "--decided-on", required = true, paramLabel = "YYYY-MM-DD", description = "Date of the decision.")
    LocalDate decidedOn;

    @Override
    Application apply(RouteOptions.Opened opened) throws RouteException, CliException {
      if (!allMet && each.isEmpty()) {
        throw CliException.usage("give the outcomes: --all-met and/or --outcome CRITERION=met|not-met");
      }
      Map<String, Boolean> outcomes = new LinkedHashMap<>();
      try {
        if (allMet) {
          Application a = opened.store().application(application).orElseThrow(() -> new RouteException(
              RouteException.Reason.UNKNOWN_APPLICATION, null, "no application " + application, null));
          ProfileCatalogue.bundled().find(a.profile()).orElseThrow().competences().stream().map(Competence::id)
              .forEach(id -> outcomes.put(id.getFragment(), true));
        }
        for (String o : each) {
          int eq = o.indexOf('=');
          String value = eq < 0 ? "" : o.substring(eq + 1).strip().toLowerCase(Locale.ROOT).replace('_', '-');
          if (eq < 1 || !(value.equals("met") || value.equals("not-met"))) {
            throw CliException.usage("--outcome must be CRITERION=met or CRITERION=not-met: " + Text.oneLine(o));
          }
          outcomes.put(o.substring(0, eq), value.equals("met"));
        }
        List<CriterionOutcome> list = new ArrayList<>();
        outcomes.forEach((k, v) -> list.add(new CriterionOutcome(k, v)));
        return opened.route().recordAssessment(application,
            new Assessment(committee, assessors, list, decision, decidedOn), options.actor);
      } catch (IllegalArgumentException e) {
        throw CliException.usage("bad assessment: " + e.getMessage());
      }
    }

    @Override
    String what() {
      return "Assessment recorded";
    }
  }

  /** {@code sigillo route issue}. */
  @Command(name = "issue", mixinStandardHelpOptions = true,
      description = {"Issues the credential of an assessed application: registers it with its status entries, "
          + "seals it, writes its files and confirms delivery. An issuance interrupted before (state ISSUING) is "
          + "completed with the same credential."})
  static final class IssueStep implements Callable<Integer> {
    @ParentCommand RouteCommand route;

    @Mixin RouteOptions options;

    @Parameters(index = "0", paramLabel = "APPLICATION", description = "The application id.")
    String application;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the credential files.")
    Path out;

    @Option(names = "--qr", description = "Also seal for QR codes and write the offline QR code (PNG and SVG).")
    boolean qr;

    @Override
    public Integer call() throws CliException {
      try (RouteOptions.Opened opened = options.open(route.parent.clock(), qr, 2, UnaryOperator.identity())) {
        Optional<Application> a = opened.store().application(application);
        SealedCredential sealed = a.isPresent() && a.get().state() == ApplicationState.ISSUING
            ? opened.route().resume(application, options.actor)
            : opened.route().issue(application, options.actor);
        RouteCommand.write(sealed, opened.route().issuer().seal().signer().algorithm().jwsName(), out, qr,
            route.parent.out());
        return ExitCodes.OK;
      } catch (RouteException e) {
        throw RouteCommand.refused(e);
      }
    }
  }

  /** {@code sigillo route history}. */
  @Command(name = "history", mixinStandardHelpOptions = true,
      description = {"Replays what the route recorded: for an application id its steps; for a credential id "
          + "(urn:uuid:...) also its status changes and the credentials it replaces or that supersede it."})
  static final class History implements Callable<Integer> {
    @ParentCommand RouteCommand route;

    @Mixin StatusDbOptions db;

    @Parameters(index = "0", paramLabel = "ID", description = "An application id or a credential id.")
    String id;

    @Override
    public Integer call() throws CliException {
      PrintWriter w = route.parent.out();
      try (PooledConnections pool = db.connections(2)) {
        RouteStore store = RouteStore.newBuilder().connections(pool).clock(route.parent.clock()).build();
        if (id.startsWith("urn:uuid:")) {
          URI credential;
          try {
            credential = URI.create(id);
          } catch (IllegalArgumentException e) {
            throw CliException.usage("not a credential id: " + Text.oneLine(id));
          }
          AuditTrail t = store.audit(credential);
          RouteCommand.printState(w, "Credential " + credential + " was issued through", t.application());
          t.replaces().ifPresent(r -> w.printf("  replaces   %s%n", r));
          t.supersededBy().ifPresent(r -> w.printf("  superseded by %s%n", r));
          steps(w, t.steps());
          w.println("Status changes:");
          for (StatusChange c : t.statusHistory()) {
            w.printf("  %d %-9s %-9s %s by %s%s%n", c.sequence(), c.action(), c.to(), c.at(), Text.oneLine(c.actor()),
                c.reason().isEmpty() ? "" : ": " + Text.oneLine(c.reason()));
          }
        } else {
          Application a = store.application(id).orElseThrow(() -> CliException.usage("no application " + Text.oneLine(id)));
          RouteCommand.printState(w, "History", a);
          steps(w, store.steps(id));
        }
        w.flush();
        return ExitCodes.OK;
      } catch (RouteException e) {
        throw CliException.usage(RouteCommand.describe(e));
      }
    }

    private static void steps(PrintWriter w, List<RouteStep> steps) {
      w.println("Steps:");
      for (RouteStep s : steps) {
        w.printf("  %d %-22s %s by %s%n      %s%n", s.sequence(), s.step(), s.at(), Text.oneLine(s.actor()),
            Text.oneLine(s.details()));
      }
    }
  }
}
