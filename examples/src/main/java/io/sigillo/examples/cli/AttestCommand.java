package io.sigillo.examples.cli;

import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.route.AttestationRequest;
import io.sigillo.issuer.route.RouteException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code sigillo attest}: the professional quality attestation under Article 7 of Italian Law
 * 4/2013 for a member who holds a valid certificate issued through the route.
 */
@Command(name = "attest", mixinStandardHelpOptions = true,
    description = {"Issues a professional quality attestation (Italian Law 4/2013, art. 7) to a member who holds a "
        + "valid certificate issued through the route (neither revoked nor suspended) and an active membership. "
        + "The attestation is its own credential type, valid until the end of the membership period (at most "
        + "three years), and names the association's consumer desk.",
        "Exit code 0 attested; 2 refused (with the reason), bad arguments or store unavailable."})
final class AttestCommand implements Callable<Integer> {
  @ParentCommand private SigilloCommand parent;

  @Mixin private RouteOptions options;

  @Parameters(index = "0", paramLabel = "CERTIFICATE_ID",
      description = "The member's certificate, issued through the route (urn:uuid:...).")
  private String certificate;

  @Option(names = "--member-number", required = true, paramLabel = "NUMBER", description = "Register number.")
  private String number;

  @Option(names = "--member-since", required = true, paramLabel = "YYYY-MM-DD", description = "Member since.")
  private LocalDate since;

  @Option(names = "--paid-until", required = true, paramLabel = "YYYY-MM-DD",
      description = "End of the current membership period: the attestation is valid until then.")
  private LocalDate paidUntil;

  @Option(names = "--insurance", description = "The association verified the member's professional liability "
      + "insurance.")
  private boolean insurance;

  @Option(names = "--consumer-desk", required = true, paramLabel = "URI",
      description = "The association's consumer desk (Law 4/2013, art. 2(4)): a web page or mailto: URI.")
  private String consumerDesk;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the attestation files.")
  private Path out;

  @Option(names = "--qr", description = "Also seal for QR codes and write the offline QR code (PNG and SVG).")
  private boolean qr;

  @Override
  public Integer call() throws CliException {
    URI id = uri("credential id", certificate);
    URI desk = uri("--consumer-desk", consumerDesk);
    AttestationRequest request =
        new AttestationRequest(id, RouteCommand.membership(number, since, true, paidUntil), insurance);
    try (RouteOptions.Opened opened = options.open(parent.clock(), qr, 2, b -> b.consumerDesk(desk))) {
      SealedCredential sealed = opened.route().attest(request, options.actor);
      parent.out().printf("Attested %s%n", id);
      RouteCommand.write(sealed, opened.route().issuer().seal().signer().algorithm().jwsName(), out, qr,
          parent.out());
      return ExitCodes.OK;
    } catch (RouteException e) {
      throw RouteCommand.refused(e);
    }
  }

  private static URI uri(String what, String text) throws CliException {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw CliException.usage("not a valid " + what + ": " + Text.oneLine(text));
    }
  }
}
