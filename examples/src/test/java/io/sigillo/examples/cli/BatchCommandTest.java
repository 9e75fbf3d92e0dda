package io.sigillo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sigillo batch issue} in-process on the sample export shipped in {@code examples/hr}
 * (five good rows and one bad one), with an H2 file in a temporary folder.
 */
class BatchCommandTest {
  static final CliRunner cli = new CliRunner(SigilloCommandTest.CLOCK);
  static final String BASE = "https://aipia.example/status/";
  static final Path SAMPLE = Path.of("hr/sample.csv");
  static final Path MAPPING = Path.of("hr/mapping.json");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path shared;
  static Path keys;

  @TempDir Path tmp;
  Path db;
  Path out;

  @BeforeAll
  static void keys() {
    keys = shared.resolve("keys");
    assertThat(cli.run("keys", "--out", keys).exit()).isZero();
  }

  @BeforeEach
  void paths() {
    db = tmp.resolve("db").resolve("sigillo");
    out = tmp.resolve("out");
  }

  CliRunner.Run batch(Path input, Path mapping, Object... extra) {
    List<Object> args = new ArrayList<>(List.of("batch", "issue", input, "--mapping", mapping, "--keys", keys,
        "--db", db, "--status-base", BASE, "--actor", "hr-import@aipia", "--out", out, "--threads", 2));
    args.addAll(List.of(extra));
    return cli.run(args.toArray());
  }

  static JsonNode summary(CliRunner.Run r) throws IOException {
    String[] lines = r.out().strip().split("\n");
    assertThat(lines).as("one line of JSON on stdout: " + r).hasSize(1);
    return JSON.readTree(lines[0]);
  }

  static List<String> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void sampleExport_issuesGoodRowsRejectsTheBadOneAndPrintsTheSummary() throws IOException {
    CliRunner.Run r = batch(SAMPLE, MAPPING, "--progress", "always");
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    JsonNode s = summary(r);
    assertThat(s.get("rows").asInt()).isEqualTo(6);
    assertThat(s.get("issued").asInt()).isEqualTo(5);
    assertThat(s.get("alreadyIssued").asInt()).isZero();
    assertThat(s.get("rejectedRows").asInt()).isEqualTo(1);
    assertThat(s.get("qr").asBoolean()).isTrue();
    assertThat(s.get("seconds").asDouble()).isPositive();
    assertThat(s.get("credentialsPerSecond").asDouble()).isPositive();
    assertThat(s.get("rejects").asText()).isEqualTo(out.resolve("rejects.csv").toString());
    assertThat(r.err()).as("progress bar").contains("6/6 rows 100%", "cred/s", "done", "\r");

    String rejects = Files.readString(out.resolve("rejects.csv"), StandardCharsets.UTF_8);
    assertThat(rejects).startsWith("\"row\",\"line\",\"column\",\"code\",\"message\"")
        .contains("\"6\",\"7\",\"cv_sha256\",\"INVALID_VALUE\",\"dossier.cv.sha256: ");
    assertThat(files(out.resolve("credentials"))).containsExactly("E00001", "E00002", "E00003", "E00004", "E00005");
    assertThat(files(out.resolve("credentials/E00003"))).hasSize(5)
        .anyMatch(n -> n.endsWith(".jsonld")).anyMatch(n -> n.endsWith(".jades.json")).anyMatch(n -> n.endsWith(".jwt"))
        .anyMatch(n -> n.endsWith(".qr.png")).anyMatch(n -> n.endsWith(".qr.svg"));
    assertThat(JSON.readTree(Files.readString(out.resolve("summary.json"))).get("issued").asInt()).isEqualTo(5);

    CliRunner.Run again = batch(SAMPLE, MAPPING);
    assertThat(again.exit()).isEqualTo(1);
    JsonNode s2 = summary(again);
    assertThat(s2.get("issued").asInt()).as("nothing issued twice").isZero();
    assertThat(s2.get("alreadyIssued").asInt()).isEqualTo(5);
    assertThat(s2.get("rejectedRows").asInt()).isEqualTo(1);
    assertThat(again.err()).as("no progress bar when stderr is not a terminal").isEmpty();
  }

  @Test
  void issuedCredential_verifiesWithPublishedStatusLists() throws IOException {
    assertThat(batch(SAMPLE, MAPPING, "--no-qr").exit()).isEqualTo(1);
    Path holder = out.resolve("credentials/E00001");
    assertThat(files(holder)).hasSize(3).noneMatch(n -> n.contains(".qr."));
    Path jades = holder.resolve(files(holder).stream().filter(n -> n.endsWith(".jades.json")).findFirst().orElseThrow());
    CliRunner.Run publish = cli.run("status", "publish", "--keys", keys, "--status-db", db, "--status-base", BASE,
        "--out", tmp.resolve("lists"));
    assertThat(publish.exit()).as(publish.toString()).isZero();
    CliRunner.Run verify = cli.run("verify", jades, "--trust", keys.resolve("root-ca.pem"),
        "--status-offline", tmp.resolve("lists/r1.jwt"), "--status-offline", tmp.resolve("lists/s1.jades.json"));
    assertThat(verify.exit()).as(verify.toString()).isZero();
    assertThat(verify.out()).contains("TOTAL_PASSED");
  }

  @Test
  void overlappingExport_issuesOnlyTheNewRows() throws IOException {
    List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
    Path first = Files.write(tmp.resolve("first.csv"), lines.subList(0, 4), StandardCharsets.UTF_8);
    CliRunner.Run a = batch(first, MAPPING, "--no-qr");
    assertThat(a.exit()).as(a.toString()).isZero();
    assertThat(summary(a).get("issued").asInt()).isEqualTo(3);
    Path second = Files.write(tmp.resolve("second.csv"), List.of(lines.get(0), lines.get(3), lines.get(4),
        lines.get(5)), StandardCharsets.UTF_8);
    CliRunner.Run b = batch(second, MAPPING, "--no-qr");
    assertThat(b.exit()).as(b.toString()).isZero();
    JsonNode s = summary(b);
    assertThat(s.get("issued").asInt()).isEqualTo(2);
    assertThat(s.get("alreadyIssued").asInt()).isEqualTo(1);
  }

  @Test
  void unusableMappingOrInput_exitTwoWithOneLineError() throws IOException {
    Path bad = Files.writeString(tmp.resolve("mapping.json"), "{\"format\": \"csv\", \"fields\": {\"hrId\": 1}}");
    CliRunner.Run mapping = batch(SAMPLE, bad);
    assertThat(mapping.exit()).isEqualTo(2);
    assertThat(mapping.err()).startsWith("error: mapping ").contains("MAPPING_INVALID").doesNotContain("Exception");

    CliRunner.Run missing = batch(tmp.resolve("nope.csv"), MAPPING);
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");

    Path noColumns = Files.writeString(tmp.resolve("other.csv"), "a,b\r\n1,2\r\n");
    CliRunner.Run columns = batch(noColumns, MAPPING);
    assertThat(columns.exit()).isEqualTo(2);
    assertThat(columns.err()).startsWith("error: batch COLUMN_MISSING").contains("employee_id");

    CliRunner.Run progress = batch(SAMPLE, MAPPING, "--progress", "sometimes");
    assertThat(progress.exit()).isEqualTo(2);
    assertThat(progress.err()).contains("--progress must be auto, always or never");
    assertThat(out).doesNotExist();
  }
}
