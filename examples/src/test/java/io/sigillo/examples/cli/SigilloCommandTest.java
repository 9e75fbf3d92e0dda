package io.sigillo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillo.json.StrictJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigilloCommandTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
  static final String HOLDER = "{\"id\": \"urn:uuid:6f1c1bb4-3b0e-4e7b-9a43-1d2f8f4c2a10\", "
      + "\"givenName\": \"Giulia\", \"familyName\": \"Rossi\", \"birthDate\": \"1990-04-12\", "
      + "\"identifier\": {\"notation\": \"AIPIA-000042\", \"schemeName\": \"AIPIA member register\"}, "
      + "\"email\": \"giulia.rossi@example.org\"}";

  static final CliRunner cli = new CliRunner(CLOCK);

  /** One test PKI and one issued credential, shared by the tests that only read them. */
  @TempDir static Path shared;
  static Path keys;
  static Path sharedJades;
  static Path sharedJwt;

  @TempDir Path tmp;
  Path holder;
  Path out;

  @BeforeAll
  static void sharedPkiAndCredential() throws IOException {
    keys = shared.resolve("keys");
    CliRunner.Run k = cli.run("keys", "--out", keys);
    assertThat(k.exit()).as(k.toString()).isZero();
    Path h = Files.writeString(shared.resolve("holder.json"), HOLDER);
    CliRunner.Run i = cli.run("issue", "--keys", keys, "--holder", h, "--decision-date", "2026-11-20",
        "--committee", "AIPIA technical committee", "--out", shared.resolve("out"));
    assertThat(i.exit()).as(i.toString()).isZero();
    try (Stream<Path> s = Files.list(shared.resolve("out"))) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (p.toString().endsWith(".jades.json")) {
          sharedJades = p;
        } else if (p.toString().endsWith(".jwt")) {
          sharedJwt = p;
        }
      }
    }
  }

  @BeforeEach
  void paths() throws IOException {
    out = tmp.resolve("out");
    holder = write("holder.json", HOLDER);
  }

  Path write(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** Makes a fresh test PKI in tmp/keys. */
  CliRunner.Run freshKeys(Object... extra) {
    Object[] args = concat(new Object[] {"keys", "--out", tmp.resolve("keys")}, extra);
    CliRunner.Run r = cli.run(args);
    assertThat(r.exit()).as(r.toString()).isZero();
    return r;
  }

  CliRunner.Run issue(Path holderFile, Object... extra) {
    return cli.run(concat(new Object[] {"issue", "--holder", holderFile, "--decision-date", "2026-11-20",
        "--committee", "AIPIA technical committee", "--out", out}, extra));
  }

  static Object[] concat(Object[] a, Object[] b) {
    Object[] r = new Object[a.length + b.length];
    System.arraycopy(a, 0, r, 0, a.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  List<Path> outFiles() throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      return s.sorted().collect(Collectors.toList());
    }
  }

  Path issued(String suffix) throws IOException {
    return outFiles().stream().filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst().orElseThrow();
  }

  static void assertOneLineError(CliRunner.Run r, String... fragments) {
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: ").doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
    for (String f : fragments) {
      assertThat(r.err()).contains(f);
    }
  }

  @Test
  void keysIssueVerify_roundTrip_exitZero() throws IOException {
    Path keys = tmp.resolve("keys");
    CliRunner.Run k = freshKeys();
    assertThat(k.out()).contains("TEST PKI for demos and tests only");
    for (String f : List.of("root-ca.pem", "seal-chain.pem", "seal-key.pem", "seal.p12", "ca.crl", "issuer.json")) {
      assertThat(keys.resolve(f)).isRegularFile();
      assertThat(k.out()).contains("  " + f + " ");
    }

    CliRunner.Run i = issue(holder, "--keys", keys, "--interview-date", "2026-11-12");
    assertThat(i.exit()).as(i.toString()).isZero();
    assertThat(i.out()).contains("Issued urn:uuid:", "Giulia Rossi");
    List<Path> files = outFiles();
    assertThat(files).hasSize(3);
    String base = files.get(0).getFileName().toString().replaceAll("\\..*$", "");
    assertThat(base).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly(base + ".jades.json", base + ".jsonld", base + ".jwt");
    assertThat(Files.readString(issued(".jsonld"))).contains("\"id\" : \"urn:uuid:" + base + "\"");

    CliRunner.Run v = cli.run("verify", issued(".jades.json"), issued(".jwt"),
        "--trust", keys.resolve("root-ca.pem"), "--crl", keys.resolve("ca.crl"));
    assertThat(v.exit()).as(v.toString()).isZero();
    assertThat(v.out()).contains("TOTAL_PASSED (JADES)", "TOTAL_PASSED (VC_JWT)", "2 of 2 files TOTAL_PASSED");
    assertThat(v.err()).isEmpty();
  }

  @Test
  void verify_tamperedJades_exitOneWithSignatureInvalid() throws IOException {
    Path jades = sharedJades;
    String text = Files.readString(jades);
    Path tampered = write("tampered.jades.json", text.replace("Rossi", "Rosso"));

    CliRunner.Run v = cli.run("verify", tampered, "--trust", keys.resolve("root-ca.pem"));
    assertThat(v.exit()).as(v.toString()).isEqualTo(1);
    assertThat(v.out()).contains("TOTAL_FAILED (JADES)", "SEAL SIGNATURE_INVALID");

    CliRunner.Run both = cli.run("verify", jades, tampered, "--trust", keys.resolve("root-ca.pem"));
    assertThat(both.exit()).as("one bad file fails the run").isEqualTo(1);
    assertThat(both.out()).contains("1 of 2 files TOTAL_PASSED");
  }

  @Test
  void verify_missingFile_exitTwo() {
    assertOneLineError(cli.run("verify", tmp.resolve("nope.jwt"), "--trust", keys.resolve("root-ca.pem")),
        "nope.jwt", "no such file");
  }

  @Test
  void verify_missingTrustFile_exitTwo() throws IOException {
    Path f = write("x.jwt", "a.b.c");
    assertOneLineError(cli.run("verify", f, "--trust", tmp.resolve("root.pem")), "root.pem", "no such file");
  }

  @Test
  void verify_trustFileNotACertificate_exitTwo() throws IOException {
    Path f = write("x.jwt", "a.b.c");
    assertOneLineError(cli.run("verify", f, "--trust", holder), "holder.json");
  }

  @Test
  void verify_sealCertificateAsTrustAnchor_exitTwo() throws IOException {
    assertOneLineError(cli.run("verify", sharedJwt, "--trust", keys.resolve("seal-chain.pem")),
        "end-entity certificate");
  }

  @Test
  void verify_withoutTrust_exitTwoWithUsageHint() throws IOException {
    Path f = write("x.jwt", "a.b.c");
    CliRunner.Run r = cli.run("verify", f);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: Missing required option: '--trust=PEM'")
        .contains("Try 'sigillo verify --help'").doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void verify_unknownOption_exitTwo() {
    CliRunner.Run r = cli.run("verify", sharedJwt, "--trust", keys.resolve("root-ca.pem"), "--bogus");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: Unknown option: '--bogus'");
  }

  @Test
  void verify_badInstant_exitTwo() throws IOException {
    Path f = write("x.jwt", "a.b.c");
    CliRunner.Run r = cli.run("verify", f, "--trust", f, "--at", "tomorrow");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: Invalid value for option '--at'");
  }

  @Test
  void verify_garbageInput_exitOneWithFormatFailure() throws IOException {
    Path f = write("x.jwt", "not a credential");
    CliRunner.Run r = cli.run("verify", f, "--trust", keys.resolve("root-ca.pem"));
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("TOTAL_FAILED", "FORMAT", "UNRECOGNISED_INPUT");
  }

  @Test
  void verify_json_singleFileIsOneReportObject() throws Exception {
    CliRunner.Run r = cli.run("verify", "--json", sharedJades, "--trust", keys.resolve("root-ca.pem"));
    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode report = StrictJson.standard().parse(r.out());
    assertThat(report.isObject()).isTrue();
    assertThat(report.get("file").asText()).endsWith(".jades.json");
    assertThat(report.get("indication").asText()).isEqualTo("TOTAL_PASSED");
    assertThat(report.get("securingForm").asText()).isEqualTo("JADES");
    assertThat(report.get("checks")).hasSize(io.sigillo.verifier.CheckId.values().length);
    assertThat(report.get("credential").get("issuer").asText()).isEqualTo("VATIT-12345678901");
  }

  @Test
  void verify_jsonSeveralFiles_isArrayOfReports() throws Exception {
    Path garbage = write("garbage.jwt", "x");
    CliRunner.Run r = cli.run("verify", "--json", sharedJades, sharedJwt, garbage,
        "--trust", keys.resolve("root-ca.pem"));
    assertThat(r.exit()).isEqualTo(1);
    JsonNode reports = StrictJson.standard().parse(r.out());
    assertThat(reports.isArray()).isTrue();
    assertThat(reports).extracting(n -> n.get("indication").asText())
        .containsExactly("TOTAL_PASSED", "TOTAL_PASSED", "TOTAL_FAILED");
    assertThat(reports.get(1).get("securingForm").asText()).isEqualTo("VC_JWT");
    assertThat(reports.get(2).get("securingForm").isNull()).isTrue();
  }

  @Test
  void verify_atAfterExpiry_exitOneWithExpired() throws IOException {
    CliRunner.Run r = cli.run("verify", sharedJwt, "--trust", keys.resolve("root-ca.pem"),
        "--at", "2030-01-01T00:00:00Z");
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("EXPIRED", "2029-12-01T09:00:00Z");
    CliRunner.Run before = cli.run("verify", sharedJwt, "--trust", keys.resolve("root-ca.pem"),
        "--at", "2029-11-30T00:00:00Z");
    assertThat(before.exit()).as(before.toString()).isZero();
  }

  @Test
  void verify_jsonLdExpansion_passes() throws IOException {
    CliRunner.Run r = cli.run("verify", "--jsonld", sharedJwt, "--trust", keys.resolve("root-ca.pem"));
    assertThat(r.exit()).as(r.toString()).isZero();
  }

  @Test
  void issue_holderWithDuplicateKey_exitTwoWithoutStackTrace() throws IOException {
    Path bad = write("bad-holder.json", "{\"givenName\": \"Giulia\", \"givenName\": \"Anna\", \"familyName\": \"Rossi\"}");
    assertOneLineError(issue(bad, "--keys", keys), "cannot read", "bad-holder.json", "DUPLICATE_KEY");
    assertThat(out).doesNotExist();
  }

  @Test
  void issue_holderNotJson_exitTwo() throws IOException {
    Path bad = write("bad-holder.json", "{\"givenName\": \"Giulia\",");
    assertOneLineError(issue(bad, "--keys", keys), "MALFORMED");
  }

  @Test
  void issue_holderWithUnknownMember_exitTwo() throws IOException {
    Path bad = write("bad-holder.json", "{\"givenName\": \"Giulia\", \"familyName\": \"Rossi\", \"nickname\": \"G\"}");
    assertOneLineError(issue(bad, "--keys", keys), "'nickname'", "unknown member");
  }

  @Test
  void issue_holderWithoutFamilyName_exitTwo() throws IOException {
    Path bad = write("bad-holder.json", "{\"givenName\": \"Giulia\"}");
    assertOneLineError(issue(bad, "--keys", keys), "'familyName'", "missing");
  }

  @Test
  void issue_holderWithBadValues_exitTwo() throws IOException {
    assertOneLineError(issue(write("h1.json", "{\"givenName\": \"G\", \"familyName\": \"R\", \"birthDate\": \"12/04/1990\"}"),
        "--keys", keys), "'birthDate'");
    assertOneLineError(issue(write("h2.json", "{\"givenName\": \"G\", \"familyName\": \"R\", \"email\": \"not-an-address\"}"),
        "--keys", keys), "e-mail");
    assertOneLineError(issue(write("h3.json", "{\"givenName\": \"G\", \"familyName\": \"R\", \"identifier\": {\"notation\": \"1\"}}"),
        "--keys", keys), "'identifier.schemeName'", "missing");
    assertOneLineError(issue(write("h4.json", "{\"id\": \"relative/id\", \"givenName\": \"G\", \"familyName\": \"R\"}"),
        "--keys", keys), "'id'", "absolute URI");
  }

  @Test
  void issue_holderWithoutId_generatesOne() throws IOException {
    Path h = write("h.json", "{\"givenName\": {\"it\": \"Giulia\"}, \"familyName\": \"Rossi\"}");
    CliRunner.Run r = issue(h, "--keys", keys);
    assertThat(r.exit()).as(r.toString()).isZero();
    String doc = Files.readString(issued(".jsonld"));
    assertThat(doc).contains("\"it\" : \"Giulia\"").containsPattern("\"id\" : \"urn:uuid:[0-9a-f-]{36}\",\\s+\"type\" : \"Person\"");
  }

  @Test
  void issue_holderNameWithPathSeparators_filesNamedByCredentialId() throws IOException {
    Path h = write("h.json", "{\"givenName\": \"../../../etc/passwd\", \"familyName\": \"..\\\\evil\"}");
    CliRunner.Run r = issue(h, "--keys", keys);
    assertThat(r.exit()).as(r.toString()).isZero();
    try (Stream<Path> all = Files.walk(tmp)) {
      assertThat(all.filter(Files::isRegularFile).filter(p -> !p.startsWith(keys)))
          .allSatisfy(p -> assertThat(p.getParent()).isIn(tmp, out));
    }
    assertThat(outFiles()).allSatisfy(p -> assertThat(p.getFileName().toString()).matches("[0-9a-f-]{36}\\.[a-z.]+"));
  }

  @Test
  void issue_twiceIntoSameFolder_neverOverwrites() throws IOException {
    assertThat(issue(holder, "--keys", keys).exit()).isZero();
    assertThat(issue(holder, "--keys", keys).exit()).isZero();
    assertThat(outFiles()).hasSize(6);
  }

  @Test
  void issue_pkcs12_exitZero() throws IOException {
    Path keys = tmp.resolve("keys");
    freshKeys("--password", "s3cret");
    CliRunner.Run r = issue(holder, "--p12", keys.resolve("seal.p12"), "--password", "s3cret",
        "--issuer", keys.resolve("issuer.json"));
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(cli.run("verify", issued(".jades.json"), "--trust", keys.resolve("root-ca.pem")).exit()).isZero();
  }

  @Test
  void issue_pkcs12WithWrongPassword_exitTwo() {
    Path keys = tmp.resolve("keys");
    freshKeys("--password", "s3cret");
    assertOneLineError(issue(holder, "--p12", keys.resolve("seal.p12"), "--password", "wrong",
        "--issuer", keys.resolve("issuer.json")), "KEY_STORE_UNREADABLE");
  }

  @Test
  void issue_pkcs12WithoutIssuerFile_exitTwo() {
    assertOneLineError(issue(holder, "--p12", keys.resolve("seal.p12"), "--password", KeysCommand.DEFAULT_PASSWORD),
        "--issuer");
  }

  @Test
  void issue_pemKeyAndChain_exitZero() throws IOException {
    CliRunner.Run r = issue(holder, "--key", keys.resolve("seal-key.pem"), "--chain", keys.resolve("seal-chain.pem"),
        "--issuer", keys.resolve("issuer.json"));
    assertThat(r.exit()).as(r.toString()).isZero();
  }

  @Test
  void issue_keysFolderWithoutKey_exitTwo() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    assertOneLineError(issue(holder, "--keys", empty), "seal-key.pem", "no such file");
  }

  @Test
  void issue_twoKeySources_exitTwo() {
    CliRunner.Run r = issue(holder, "--keys", keys, "--key", keys.resolve("seal-key.pem"),
        "--chain", keys.resolve("seal-chain.pem"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: ").contains("mutually exclusive");
  }

  @Test
  void issue_issuerOfAnotherOrganisation_exitTwo() throws IOException {
    Path other = write("other-issuer.json", "{\"id\": \"https://other.example/id\", \"legalName\": \"Other\", "
        + "\"eidasIdentifier\": \"VATIT-99999999999\"}");
    assertOneLineError(issue(holder, "--keys", keys, "--issuer", other), "VATIT-99999999999", "VATIT-12345678901");
  }

  @Test
  void issue_decisionDateInFuture_exitTwo() {
    CliRunner.Run r = cli.run("issue", "--keys", keys, "--holder", holder, "--decision-date", "2026-12-02",
        "--committee", "C", "--out", out);
    assertOneLineError(r, "in the future");
  }

  @Test
  void issue_interviewAfterDecision_exitTwo() {
    assertOneLineError(issue(holder, "--keys", keys, "--interview-date", "2026-11-21"), "interview");
  }

  @Test
  void issue_unknownProfile_exitTwo() {
    assertOneLineError(issue(holder, "--keys", keys, "--profile", "chief-ai-officer"), "PROFILE_UNKNOWN");
  }

  @Test
  void issue_malformedDecisionDate_exitTwo() {
    CliRunner.Run r = cli.run("issue", "--keys", keys, "--holder", holder, "--decision-date", "2026-13-01",
        "--committee", "C", "--out", out);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: Invalid value for option '--decision-date'");
  }

  @Test
  void keys_existingFiles_exitTwoUnlessForced() {
    Path keys = tmp.resolve("keys");
    freshKeys();
    assertOneLineError(cli.run("keys", "--out", keys), "already holds", "--force");
    assertThat(cli.run("keys", "--out", keys, "--force").exit()).isZero();
  }

  @Test
  void keys_notAnEtsiIdentifier_exitTwo() {
    assertOneLineError(cli.run("keys", "--out", tmp.resolve("keys"), "--org-id", "12345678901"), "ETSI EN 319 412-1");
  }

  @Test
  void keys_customOrganisationWithIntermediateAndRsa_roundTrip() throws IOException {
    Path keys = tmp.resolve("keys");
    CliRunner.Run k = freshKeys("--key-type", "RSA_2048", "--intermediate", "--org-name", "Ordine di Prova",
        "--org-id", "VATIT-01234567890");
    assertThat(k.out()).contains("RSA_2048", "root CA and issuing CA");
    assertThat(Files.readString(keys.resolve("issuer.json")))
        .contains("\"id\" : \"urn:sigillo:org:vatit-01234567890\"", "\"eidasIdentifier\" : \"VATIT-01234567890\"");
    assertThat(issue(holder, "--keys", keys).exit()).isZero();
    CliRunner.Run v = cli.run("verify", issued(".jades.json"), "--trust", keys.resolve("root-ca.pem"));
    assertThat(v.exit()).as(v.toString()).isZero();
    assertThat(v.out()).contains("RS256");
  }

  @Test
  void keys_unknownKeyType_exitTwo() {
    CliRunner.Run r = cli.run("keys", "--out", tmp.resolve("keys"), "--key-type", "DSA_1024");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: Invalid value for option '--key-type'");
  }

  @Test
  void demo_freshFolder_exitZero() {
    Path dir = tmp.resolve("demo");
    CliRunner.Run r = cli.run("demo", "--dir", dir);
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("Sigillo demo in " + dir.toAbsolutePath(), "TOTAL_PASSED (JADES)",
        "TOTAL_PASSED (VC_JWT)", "TOTAL_FAILED (JADES)", "SEAL SIGNATURE_INVALID",
        "TOTAL_PASSED (JADES_QR) via QR_OFFLINE", "[ ok ] the QR code image verifies offline",
        "Demo finished: every step behaved as expected.", "holder.json", "keys/root-ca.pem".replace('/', java.io.File.separatorChar));
    assertThat(dir.resolve("keys/root-ca.pem")).isRegularFile();
  }

  @Test
  void demo_nonEmptyFolder_exitTwo() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("demo"));
    Files.writeString(dir.resolve("something"), "x");
    assertOneLineError(cli.run("demo", "--dir", dir), "not empty");
  }

  @Test
  void noCommand_exitTwo() {
    CliRunner.Run r = cli.run();
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: missing a command");
  }

  @Test
  void version_printsProjectVersion() {
    CliRunner.Run r = cli.run("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("sigillo ").doesNotContain("${").doesNotContain("unknown");
  }

  @Test
  void help_listsCommands() {
    CliRunner.Run r = cli.run("--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("keys", "issue", "verify", "demo", "Exit codes");
  }
}
