package io.sigillo.examples.cli;

import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.route.CpdActivity;
import io.sigillo.issuer.route.CpdRequirement;
import io.sigillo.issuer.route.RouteException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code sigillo renew}: renews a certificate through continuing professional development. */
@Command(name = "renew", mixinStandardHelpOptions = true,
    description = {"Renews a credential issued through the route, with the CPD activities completed during its "
        + "validity, in the window around its expiry. The new credential replaces the previous one, which is "
        + "marked superseded (not revoked). A revoked credential cannot be renewed; a suspended one must be "
        + "reinstated first.",
        "Exit code 0 renewed; 2 refused (with the reason), bad arguments or store unavailable."})
final class RenewCommand implements Callable<Integer> {
  @ParentCommand private SigilloCommand parent;

  @Mixin private RouteOptions options;

  @Parameters(index = "0", paramLabel = "CREDENTIAL_ID", description = "The credential to renew (urn:uuid:...).")
  private String previous;

  @Option(names = "--member-number", required = true, paramLabel = "NUMBER", description = "Register number.")
  private String number;

  @Option(names = "--member-since", required = true, paramLabel = "YYYY-MM-DD", description = "Member since.")
  private LocalDate since;

  @Option(names = "--paid-until", paramLabel = "YYYY-MM-DD", description = "End of the current membership period.")
  private LocalDate paidUntil;

  @Option(names = "--cpd", required = true, paramLabel = "DATE,HOURS,TITLE",
      description = "A CPD activity: completion date, hours (up to two decimals) and title, e.g. "
          + "\"2029-03-10,16,OWASP ML Top 10 workshop\" (repeat).")
  private List<String> cpd;

  @Option(names = "--cpd-hours", paramLabel = "HOURS", description = "Hours of CPD required (default: 60).")
  private BigDecimal cpdHours;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the credential files.")
  private Path out;

  @Option(names = "--qr", description = "Also seal for QR codes and write the offline QR code (PNG and SVG).")
  private boolean qr;

  @Override
  public Integer call() throws CliException {
    URI id;
    try {
      id = new URI(previous);
    } catch (java.net.URISyntaxException e) {
      throw CliException.usage("not a credential id: " + Text.oneLine(previous));
    }
    List<CpdActivity> activities = new ArrayList<>();
    for (String c : cpd) {
      activities.add(activity(c));
    }
    CpdRequirement requirement = CpdRequirement.DEFAULT;
    if (cpdHours != null) {
      try {
        requirement = new CpdRequirement(cpdHours, requirement.openBeforeExpiry(), requirement.graceAfterExpiry());
      } catch (IllegalArgumentException e) {
        throw CliException.usage("--cpd-hours: " + e.getMessage());
      }
    }
    CpdRequirement req = requirement;
    try (RouteOptions.Opened opened = options.open(parent.clock(), qr, 2, b -> b.cpdRequirement(req))) {
      SealedCredential sealed = opened.route().renew(id, RouteCommand.membership(number, since, true, paidUntil),
          activities, options.actor);
      parent.out().printf("Renewed %s (now superseded)%n", id);
      RouteCommand.write(sealed, opened.route().issuer().seal().signer().algorithm().jwsName(), out, qr,
          parent.out());
      return ExitCodes.OK;
    } catch (RouteException e) {
      throw RouteCommand.refused(e);
    }
  }

  static CpdActivity activity(String text) throws CliException {
    String[] parts = text.split(",", 3);
    if (parts.length != 3) {
      throw CliException.usage("--cpd must be DATE,HOURS,TITLE: " + Text.oneLine(text));
    }
    try {
      return new CpdActivity(parts[2].strip(), LocalDate.parse(parts[0].strip()), new BigDecimal(parts[1].strip()));
    } catch (DateTimeParseException | NumberFormatException e) {
      throw CliException.usage("--cpd must be DATE,HOURS,TITLE with DATE as YYYY-MM-DD: " + Text.oneLine(text));
    } catch (IllegalArgumentException e) {
      throw CliException.usage("bad CPD activity: " + e.getMessage());
    }
  }
}
