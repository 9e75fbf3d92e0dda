package io.sigillo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusCommandsTest {
  static final CliRunner cli = new CliRunner(SigilloCommandTest.CLOCK);
  static final String BASE = "https://aipia.example/status/";

  @TempDir static Path shared;
  static Path keys;

  @TempDir Path tmp;
  Path db;
  Path jades;
  String id;

  @BeforeAll
  static void keys() {
    keys = shared.resolve("keys");
    assertThat(cli.run("keys", "--out", keys).exit()).isZero();
  }

  @BeforeEach
  void issueWithStatus() throws IOException {
    Path holder = Files.writeString(tmp.resolve("holder.json"), SigilloCommandTest.HOLDER);
    db = tmp.resolve("db").resolve("status");
    CliRunner.Run r = cli.run("issue", "--keys", keys, "--holder", holder, "--decision-date", "2026-11-20",
        "--committee", "AIPIA technical committee", "--out", tmp.resolve("out"), "--status-db", db,
        "--status-base", BASE);
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("revocation " + BASE + "r1#", "suspension " + BASE + "s1#");
    Matcher m = Pattern.compile("Issued (urn:uuid:[0-9a-f-]+)").matcher(r.out());
    assertThat(m.find()).isTrue();
    id = m.group(1);
    try (var files = Files.list(tmp.resolve("out"))) {
      jades = files.filter(p -> p.toString().endsWith(".jades.json")).findFirst().orElseThrow();
    }
  }

  CliRunner.Run publish() {
    return cli.run("status", "publish", "--keys", keys, "--status-db", db, "--status-base", BASE,
        "--out", tmp.resolve("lists"));
  }

  CliRunner.Run verifyOffline() {
    return cli.run("verify", jades, "--trust", keys.resolve("root-ca.pem"),
        "--status-offline", tmp.resolve("lists/r1.jwt"), "--status-offline", tmp.resolve("lists/s1.jades.json"));
  }

  @Test
  void publishThenVerifyOffline_validBeforeRevokedAfter() {
    CliRunner.Run p = publish();
    assertThat(p.exit()).as(p.toString()).isZero();
    assertThat(p.out()).contains("Published 2 status lists", "r1.jwt", "r1.jades.json", "s1.jwt");
    CliRunner.Run valid = verifyOffline();
    assertThat(valid.exit()).as(valid.toString()).isZero();

    CliRunner.Run revoke = cli.run("revoke", id, "--status-db", db, "--actor", "registrar", "--reason", "withdrawn");
    assertThat(revoke.exit()).as(revoke.toString()).isZero();
    assertThat(revoke.out()).contains("Revoked " + id + ": now REVOKED", "REVOKE", "registrar: withdrawn");
    assertThat(verifyOffline().exit()).as("old lists still say valid").isZero();
    assertThat(publish().exit()).isZero();
    CliRunner.Run revoked = verifyOffline();
    assertThat(revoked.exit()).isEqualTo(1);
    assertThat(revoked.out()).contains("TOTAL_FAILED", "STATUS REVOKED");
  }

  @Test
  void suspendAndReinstate_recordedAndIllegalStepsRefused() {
    assertThat(cli.run("suspend", id, "--status-db", db, "--actor", "registrar", "--reason", "fee unpaid").exit()).isZero();
    CliRunner.Run again = cli.run("suspend", id, "--status-db", db, "--actor", "registrar", "--reason", "x");
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err()).startsWith("error: refused: ALREADY_SUSPENDED");
    publish();
    assertThat(verifyOffline().out()).contains("STATUS SUSPENDED");
    CliRunner.Run reinstate = cli.run("reinstate", id, "--status-db", db, "--actor", "registrar", "--reason", "paid");
    assertThat(reinstate.out()).contains("now ACTIVE", "SUSPEND", "REINSTATE");
    assertThat(cli.run("revoke", id, "--status-db", db, "--actor", "r", "--reason", "x").exit()).isZero();
    CliRunner.Run afterRevoke = cli.run("reinstate", id, "--status-db", db, "--actor", "r", "--reason", "x");
    assertThat(afterRevoke.exit()).isEqualTo(1);
    assertThat(afterRevoke.err()).contains("ALREADY_REVOKED");
  }

  @Test
  void revokeUnknownCredential_exitTwo() {
    CliRunner.Run r = cli.run("revoke", "urn:uuid:00000000-0000-4000-8000-000000000000", "--status-db", db,
        "--actor", "registrar", "--reason", "x");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: UNKNOWN_CREDENTIAL").doesNotContain("\tat ");
  }

  @Test
  void verifyWithoutStatusSource_indeterminateNothingFetched() {
    CliRunner.Run r = cli.run("verify", jades, "--trust", keys.resolve("root-ca.pem"));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("INDETERMINATE", "STATUS_RETRIEVAL_ERROR");
  }

  @Test
  void verifyStatusOfflineNotAList_exitTwo() {
    CliRunner.Run r = cli.run("verify", jades, "--trust", keys.resolve("root-ca.pem"), "--status-offline",
        keys.resolve("issuer.json"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("not a sealed status list credential");
  }

  @Test
  void issueStatusBaseWithoutDb_exitTwo() throws IOException {
    Path holder = Files.writeString(tmp.resolve("h2.json"), SigilloCommandTest.HOLDER);
    CliRunner.Run r = cli.run("issue", "--keys", keys, "--holder", holder, "--decision-date", "2026-11-20",
        "--committee", "c", "--out", tmp.resolve("o2"), "--status-base", BASE);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--status-base needs --status-db");
  }
}
