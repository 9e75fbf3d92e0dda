package io.sigillo.examples.cli;

import io.sigillo.issuer.status.CredentialRecord;
import io.sigillo.issuer.status.StatusChange;
import io.sigillo.issuer.status.StatusStore;
import io.sigillo.issuer.status.StatusStoreException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code sigillo revoke}, {@code suspend} and {@code reinstate}: change a credential's status in
 * the store. The change is visible to verifiers once the lists are published again
 * ({@code sigillo status publish}).
 */
abstract class StatusChangeCommand implements Callable<Integer> {
  @ParentCommand private SigilloCommand parent;

  @Parameters(index = "0", paramLabel = "CREDENTIAL_ID", description = "The credential's id (urn:uuid:...).")
  private String credentialId;

  @Mixin private StatusDbOptions db;

  @Option(names = "--actor", required = true, paramLabel = "NAME", description = "Who makes the change (recorded).")
  private String actor;

  @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (recorded).")
  private String reason;

  abstract CredentialRecord apply(StatusStore store, URI id, String actor, String reason) throws StatusStoreException;

  abstract String done();

  @Override
  public Integer call() throws CliException {
    URI id;
    try {
      id = new URI(credentialId);
    } catch (URISyntaxException e) {
      throw CliException.usage("not a credential id: " + credentialId);
    }
    if (actor.isBlank() || actor.length() > 200 || reason.length() > 1000) {
      throw CliException.usage("--actor must be 1 to 200 characters and --reason at most 1000");
    }
    try (StatusDbOptions.Opened opened = db.open(parent.clock())) {
      CredentialRecord r = apply(opened.store(), id, actor, reason);
      PrintWriter w = parent.out();
      w.printf("%s %s: now %s (change %d)%n", done(), id, r.state(), r.version() - 1);
      for (StatusChange c : opened.store().history(id)) {
        w.printf("  %d %-9s %-9s %s by %s%s%n", c.sequence(), c.action(), c.to(), c.at(), Text.oneLine(c.actor()),
            c.reason().isEmpty() ? "" : ": " + Text.oneLine(c.reason()));
      }
      w.println("Publish the status lists again (sigillo status publish) for verifiers to see it.");
      w.flush();
      return ExitCodes.OK;
    } catch (StatusStoreException e) {
      switch (e.reason()) {
        case ALREADY_REVOKED:
        case ALREADY_SUSPENDED:
        case NOT_SUSPENDED:
          throw new CliException(ExitCodes.NOT_PASSED, "refused: " + e.reason() + " - " + e.getMessage());
        default:
          throw CliException.usage(e.reason() + " - " + e.getMessage());
      }
    }
  }

  /** {@code sigillo revoke}. */
  @Command(name = "revoke", mixinStandardHelpOptions = true,
      description = {"Revokes a credential for good in the status store.",
          "Exit code 0 done; 1 refused (already revoked); 2 unknown credential, bad arguments or store unavailable."})
  static final class Revoke extends StatusChangeCommand {
    @Override
    CredentialRecord apply(StatusStore store, URI id, String actor, String reason) throws StatusStoreException {
      return store.revoke(id, actor, reason);
    }

    @Override
    String done() {
      return "Revoked";
    }
  }

  /** {@code sigillo suspend}. */
  @Command(name = "suspend", mixinStandardHelpOptions = true,
      description = {"Suspends an active credential until it is reinstated.",
          "Exit code 0 done; 1 refused (already suspended or revoked); 2 unknown credential, bad arguments or store unavailable."})
  static final class Suspend extends StatusChangeCommand {
    @Override
    CredentialRecord apply(StatusStore store, URI id, String actor, String reason) throws StatusStoreException {
      return store.suspend(id, actor, reason);
    }

    @Override
    String done() {
      return "Suspended";
    }
  }

  /** {@code sigillo reinstate}. */
  @Command(name = "reinstate", mixinStandardHelpOptions = true,
      description = {"Reinstates a suspended credential.",
          "Exit code 0 done; 1 refused (not suspended, or revoked); 2 unknown credential, bad arguments or store unavailable."})
  static final class Reinstate extends StatusChangeCommand {
    @Override
    CredentialRecord apply(StatusStore store, URI id, String actor, String reason) throws StatusStoreException {
      return store.reinstate(id, actor, reason);
    }

    @Override
    String done() {
      return "Reinstated";
    }
  }
}
