package io.sigillo.examples.cli;

import io.sigillo.credential.Identifier;
import io.sigillo.credential.Organisation;
import io.sigillo.credential.Person;
import io.sigillo.examples.status.StatusListServer;
import io.sigillo.issuer.IssuanceException;
import io.sigillo.issuer.Issuer;
import io.sigillo.issuer.Seal;
import io.sigillo.issuer.status.StatusListConfig;
import io.sigillo.issuer.status.StatusStoreException;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.verifier.CheckId;
import io.sigillo.verifier.Indication;
import io.sigillo.verifier.CredentialSource;
import io.sigillo.verifier.Outcome;
import io.sigillo.verifier.ReasonCode;
import io.sigillo.verifier.VerificationReport;
import io.sigillo.verifier.Verifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code sigillo demo}: the whole story on built-in sample data. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Runs the whole story in a fresh folder: makes a test PKI and a status store, serves the "
        + "status lists over loopback, issues a credential with status and its offline QR code for a sample holder, "
        + "verifies both sealed forms (valid), flips one byte of the sealed credential (seal fails), verifies the "
        + "credential from the QR code image alone, revokes the credential, publishes the lists again and verifies "
        + "once more (revoked).",
        "Exit code 0 only if every step behaved as expected."})
final class DemoCommand implements Callable<Integer> {
  static final String HOLDER_ID = "urn:uuid:6f1c1bb4-3b0e-4e7b-9a43-1d2f8f4c2a10";
  static final String COMMITTEE = "AIPIA technical committee";

  @ParentCommand private SigilloCommand parent;

  @Option(names = "--dir", paramLabel = "DIR",
      description = "An empty or new folder to work in (default: a new sigillo-demo-* folder in the system temp folder).")
  private Path dir;

  @Override
  public Integer call() throws CliException {
    PrintWriter w = parent.out();
    Clock clock = parent.clock();
    Path root = workFolder(dir);
    Path keys = root.resolve("keys");
    Path credentials = root.resolve("credentials");
    Path statusDb = root.resolve("status-db").resolve("status");
    Path statusFiles = root.resolve("status");
    w.println("Sigillo demo in " + root.toAbsolutePath());
    w.println();

    step(w, 1, "Make a test PKI and issuer.json", "sigillo keys --out " + keys);
    Organisation org = KeysCommand.organisation(KeysCommand.DEFAULT_ORG_NAME, null, KeysCommand.DEFAULT_ORG_ID, null);
    KeysCommand.write(keys,
        new KeysCommand.Spec(org, TestPki.KeyType.EC_P256, false, KeysCommand.DEFAULT_PASSWORD), false, clock, w);
    w.println();
    Seal seal = IssueCommand.loadPem(keys.resolve("seal-key.pem"), keys.resolve("seal-chain.pem"));
    Organisation issuerOrg = OrganisationFile.read(keys.resolve("issuer.json"));

    StatusDbOptions db = new StatusDbOptions();
    db.db = statusDb.toString();
    try (StatusDbOptions.Opened opened = db.open(clock); StatusListServer server = serve(clock)) {
      URI base = server.baseUrl("http");
      StatusListConfig status = StatusCommand.config(opened.store(), base, null, null);
      Issuer publisher = Issuer.newBuilder().seal(seal).organisation(issuerOrg).clock(clock).status(status).build();
      try {
        server.start(publisher::publishStatusLists, null);
      } catch (IssuanceException e) {
        throw new CliException(ExitCodes.NOT_PASSED, "demo: publishing failed: " + e.reason() + " " + e.getMessage());
      }
      step(w, 2, "Open a status store (H2 file) and serve its status lists over loopback at " + base,
          "sigillo status publish --keys " + keys + " --status-db " + statusDb + " --status-base " + base
              + " --out " + statusFiles + ", then serve that folder at " + base);
      w.println();

      LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
      Path holderFile = root.resolve("holder.json");
      write(holderFile, HolderFile.toJson(sampleHolder()));
      step(w, 3, "Issue an AI Security Specialist credential for the sample holder in " + holderFile
              + ", with a revocation and a suspension status and its offline QR code",
          "sigillo issue --keys " + keys + " --holder " + holderFile + " --decision-date " + today.minusDays(1)
              + " --committee \"" + COMMITTEE + "\" --interview-date " + today.minusDays(8) + " --out " + credentials
              + " --status-db " + statusDb + " --status-base " + base + " --qr");
      IssueCommand.Issued issued = IssueCommand.issue(seal, issuerOrg,
          new IssueCommand.Request(HolderFile.read(holderFile, UUID::randomUUID), "ai-security-specialist",
              today.minusDays(1), COMMITTEE, today.minusDays(8)),
          credentials, clock, new OutputFiles.QrOptions(true, null, 4, 4), status);
      IssueCommand.print(issued, w);
      List<Path> lists = publish(server, seal, issuerOrg, status, statusFiles, clock);
      w.println("Published " + lists.size() / 2 + " status lists (also written to " + statusFiles + ")");
      w.println();

      String trustArgs = " --trust " + keys.resolve("root-ca.pem") + " --crl " + keys.resolve("ca.crl");
      String statusArgs = " --status-url-allow 127.0.0.1 --status-allow-http";
      Path jades = issued.files().jades();
      Path jwt = issued.files().jwt();
      step(w, 4, "Verify both sealed forms against the test root CA and its CRL, fetching the status lists",
          "sigillo verify " + jades + " " + jwt + trustArgs + statusArgs);
      Verifier verifier = verifier(keys, clock);
      VerificationReport jadesReport = verifier.verify(read(jades));
      VerificationReport jwtReport = verifier.verify(read(jwt));
      VerifyCommand.printSummary(jades, jadesReport, w);
      VerifyCommand.printSummary(jwt, jwtReport, w);

      String familyName = sampleHolder().familyName().get("en").orElseThrow();
      Path tampered = credentials.resolve(jades.getFileName().toString().replace(".jades.json", ".tampered.jades.json"));
      byte[] bytes = read(jades);
      int at = indexOf(bytes, ("\\\"familyName\\\":{\\\"en\\\":\\\"" + familyName).getBytes(StandardCharsets.UTF_8));
      if (at < 0) {
        throw new CliException(ExitCodes.NOT_PASSED, "demo: the holder's family name was not found in " + jades);
      }
      int flip = at + ("\\\"familyName\\\":{\\\"en\\\":\\\"").length();
      bytes[flip] ^= 0x01;
      write(tampered, new String(bytes, StandardCharsets.UTF_8));
      step(w, 5, String.format("Flip one bit of the sealed credential: byte %d, '%c' -> '%c' (%s -> %s)", flip,
              (char) (bytes[flip] ^ 0x01), (char) bytes[flip], familyName,
              (char) bytes[flip] + familyName.substring(1)),
          "sigillo verify " + tampered + trustArgs + statusArgs);
      VerificationReport tamperedReport = verifier.verify(bytes);
      VerifyCommand.printSummary(tampered, tamperedReport, w);

      Path qrPng = issued.extras().stream().map(OutputFiles.Extra::file)
          .filter(p -> p.getFileName().toString().endsWith(".qr.png")).findFirst()
          .orElseThrow(() -> new CliException(ExitCodes.NOT_PASSED, "demo: no QR code image was written"));
      step(w, 6, "Verify the credential from its printed QR code alone (the seal certificate is known to the "
              + "verifier; only the status lists are fetched)",
          "sigillo verify " + qrPng + trustArgs + statusArgs + " --seal-cert " + keys.resolve("seal-chain.pem"));
      Verifier qrVerifier = Verifier.create(verifier(keys, clock).policy().toBuilder()
          .sealCertificates(Inputs.certificates(keys.resolve("seal-chain.pem"))).build());
      VerificationReport qrReport = qrVerifier.verify(read(qrPng));
      VerifyCommand.printSummary(qrPng, qrReport, w);

      URI id = issued.sealed().credential().id();
      step(w, 7, "Revoke the credential and publish the status lists again",
          "sigillo revoke " + id + " --status-db " + statusDb + " --actor registrar --reason \"withdrawn by the "
              + COMMITTEE + "\"; sigillo status publish ...");
      try {
        opened.store().revoke(id, "registrar", "withdrawn by the " + COMMITTEE);
      } catch (StatusStoreException e) {
        throw new CliException(ExitCodes.NOT_PASSED, "demo: revocation failed: " + e.reason() + " " + e.getMessage());
      }
      w.println("Revoked " + id);
      publish(server, seal, issuerOrg, status, statusFiles, clock);
      w.println("Published the status lists again");
      w.println();

      step(w, 8, "Verify the credential again, as a new relying party would",
          "sigillo verify " + jades + trustArgs + statusArgs);
      VerificationReport revokedReport = verifier(keys, clock).verify(read(jades));
      VerifyCommand.printSummary(jades, revokedReport, w);

      boolean ok = check(w, "JAdES seal verifies, status fetched: neither revoked nor suspended",
              jadesReport.indication() == Indication.TOTAL_PASSED
                  && jadesReport.check(CheckId.STATUS).outcome() == Outcome.PASSED)
          & check(w, "vc+jwt verifies", jwtReport.indication() == Indication.TOTAL_PASSED)
          & check(w, "tampered seal is TOTAL_FAILED with SEAL SIGNATURE_INVALID",
              tamperedReport.indication() == Indication.TOTAL_FAILED
                  && tamperedReport.check(CheckId.SEAL).reason() == ReasonCode.SIGNATURE_INVALID)
          & check(w, "the QR code image verifies offline",
              qrReport.indication() == Indication.TOTAL_PASSED && qrReport.source() == CredentialSource.QR_OFFLINE)
          & check(w, "after revocation and publication: TOTAL_FAILED with STATUS REVOKED",
              revokedReport.indication() == Indication.TOTAL_FAILED
                  && revokedReport.check(CheckId.STATUS).reason() == ReasonCode.REVOKED);
      w.println();
      w.println("Files in " + root.toAbsolutePath() + ":");
      listFiles(root, w);
      w.println(ok ? "Demo finished: every step behaved as expected." : "Demo FAILED: a step did not behave as expected.");
      w.flush();
      return ok ? ExitCodes.OK : ExitCodes.NOT_PASSED;
    }
  }

  private static StatusListServer serve(Clock clock) throws CliException {
    try {
      return StatusListServer.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/status/", clock);
    } catch (IOException e) {
      throw CliException.usage("cannot open a loopback port for the status lists: " + e.getMessage());
    }
  }

  private static List<Path> publish(StatusListServer server, Seal seal, Organisation org, StatusListConfig status,
      Path files, Clock clock) throws CliException {
    try {
      server.publish();
    } catch (IssuanceException e) {
      throw new CliException(ExitCodes.NOT_PASSED, "demo: publishing failed: " + e.reason() + " " + e.getMessage());
    }
    return StatusCommand.publish(seal, org, status, files, clock);
  }

  /** A new verifier (so a new status list cache) fetching lists from loopback over http. */
  private static Verifier verifier(Path keys, Clock clock) throws CliException {
    return Verifier.create(VerifyCommand.policy(
        Inputs.certificates(keys.resolve("root-ca.pem")), Inputs.crls(keys.resolve("ca.crl")), clock,
        false, false, false, VerifyCommand.resolver(List.of("127.0.0.1"), true, List.of(), clock)));
  }

  static Person sampleHolder() {
    return Person.newBuilder()
        .id(HOLDER_ID)
        .givenName("Giulia")
        .familyName("Rossi")
        .birthDate(LocalDate.of(1990, 4, 12))
        .identifier(Identifier.of("AIPIA-000042", "AIPIA member register"))
        .email("giulia.rossi@example.org")
        .build();
  }

  private static Path workFolder(Path dir) throws CliException {
    try {
      if (dir == null) {
        return Files.createTempDirectory("sigillo-demo-");
      }
      if (Files.exists(dir)) {
        if (!Files.isDirectory(dir)) {
          throw CliException.usage("--dir " + dir + " is not a folder");
        }
        try (Stream<Path> s = Files.list(dir)) {
          if (s.findAny().isPresent()) {
            throw CliException.usage("--dir " + dir + " is not empty; the demo needs a fresh folder");
          }
        }
      }
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw CliException.usage("cannot create the demo folder: " + e.getMessage());
    }
  }

  private static void step(PrintWriter w, int n, String title, String command) {
    w.printf("== Step %d of 8: %s%n", n, title);
    w.println("   (the same as: " + command + ")");
  }

  private static boolean check(PrintWriter w, String what, boolean ok) {
    w.printf("[%s] %s%n", ok ? " ok " : "FAIL", what);
    return ok;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] read(Path file) throws CliException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw CliException.usage("cannot read " + file + ": " + e.getMessage());
    }
  }

  private static void write(Path file, String text) throws CliException {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw CliException.usage("cannot write " + file + ": " + e.getMessage());
    }
  }

  private static void listFiles(Path root, PrintWriter w) throws CliException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile).sorted()::iterator) {
        w.printf("  %-60s %6d bytes%n", root.relativize(p), Files.size(p));
      }
    } catch (IOException e) {
      throw CliException.usage("cannot list " + root + ": " + e.getMessage());
    }
  }
}
