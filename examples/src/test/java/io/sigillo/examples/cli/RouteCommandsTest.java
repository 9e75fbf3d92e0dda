package io.sigillo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sigillo route ...} and {@code sigillo renew} in-process, on an H2 file in a temporary folder. */
class RouteCommandsTest {
  static final CliRunner cli = new CliRunner(SigilloCommandTest.CLOCK);
  /** Ten months before the first credential expires: inside the renewal window. */
  static final CliRunner later = new CliRunner(Clock.fixed(Instant.parse("2029-10-01T09:00:00Z"), ZoneOffset.UTC));
  static final String BASE = "https://aipia.example/status/";
  static final String CV = "dms:cv/42=" + "a".repeat(64);

  @TempDir static Path shared;
  static Path keys;

  @TempDir Path tmp;
  Path db;
  Path holder;

  @BeforeAll
  static void keys() {
    keys = shared.resolve("keys");
    assertThat(cli.run("keys", "--out", keys).exit()).isZero();
  }

  @BeforeEach
  void files() throws IOException {
    db = tmp.resolve("db").resolve("sigillo");
    holder = Files.writeString(tmp.resolve("holder.json"), SigilloCommandTest.HOLDER);
  }

  CliRunner.Run step(CliRunner runner, Object... args) {
    List<Object> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--keys", keys, "--db", db, "--status-base", BASE, "--actor", "registrar@aipia"));
    return runner.run(all.toArray());
  }

  CliRunner.Run ok(CliRunner.Run r) {
    assertThat(r.exit()).as(r.toString()).isZero();
    return r;
  }

  static String group(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as(regex + " in " + text).isTrue();
    return m.group(1);
  }

  String open() {
    CliRunner.Run r = ok(step(cli, "route", "open", "--holder", holder, "--hr-id", "E00042", "--cycle", "2026"));
    assertThat(r.out()).contains("state      OPEN", "HR key E00042/ai-security-specialist/2026", "Giulia Rossi");
    return group(r.out(), "application ([0-9a-f-]{36})");
  }

  void throughDossier(String app) {
    ok(step(cli, "route", "membership", app, "--member-number", "AIPIA-000042", "--member-since", "2024-03-01",
        "--paid-until", "2029-12-31"));
    CliRunner.Run d = ok(step(cli, "route", "dossier", app, "--submitted-on", "2026-10-01", "--cv", CV,
        "--training", "dms:training/42-1=" + "b".repeat(64), "--training", "dms:training/42-2=" + "c".repeat(64),
        "--experience", "dms:experience/42=" + "d".repeat(64), "--portfolio", "dms:portfolio/42=" + "e".repeat(64)));
    assertThat(d.out()).contains("state      DOSSIER_RECORDED");
  }

  /** Walks an application to a sealed credential and returns its id. */
  String issued(Path out) {
    String app = open();
    throughDossier(app);
    assertThat(ok(step(cli, "route", "interview", app, "--held-on", "2026-11-10", "--passed",
        "--interviewer", "Dr. Anna Bianchi")).out()).contains("state      INTERVIEWED");
    assertThat(ok(step(cli, "route", "assess", app, "--committee", "AIPIA technical committee", "--assessor",
        "Prof. Marco Verdi", "--assessor", "Ing. Sara Neri", "--all-met", "--decision", "POSITIVE",
        "--decided-on", "2026-11-20")).out()).contains("state      ASSESSED");
    CliRunner.Run issue = ok(step(cli, "route", "issue", app, "--out", out, "--qr"));
    assertThat(issue.out()).contains("revocation " + BASE, "suspension " + BASE, "valid      2026-12-01");
    return group(issue.out(), "Issued (urn:uuid:[0-9a-f-]+)");
  }

  @Test
  void walkEveryStep_issuesTheCredentialAndHistoryReplaysIt() throws IOException {
    String id = issued(tmp.resolve("out"));
    try (Stream<Path> files = Files.list(tmp.resolve("out"))) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).anyMatch(n -> n.endsWith(".jades.json"))
          .anyMatch(n -> n.endsWith(".jwt")).anyMatch(n -> n.endsWith(".qr.png")).anyMatch(n -> n.endsWith(".qr.svg"));
    }

    CliRunner.Run history = ok(cli.run("route", "history", id, "--db", db));
    assertThat(history.out()).contains("state      ISSUED", "OPENED", "MEMBERSHIP_VERIFIED", "DOSSIER_RECORDED",
        "INTERVIEW_RECORDED", "ASSESSMENT_RECORDED", "CREDENTIAL_PREPARED", "CREDENTIAL_DELIVERED",
        "by registrar@aipia", "Status changes:", "ISSUE").contains("a".repeat(64))
        .doesNotContain("holder.json");
  }

  @Test
  void stepOutOfOrder_refusedWithReasonAndNothingRecorded() {
    String app = open();
    CliRunner.Run r = step(cli, "route", "assess", app, "--committee", "C", "--assessor", "A", "--all-met",
        "--decision", "POSITIVE", "--decided-on", "2026-11-20");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: refused: STEP_OUT_OF_ORDER").doesNotContain("Exception");
    assertThat(ok(cli.run("route", "history", app, "--db", db)).out()).contains("state      OPEN")
        .doesNotContain("ASSESSMENT_RECORDED");
  }

  @Test
  void inactiveMembership_refused() {
    String app = open();
    CliRunner.Run r = step(cli, "route", "membership", app, "--member-number", "AIPIA-000042", "--member-since",
        "2024-03-01", "--inactive");
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: refused: MEMBERSHIP_INACTIVE");
  }

  @Test
  void negativeDecision_refusesTheApplicationAndIssueIsRefused() {
    String app = open();
    throughDossier(app);
    CliRunner.Run assess = ok(step(cli, "route", "assess", app, "--committee", "AIPIA technical committee",
        "--assessor", "Prof. Marco Verdi", "--all-met", "--outcome", "responsibility-2=not-met",
        "--decision", "NEGATIVE", "--decided-on", "2026-11-20"));
    assertThat(assess.out()).contains("state      REFUSED");
    CliRunner.Run issue = step(cli, "route", "issue", app, "--out", tmp.resolve("out"));
    assertThat(issue.exit()).isEqualTo(2);
    assertThat(issue.err()).startsWith("error: refused: STEP_OUT_OF_ORDER");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void badOutcomeSyntaxAndBadDigest_usageErrors() {
    String app = open();
    CliRunner.Run digest = step(cli, "route", "membership", app, "--member-number", "AIPIA-000042",
        "--member-since", "2024-03-01");
    ok(digest);
    CliRunner.Run dossier = step(cli, "route", "dossier", app, "--submitted-on", "2026-10-01", "--cv", "dms:cv/1=xyz");
    assertThat(dossier.exit()).isEqualTo(2);
    assertThat(dossier.err()).contains("bad CV document", "64 hexadecimal digits");
    CliRunner.Run outcome = step(cli, "route", "assess", app, "--committee", "C", "--assessor", "A",
        "--outcome", "responsibility-1", "--decision", "POSITIVE", "--decided-on", "2026-11-20");
    assertThat(outcome.exit()).isEqualTo(2);
    assertThat(outcome.err()).contains("--outcome must be CRITERION=met");
  }

  @Test
  void outcomesNotCoveringTheProfileOrPositiveWithUnmet_refused() {
    String app = open();
    throughDossier(app);
    CliRunner.Run incomplete = step(cli, "route", "assess", app, "--committee", "C", "--assessor", "A",
        "--outcome", "responsibility-1=met", "--decision", "POSITIVE", "--decided-on", "2026-11-20");
    assertThat(incomplete.exit()).isEqualTo(2);
    assertThat(incomplete.err()).startsWith("error: refused: ASSESSMENT_INCOMPLETE (assessment.outcomes)")
        .contains("missing [");
    CliRunner.Run inconsistent = step(cli, "route", "assess", app, "--committee", "C", "--assessor", "A",
        "--all-met", "--outcome", "responsibility-2=not-met", "--decision", "POSITIVE", "--decided-on", "2026-11-20");
    assertThat(inconsistent.exit()).isEqualTo(2);
    assertThat(inconsistent.err()).startsWith("error: refused: ASSESSMENT_INCONSISTENT")
        .contains("responsibility-2");
  }

  @Test
  void iso17024WithoutAccreditedBody_refused() {
    CliRunner.Run r = step(cli, "route", "open", "--holder", holder, "--iso-17024");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: refused: NO_ACCREDITED_BODY").contains("accredited");
  }

  @Test
  void renewInTheWindowWithEnoughCpd_replacesThePreviousWhichIsSuperseded() {
    String previous = issued(tmp.resolve("first"));
    CliRunner.Run renew = ok(step(later, "renew", previous, "--member-number", "AIPIA-000042", "--member-since",
        "2024-03-01", "--paid-until", "2030-12-31", "--cpd", "2028-05-10,32,OWASP ML Top 10, hands-on workshop",
        "--cpd", "2029-02-01,30.5,Red teaming LLM applications", "--out", tmp.resolve("renewed")));
    assertThat(renew.out()).as("continues from the previous expiry")
        .contains("Renewed " + previous, "valid      2029-12-01T09:00:00Z to 2032-12-01T09:00:00Z");
    String renewal = group(renew.out(), "Issued (urn:uuid:[0-9a-f-]+)");

    CliRunner.Run history = ok(later.run("route", "history", renewal, "--db", db));
    assertThat(history.out()).contains("route      RENEWAL", "replaces   " + previous, "CPD_RECORDED");
    CliRunner.Run old = ok(later.run("route", "history", previous, "--db", db));
    assertThat(old.out()).contains("superseded by " + renewal, "SUPERSEDED");

    CliRunner.Run again = step(later, "renew", previous, "--member-number", "AIPIA-000042", "--member-since",
        "2024-03-01", "--cpd", "2028-05-10,80,Course", "--out", tmp.resolve("again"));
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).startsWith("error: refused: ALREADY_RENEWED");
  }

  @Test
  void renewWithTooFewCpdHoursOrSuspended_refused() {
    String previous = issued(tmp.resolve("first"));
    CliRunner.Run few = step(later, "renew", previous, "--member-number", "AIPIA-000042", "--member-since",
        "2024-03-01", "--cpd", "2028-05-10,20,Short course", "--out", tmp.resolve("renewed"));
    assertThat(few.exit()).isEqualTo(2);
    assertThat(few.err()).startsWith("error: refused: CPD_INSUFFICIENT");

    ok(later.run("suspend", previous, "--status-db", db, "--actor", "registrar", "--reason", "fee unpaid"));
    CliRunner.Run suspended = step(later, "renew", previous, "--member-number", "AIPIA-000042", "--member-since",
        "2024-03-01", "--cpd", "2028-05-10,60,Course", "--out", tmp.resolve("renewed"));
    assertThat(suspended.exit()).isEqualTo(2);
    assertThat(suspended.err()).startsWith("error: refused: CREDENTIAL_SUSPENDED");

    CliRunner.Run badCpd = step(later, "renew", previous, "--member-number", "AIPIA-000042", "--member-since",
        "2024-03-01", "--cpd", "yesterday,6,Course", "--out", tmp.resolve("renewed"));
    assertThat(badCpd.exit()).isEqualTo(2);
    assertThat(badCpd.err()).contains("--cpd must be DATE,HOURS,TITLE");
  }

  @Test
  void attestQualifyingMember_issuesTheAttestationValidUntilTheEndOfTheMembershipPeriod() throws IOException {
    String certificate = issued(tmp.resolve("first"));
    CliRunner.Run attest = ok(step(cli, "attest", certificate, "--member-number", "AIPIA-000042", "--member-since",
        "2024-03-01", "--paid-until", "2027-12-31", "--insurance", "--consumer-desk",
        "https://aipia.example/sportello", "--out", tmp.resolve("attestation")));
    assertThat(attest.out()).contains("Attested " + certificate, "  attests    ", "valid      2026-12-01T09:00:00Z to 2028-01-01T00:00:00Z");
    String attestation = group(attest.out(), "Issued (urn:uuid:[0-9a-f-]+)");
    assertThat(attestation).isNotEqualTo(certificate);
    try (Stream<Path> files = Files.list(tmp.resolve("attestation"))) {
      Path jsonLd = files.filter(f -> f.getFileName().toString().endsWith(".jsonld")).findFirst().orElseThrow();
      assertThat(Files.readString(jsonLd)).contains("ProfessionalQualityAttestation", "https://aipia.example/sportello",
          certificate);
    }
    CliRunner.Run history = ok(cli.run("route", "history", attestation, "--db", db));
    assertThat(history.out()).contains("route      LAW_4_2013_ATTESTATION", "MEMBERSHIP_VERIFIED", "QUALIFICATION_CHECKED",
        "by registrar@aipia");
    ok(cli.run("status", "publish", "--keys", keys, "--status-db", db, "--status-base", BASE, "--out",
        tmp.resolve("lists")));
    Path jwt = tmp.resolve("attestation").resolve(attestation.substring("urn:uuid:".length()) + ".jwt");
    CliRunner.Run verify = ok(cli.run("verify", jwt, "--trust", keys.resolve("root-ca.pem"), "--status-offline",
        tmp.resolve("lists/r1.jwt"), "--status-offline", tmp.resolve("lists/s1.jwt")));
    assertThat(verify.out()).contains("TOTAL_PASSED");
  }

  @Test
  void attestSuspendedCertificateOrWithoutConsumerDesk_refused() {
    String certificate = issued(tmp.resolve("first"));
    CliRunner.Run relative = step(cli, "attest", certificate, "--member-number", "AIPIA-000042", "--member-since",
        "2024-03-01", "--paid-until", "2027-12-31", "--consumer-desk", "sportello", "--out", tmp.resolve("a"));
    assertThat(relative.exit()).isEqualTo(2);
    assertThat(relative.err()).contains("consumer desk must be an absolute URI");

    ok(cli.run("suspend", certificate, "--status-db", db, "--actor", "registrar", "--reason", "fee unpaid"));
    CliRunner.Run suspended = step(cli, "attest", certificate, "--member-number", "AIPIA-000042", "--member-since",
        "2024-03-01", "--paid-until", "2027-12-31", "--consumer-desk", "mailto:sportello@aipia.example", "--out",
        tmp.resolve("b"));
    assertThat(suspended.exit()).isEqualTo(2);
    assertThat(suspended.err()).startsWith("error: refused: NOT_QUALIFYING").contains("suspended");
  }
}
