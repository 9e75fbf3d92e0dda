package io.sigillo.examples.cli;

import io.sigillo.credential.EdcCredential;
import io.sigillo.credential.Organisation;
import io.sigillo.credential.Person;
import io.sigillo.issuer.IssuanceException;
import io.sigillo.issuer.IssuanceRequest;
import io.sigillo.issuer.Issuer;
import io.sigillo.issuer.Seal;
import io.sigillo.issuer.SealKeys;
import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.SealingException;
import io.sigillo.issuer.status.StatusListConfig;
import io.sigillo.qr.QrLink;
import io.sigillo.status.BitstringStatusListEntry;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code sigillo issue}: issues and seals one credential. */
@Command(name = "issue", mixinStandardHelpOptions = true,
    description = {"Issues a credential for a holder and seals it as JAdES baseline B and as vc+jwt.",
        "Writes <id>.jsonld (the credential, indented), <id>.jades.json and <id>.jwt to the --out "
            + "folder, <id> being the credential's UUID."},
    footer = {"", "holder.json: {\"id\": \"urn:uuid:...\" (optional, generated if absent), "
        + "\"givenName\": \"Giulia\", \"familyName\": \"Rossi\", \"birthDate\": \"1990-04-12\", "
        + "\"identifier\": {\"notation\": \"AIPIA-000042\", \"schemeName\": \"AIPIA member register\"}, "
        + "\"email\": \"giulia.rossi@example.org\"}; only givenName and familyName are required."})
final class IssueCommand implements Callable<Integer> {
  @ParentCommand private SigilloCommand parent;

  @ArgGroup(exclusive = true, multiplicity = "1", heading = "The seal (one of):%n")
  private KeySource keySource;

  static final class KeySource {
    @Option(names = "--keys", paramLabel = "DIR",
        description = "Folder written by 'sigillo keys': seal-key.pem, seal-chain.pem and issuer.json.")
    Path keysDir;

    @ArgGroup(exclusive = false)
    Pkcs12 pkcs12;

    @ArgGroup(exclusive = false)
    PemFiles pem;
  }

  static final class Pkcs12 {
    @Option(names = "--p12", required = true, paramLabel = "FILE", description = "PKCS#12 key store with one key entry.")
    Path file;

    @Option(names = "--password", required = true, paramLabel = "PW", description = "Password of the PKCS#12 file.")
    String password;
  }

  static final class PemFiles {
    @Option(names = "--key", required = true, paramLabel = "PEM", description = "Unencrypted private key (PKCS#8 or EC/RSA).")
    Path key;

    @Option(names = "--chain", required = true, paramLabel = "PEM", description = "Seal certificate, then its issuing CAs.")
    Path chain;
  }

  @Option(names = "--issuer", paramLabel = "FILE",
      description = "issuer.json of the issuing organisation (default: DIR/issuer.json with --keys).")
  private Path issuerFile;

  @Option(names = "--holder", required = true, paramLabel = "FILE", description = "holder.json (format below).")
  private Path holderFile;

  @Option(names = "--profile", paramLabel = "CODE", defaultValue = "ai-security-specialist",
      description = "Profile code or id in the bundled UNI 11621-8 catalogue (default: ${DEFAULT-VALUE}).")
  private String profile;

  @Option(names = "--decision-date", required = true, paramLabel = "YYYY-MM-DD",
      description = "Date of the technical committee's positive decision.")
  private LocalDate decisionDate;

  @Option(names = "--committee", required = true, paramLabel = "NAME", description = "Name of the committee that decided.")
  private String committee;

  @Option(names = "--interview-date", paramLabel = "YYYY-MM-DD", description = "Date of the passed interview, if one was held.")
  private LocalDate interviewDate;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the credential files (created if missing).")
  private Path out;

  @Mixin private StatusDbOptions statusDb;

  @Option(names = "--status-base", paramLabel = "URL",
      description = "With --status-db: register the credential and give it revocation and suspension entries in "
          + "the status lists published under this base URL (ending with '/').")
  private URI statusBase;

  @Option(names = "--qr", description = "Also seal for QR codes and write the offline QR code (PNG and SVG).")
  private boolean qr;

  @Option(names = "--qr-link", paramLabel = "URL",
      description = "Also write a QR code linking to this https verification page (PNG and SVG).")
  private URI qrLink;

  @Option(names = "--qr-module-size", paramLabel = "PX", defaultValue = "4",
      description = "Pixels per QR module, 1 to 32 (default: ${DEFAULT-VALUE}).")
  private int qrModuleSize;

  @Option(names = "--qr-quiet-zone", paramLabel = "MODULES", defaultValue = "4",
      description = "Light modules around the QR code, 0 to 16 (default: ${DEFAULT-VALUE}; 4 is standard).")
  private int qrQuietZone;

  @Override
  public Integer call() throws CliException {
    SealAndIssuer keys = sealAndIssuer(keySource, issuerFile);
    Person holder = HolderFile.read(holderFile, UUID::randomUUID);
    Request request = new Request(holder, profile, decisionDate, committee, interviewDate);
    if (qrModuleSize < 1 || qrModuleSize > 32 || qrQuietZone < 0 || qrQuietZone > 16) {
      throw CliException.usage("--qr-module-size must be 1 to 32 and --qr-quiet-zone 0 to 16");
    }
    if (qrLink != null) {
      try {
        QrLink.of(qrLink, "urn:uuid:" + UUID.randomUUID(), new byte[0]);
      } catch (IllegalArgumentException e) {
        throw CliException.usage("--qr-link: " + e.getMessage());
      }
    }
    OutputFiles.QrOptions qrOptions = new OutputFiles.QrOptions(qr, qrLink, qrModuleSize, qrQuietZone);
    if (!statusDb.present()) {
      if (statusBase != null) {
        throw CliException.usage("--status-base needs --status-db");
      }
      print(issue(keys.seal(), keys.organisation(), request, out, parent.clock(), qrOptions, null), parent.out());
      return ExitCodes.OK;
    }
    try (StatusDbOptions.Opened opened = statusDb.open(parent.clock())) {
      StatusListConfig status = StatusCommand.config(opened.store(), statusBase, null, null);
      print(issue(keys.seal(), keys.organisation(), request, out, parent.clock(), qrOptions, status), parent.out());
      return ExitCodes.OK;
    }
  }

  /** A loaded seal and the organisation it belongs to. */
  record SealAndIssuer(Seal seal, Organisation organisation) {}

  /** Loads the seal from the key options and the organisation from issuer.json. */
  static SealAndIssuer sealAndIssuer(KeySource keySource, Path issuerFile) throws CliException {
    Seal seal;
    Path issuerPath = issuerFile;
    if (keySource.keysDir != null) {
      seal = loadPem(keySource.keysDir.resolve("seal-key.pem"), keySource.keysDir.resolve("seal-chain.pem"));
      if (issuerPath == null) {
        issuerPath = keySource.keysDir.resolve("issuer.json");
      }
    } else if (keySource.pkcs12 != null) {
      seal = loadPkcs12(keySource.pkcs12.file, keySource.pkcs12.password);
    } else {
      seal = loadPem(keySource.pem.key, keySource.pem.chain);
    }
    if (issuerPath == null) {
      throw CliException.usage("--issuer FILE is required with --p12 or --key/--chain");
    }
    return new SealAndIssuer(seal, OrganisationFile.read(issuerPath));
  }

  /** What to issue. */
  record Request(Person holder, String profile, LocalDate decisionDate, String committee, LocalDate interviewDate) {}

  /** A sealed credential and the files it was written to. */
  record Issued(SealedCredential sealed, String algorithm, OutputFiles.Written files, List<OutputFiles.Extra> extras) {}

  static Seal loadPem(Path key, Path chain) throws CliException {
    Inputs.requireFile(key);
    Inputs.requireFile(chain);
    try {
      return SealKeys.pem(key, chain, null);
    } catch (SealingException e) {
      throw CliException.usage("cannot load the seal from " + key + " and " + chain + ": "
          + e.reason() + " " + e.getMessage());
    }
  }

  static Seal loadPkcs12(Path file, String password) throws CliException {
    Inputs.requireFile(file);
    try {
      return SealKeys.pkcs12(file, password.toCharArray());
    } catch (SealingException e) {
      throw CliException.usage("cannot load the seal from " + file + ": " + e.reason() + " " + e.getMessage());
    }
  }

  /**
   * Issues, seals and writes one credential.
   *
   * @return the sealed credential and the files written
   */
  static Issued issue(Seal seal, Organisation org, Request r, Path out, Clock clock) throws CliException {
    return issue(seal, org, r, out, clock, OutputFiles.QrOptions.NONE, null);
  }

  /**
   * Issues, seals and writes one credential, registered in a status store when {@code status} is
   * given.
   *
   * @return the sealed credential and the files written
   */
  static Issued issue(Seal seal, Organisation org, Request r, Path out, Clock clock, StatusListConfig status)
      throws CliException {
    return issue(seal, org, r, out, clock, OutputFiles.QrOptions.NONE, status);
  }

  /**
   * Issues, seals and writes one credential and the QR codes asked for, registered in a status
   * store when {@code status} is given.
   *
   * @return the sealed credential and the files written
   */
  static Issued issue(Seal seal, Organisation org, Request r, Path out, Clock clock, OutputFiles.QrOptions qr,
      StatusListConfig status) throws CliException {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    if (r.decisionDate().isAfter(today)) {
      throw CliException.usage("--decision-date " + r.decisionDate() + " is in the future (today is " + today + " UTC)");
    }
    Issuer issuer;
    try {
      issuer = Issuer.newBuilder().seal(seal).organisation(org).clock(clock).status(status).qrSeal(qr.offline()).build();
    } catch (IllegalArgumentException e) {
      throw CliException.usage("the issuer does not match the seal: " + e.getMessage());
    }
    IssuanceRequest request;
    try {
      IssuanceRequest.Builder b = IssuanceRequest.newBuilder()
          .holder(r.holder())
          .profile(r.profile())
          .committeeDecision(r.committee(), r.decisionDate());
      if (r.interviewDate() != null) {
        b.interview(r.interviewDate(), true);
      }
      request = b.build();
    } catch (IllegalArgumentException e) {
      throw CliException.usage("cannot issue: " + e.getMessage());
    }
    SealedCredential sealed;
    try {
      sealed = issuer.issue(request);
    } catch (IssuanceException e) {
      throw CliException.usage("cannot issue: " + e.reason() + " " + e.getMessage());
    }
    OutputFiles.Written files = OutputFiles.write(out, sealed);
    List<OutputFiles.Extra> extras = qr.any() ? OutputFiles.writeQr(out, sealed, qr) : new ArrayList<>();
    return new Issued(sealed, seal.signer().algorithm().jwsName(), files, List.copyOf(extras));
  }

  static void print(Issued issued, PrintWriter w) {
    EdcCredential c = issued.sealed().credential();
    List<String> en = List.of("en");
    w.printf("Issued %s%n", c.id());
    w.printf("  holder     %s (%s)%n", Text.oneLine(HolderFile.displayName(c.subject())), c.subject().id());
    if (c.isAttestation()) {
      w.printf("  attests    %s%n", Text.oneLine(c.qualification().title().preferred(en)));
    } else {
      w.printf("  profile    %s%n", Text.oneLine(c.achievement().title().preferred(en)));
    }
    w.printf("  issuer     %s (%s)%n", Text.oneLine(c.issuer().legalName().preferred(en)),
        c.issuer().eidasIdentifier().orElseThrow().notation());
    w.printf("  valid      %s to %s%n", c.validFrom(), c.validUntil());
    w.printf("  sealed     %s at %s%n", issued.algorithm(), issued.sealed().signingTime());
    for (BitstringStatusListEntry e : c.credentialStatus()) {
      w.printf("  %-10s %s#%d%n", e.purpose().value(), e.listCredential(), e.index());
    }
    OutputFiles.Written f = issued.files();
    w.printf("Wrote to %s:%n", Text.oneLine(String.valueOf(f.jades().getParent())));
    w.printf("  %-50s the credential, indented (not sealed)%n", f.jsonLd().getFileName());
    w.printf("  %-50s JAdES baseline-B seal (JWS JSON, unencoded payload)%n", f.jades().getFileName());
    w.printf("  %-50s vc+jwt (compact JWS)%n", f.jwt().getFileName());
    for (OutputFiles.Extra e : issued.extras()) {
      w.printf("  %-50s %s%n", e.file().getFileName(), e.description());
    }
    w.flush();
  }
}
