package io.sigillo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.examples.http.ApiKeys;
import io.sigillo.examples.http.HttpFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
  static final CliRunner cli = new CliRunner(SigilloCommandTest.CLOCK);

  @TempDir Path tmp;

  /** A key made by 'serve api-key', written to a key file. */
  String newKey(Path keyFile) throws Exception {
    CliRunner.Run r = cli.run("serve", "api-key", "--actor", "hr-sync@acme");
    assertThat(r.exit()).as(r.toString()).isZero();
    Matcher key = Pattern.compile("key:\\s+(\\S+)").matcher(r.out());
    Matcher entry = Pattern.compile("entry:\\s+(.+)").matcher(r.out());
    assertThat(key.find() && entry.find()).isTrue();
    Files.writeString(keyFile, "# HR systems\n" + entry.group(1).strip() + "\n");
    return key.group(1);
  }

  @Test
  void apiKey_newKey_fileHoldsOnlyItsDigestAndAuthenticatesTheActor() throws Exception {
    Path keyFile = tmp.resolve("api-keys");
    String key = newKey(keyFile);
    assertThat(Files.readString(keyFile)).doesNotContain(key);
    assertThat(ApiKeys.read(keyFile).actorOf(key)).contains("hr-sync@acme");
    assertThat(ApiKeys.read(keyFile).actorOf(key + "x")).isEmpty();
  }

  @Test
  void issuance_issuesOverHttpUntilInterruptedAndTheCredentialVerifies() throws Exception {
    assertThat(cli.run("keys", "--out", tmp.resolve("keys")).exit()).isZero();
    Path keyFile = tmp.resolve("api-keys");
    String key = newKey(keyFile);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = SigilloCommand.newCommandLine(SigilloCommandTest.CLOCK);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    AtomicInteger exit = new AtomicInteger(-1);
    Thread server = new Thread(() -> exit.set(cl.execute("serve", "issuance", "--keys", tmp.resolve("keys").toString(),
        "--db", tmp.resolve("db/route").toString(), "--status-base", "https://aipia.example/status/",
        "--api-key-file", keyFile.toString(), "--port", "0", "--concurrency", "2")));
    server.start();
    try {
      Matcher url = Pattern.compile("Serving POST (\\S+)").matcher("");
      // a deadline, not a count of tries: opening the store and the keys is slow on a loaded machine
      long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
      while (!url.reset(out.toString()).find() && exit.get() < 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(url.reset(out.toString()).find()).as(out + "\n" + err).isTrue();
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.group(1)))
          .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
          .header("Accept", "application/vc+jwt")
          .POST(HttpRequest.BodyPublishers.ofString(HttpFixture.request("E00100").toString(), StandardCharsets.UTF_8))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      assertThat(r.body()).startsWith("eyJ");
      Files.writeString(tmp.resolve("E00100.jwt"), r.body());
    } finally {
      server.interrupt();
      server.join(10_000);
    }
    assertThat(exit.get()).as(out + "\n" + err).isZero();
    assertThat(out.toString()).contains("Stopped");
    // the route store holds the status lists: publish them as for any issuance, then verify offline
    CliRunner.Run publish = cli.run("status", "publish", "--keys", tmp.resolve("keys"), "--status-db",
        tmp.resolve("db/route"), "--status-base", "https://aipia.example/status/", "--out", tmp.resolve("lists"));
    assertThat(publish.exit()).as(publish.toString()).isZero();
    CliRunner.Run verify = cli.run("verify", tmp.resolve("E00100.jwt"), "--trust", tmp.resolve("keys/root-ca.pem"),
        "--status-offline", tmp.resolve("lists/r1.jwt"), "--status-offline", tmp.resolve("lists/s1.jwt"));
    assertThat(verify.exit()).as(verify.toString()).isZero();
    assertThat(verify.out()).contains("TOTAL_PASSED");
  }

  @Test
  void issuance_keyFileWithAPlainKey_exit2NamingTheLine() throws Exception {
    assertThat(cli.run("keys", "--out", tmp.resolve("keys")).exit()).isZero();
    Path keyFile = Files.writeString(tmp.resolve("api-keys"), "hr-sync@acme not-a-digest\n");
    CliRunner.Run r = cli.run("serve", "issuance", "--keys", tmp.resolve("keys"), "--db", tmp.resolve("db/route"),
        "--status-base", "https://aipia.example/status/", "--api-key-file", keyFile, "--port", "0");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("error: --api-key-file").contains("line 1").doesNotContain("Exception");
  }

  @Test
  void issuance_limitOutOfRange_exit2WithTheRange() throws Exception {
    assertThat(cli.run("keys", "--out", tmp.resolve("keys")).exit()).isZero();
    Path keyFile = tmp.resolve("api-keys");
    newKey(keyFile);
    CliRunner.Run r = cli.run("serve", "issuance", "--keys", tmp.resolve("keys"), "--db", tmp.resolve("db/route"),
        "--status-base", "https://aipia.example/status/", "--api-key-file", keyFile, "--port", "0",
        "--max-body", "10");
    assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("error: the body limit must be 256 bytes to 4 MiB");
    CliRunner.Run port = cli.run("serve", "issuance", "--keys", tmp.resolve("keys"), "--db", tmp.resolve("db/route"),
        "--status-base", "https://aipia.example/status/", "--api-key-file", keyFile, "--port", "70000");
    assertThat(port.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(port.err()).startsWith("error: port out of range");
  }
}
