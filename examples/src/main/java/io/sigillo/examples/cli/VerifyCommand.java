package io.sigillo.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.json.JsonLimits;
import io.sigillo.verifier.CredentialFormat;
import io.sigillo.qr.QrLimits;
import io.sigillo.verifier.HttpStatusListResolver;
import io.sigillo.verifier.OfflineStatusListResolver;
import io.sigillo.verifier.StatusListResolver;
import io.sigillo.verifier.VerificationPolicy;
import io.sigillo.verifier.VerificationReport;
import io.sigillo.verifier.VerifiedCredential;
import io.sigillo.verifier.Verifier;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code sigillo verify}: verifies sealed credentials and prints their reports. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = {"Verifies sealed credentials (JAdES .jades.json or vc+jwt .jwt), PNG or JPEG images of "
        + "their QR codes, or files holding a QR code's text, and prints a report per file.",
        "Exit code 0 when every file is TOTAL_PASSED, 1 when any is not, 2 for usage errors or unreadable files."})
final class VerifyCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParentCommand private SigilloCommand parent;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Sealed credential files or QR code images.")
  private List<Path> files;

  @Option(names = "--trust", required = true, paramLabel = "PEM",
      description = "Trust anchor certificates (root or issuing CA), PEM or DER; repeatable.")
  private List<Path> trust;

  @Option(names = "--crl", paramLabel = "FILE",
      description = "Offline CRL (DER or PEM); repeatable. With any CRL, every chain certificate must be covered.")
  private List<Path> crls = new ArrayList<>();

  @Option(names = "--json", description = "Print the full report as JSON (a JSON array for several files).")
  private boolean json;

  @Option(names = "--at", paramLabel = "INSTANT",
      description = "Verify as of this instant, e.g. 2027-06-01T00:00:00Z (default: now).")
  private Instant at;

  @Option(names = "--legacy-elm", description = "Also accept ELM v3 credentials on the VC 1.1 data model (2023 EDCs).")
  private boolean legacyElm;

  @Option(names = "--allow-open-ended", description = "Relaxation: accept credentials without validUntil.")
  private boolean allowOpenEnded;

  @Option(names = "--jsonld", description = "Also expand the credential as JSON-LD over the pinned contexts (FORMAT fails on undefined terms).")
  private boolean jsonLd;

  @Option(names = "--status-url-allow", paramLabel = "HOST",
      description = "Fetch status lists over https from this host; repeatable. Without it or --status-offline, "
          + "nothing is fetched and a credential with a status is INDETERMINATE.")
  private List<String> statusHosts = new ArrayList<>();

  @Option(names = "--status-allow-http", description = "Relaxation: also fetch status lists over plain http (loopback demos).")
  private boolean statusAllowHttp;

  @Option(names = "--status-offline", paramLabel = "FILE",
      description = "A sealed status list credential already held (from 'sigillo status publish'); repeatable. "
          + "Used before any network fetch.")
  private List<Path> statusOffline = new ArrayList<>();

  @Option(names = "--seal-cert", paramLabel = "PEM",
      description = "Seal certificates (and intermediate CAs) the verifier knows, PEM or DER; repeatable. "
          + "Needed for seals made for QR codes, which reference their certificate by thumbprint.")
  private List<Path> sealCerts = new ArrayList<>();

  @Option(names = "--allow-link-host", paramLabel = "HOST",
      description = "Fetch the credential of a QR verification link from this host (https); repeatable. "
          + "Without it, links are never followed.")
  private List<String> linkHosts = new ArrayList<>();

  @Override
  public Integer call() throws CliException {
    List<X509Certificate> anchors = new ArrayList<>();
    for (Path p : trust) {
      anchors.addAll(Inputs.certificates(p));
    }
    List<X509CRL> crlList = new ArrayList<>();
    for (Path p : crls) {
      crlList.addAll(Inputs.crls(p));
    }
    Clock clock = at != null ? Clock.fixed(at, ZoneOffset.UTC) : parent.clock();
    List<X509Certificate> known = new ArrayList<>();
    for (Path p : sealCerts) {
      known.addAll(Inputs.certificates(p));
    }
    VerificationPolicy policy = policy(anchors, crlList, clock, legacyElm, allowOpenEnded, jsonLd,
        resolver(statusHosts, statusAllowHttp, statusOffline, clock));
    try {
      policy = policy.toBuilder().sealCertificates(known).allowLinkFetching(linkHosts).build();
    } catch (IllegalArgumentException e) {
      throw CliException.usage(e.getMessage());
    }
    Verifier verifier = Verifier.create(policy);
    int limit = Math.max(JsonLimits.DEFAULT.maxBytes(), QrLimits.DEFAULT.maxImageBytes());
    List<byte[]> inputs = new ArrayList<>();
    for (Path f : files) {
      inputs.add(Inputs.readBounded(f, limit, "cannot read " + f));
    }
    List<VerificationReport> reports = new ArrayList<>();
    for (byte[] in : inputs) {
      reports.add(verifier.verify(in));
    }
    PrintWriter w = parent.out();
    if (json) {
      w.println(json(files, reports));
    } else {
      for (int i = 0; i < files.size(); i++) {
        printSummary(files.get(i), reports.get(i), w);
      }
      if (files.size() > 1) {
        long passed = reports.stream().filter(VerificationReport::isValid).count();
        w.printf("%d of %d files TOTAL_PASSED%n", passed, files.size());
      }
    }
    w.flush();
    return reports.stream().allMatch(VerificationReport::isValid) ? ExitCodes.OK : ExitCodes.NOT_PASSED;
  }

  static VerificationPolicy policy(List<X509Certificate> anchors, List<X509CRL> crls, Clock clock,
      boolean legacyElm, boolean allowOpenEnded, boolean jsonLd) throws CliException {
    return policy(anchors, crls, clock, legacyElm, allowOpenEnded, jsonLd, null);
  }

  static VerificationPolicy policy(List<X509Certificate> anchors, List<X509CRL> crls, Clock clock,
      boolean legacyElm, boolean allowOpenEnded, boolean jsonLd, StatusListResolver resolver) throws CliException {
    VerificationPolicy.Builder b = VerificationPolicy.newBuilder().trustAnchors(anchors).crls(crls).clock(clock)
        .statusListResolver(resolver);
    if (legacyElm) {
      b.formats(EnumSet.of(CredentialFormat.SIGILLO_EDC, CredentialFormat.ELM_V3_LEGACY));
    }
    if (allowOpenEnded) {
      b.allowOpenEndedValidity();
    }
    if (jsonLd) {
      b.requireJsonLdExpansion();
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw CliException.usage("unusable --trust: " + e.getMessage());
    }
  }

  /**
   * The status list resolver for the options: held lists first, then the allowed hosts; null when
   * neither is given (nothing is fetched).
   */
  static StatusListResolver resolver(List<String> hosts, boolean allowHttp, List<Path> offline, Clock clock)
      throws CliException {
    if (allowHttp && hosts.isEmpty()) {
      throw CliException.usage("--status-allow-http needs --status-url-allow HOST");
    }
    StatusListResolver http = null;
    if (!hosts.isEmpty()) {
      HttpStatusListResolver.Builder b = HttpStatusListResolver.newBuilder().allowHosts(hosts).clock(clock);
      if (allowHttp) {
        b.allowInsecureHttp();
      }
      http = b.build();
    }
    if (offline.isEmpty()) {
      return http;
    }
    OfflineStatusListResolver.Builder b = OfflineStatusListResolver.newBuilder().clock(clock);
    for (Path p : offline) {
      try {
        b.add(Inputs.readBounded(p, JsonLimits.DEFAULT.maxBytes(), "cannot read " + p));
      } catch (IllegalArgumentException e) {
        throw CliException.usage(p + " is not a sealed status list credential");
      }
    }
    OfflineStatusListResolver held = b.build();
    StatusListResolver fallback = http;
    return url -> held.urls().contains(url) || fallback == null ? held.resolve(url) : fallback.resolve(url);
  }

  /** The human report of one file: its name, the report summary and, when valid, what was verified. */
  static void printSummary(Path file, VerificationReport report, PrintWriter w) {
    w.println("== " + Text.oneLine(file.toString()));
    w.print(Text.lines(report.summary()));
    if (!report.summary().endsWith("\n")) {
      w.println();
    }
    report.verifiedCredential().ifPresent(v -> w.println("  => " + describe(v)));
    if (!report.isValid()) {
      w.println("  => " + report.indication() + report.firstProblem()
          .map(c -> ": " + c.check() + " " + c.reason() + " - " + Text.oneLine(c.message())).orElse(""));
    }
    w.println();
  }

  private static String describe(VerifiedCredential v) {
    JsonNode doc = v.document();
    return Text.oneLine("credential " + doc.path("id").asText() + " for " + doc.path("credentialSubject").path("id").asText()
        + ", sealed by " + v.organizationIdentifier()
        + v.signingTime().map(t -> " at " + t).orElse(""));
  }

  static String json(List<Path> files, List<VerificationReport> reports) {
    List<ObjectNode> nodes = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      ObjectNode n = JsonNodeFactory.instance.objectNode();
      n.put("file", files.get(i).toString());
      n.setAll(reports.get(i).toJson());
      nodes.add(n);
    }
    JsonNode out;
    if (nodes.size() == 1) {
      out = nodes.get(0);
    } else {
      ArrayNode arr = JsonNodeFactory.instance.arrayNode();
      arr.addAll(nodes);
      out = arr;
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(out);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
