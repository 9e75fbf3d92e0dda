package io.sigillo.issuer.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillo.credential.CredentialJson;
import io.sigillo.credential.EdcCredential;
import io.sigillo.issuer.internal.batch.CsvReader;
import io.sigillo.issuer.route.RouteFixture;
import io.sigillo.issuer.status.TestDatabases;
import io.sigillo.json.StrictJson;
import io.sigillo.qr.OfflineQr;
import io.sigillo.qr.QrReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch issuance end to end on a real database; run on H2 and PostgreSQL. */
abstract class BatchIssuerContractTest {
  @TempDir
  Path dir;
  RouteFixture f;
  Path out;

  abstract TestDatabases.Db newDatabase(Path dir);

  @BeforeEach
  void open() throws Exception {
    f = new RouteFixture(newDatabase(dir), true);
    out = dir.resolve("out");
  }

  @AfterEach
  void close() {
    f.close();
  }

  Path export(String name, int from, int to, java.util.function.UnaryOperator<java.util.Map<String, String>> edit)
      throws Exception {
    return HrExport.csv(dir.resolve(name), from, to, edit);
  }

  BatchSummary run(Path csv) throws Exception {
    return BatchRun.issuer(f, out).build().run(csv, BatchRun.mapping());
  }

  static List<List<String>> csv(Path file) throws Exception {
    CsvReader r = new CsvReader(new StringReader(BatchRun.read(file)), ',');
    List<List<String>> rows = new ArrayList<>();
    CsvReader.Record rec;
    while ((rec = r.next()) != null) {
      rows.add(rec.fields());
    }
    return rows;
  }

  long count(String sql) throws Exception {
    try (Connection c = f.db.source().open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void run_mixedRows_goodIssuedAndBadRejectedWithRowLineColumnAndReason() throws Exception {
    Path csv = export("hr.csv", 1, 21, r -> {
      switch (r.get("employee_id")) {
        case "E00005": r.put("birth_date", "1990-04-12"); break;
        case "E00009": r.put("decision", "NEGATIVE"); break;
        case "E00013": r.put("employee_id", "../../evil"); break;
        default: break;
      }
      return r;
    });

    BatchSummary s = run(csv);

    assertThat(s.rows()).isEqualTo(20);
    assertThat(s.issued()).isEqualTo(17);
    assertThat(s.rejectedRows()).isEqualTo(3);
    List<List<String>> rejects = csv(out.resolve("rejects.csv"));
    assertThat(rejects.get(0)).containsExactly("row", "line", "column", "code", "message");
    assertThat(rejects.subList(1, rejects.size())).extracting(l -> l.get(0), l -> l.get(1), l -> l.get(2), l -> l.get(3))
        .containsExactly(tuple("5", "6", "birth_date", "INVALID_DATE"), tuple("9", "11", "decision", "DECISION_NEGATIVE"),
            tuple("13", "16", "employee_id", "INVALID_VALUE"));
    List<List<String>> index = csv(out.resolve("issued.csv"));
    assertThat(index).hasSize(18);
    assertThat(index.subList(1, 18)).allSatisfy(l -> assertThat(l.get(4)).isEqualTo("issued"));
    try (Stream<Path> all = Files.walk(dir)) {
      assertThat(all.filter(p -> p.getFileName().toString().contains("evil"))).isEmpty();
    }
    JsonNode summary = StrictJson.standard().parse(Files.readAllBytes(out.resolve("summary.json")));
    assertThat(summary.get("issued").asInt()).isEqualTo(17);
    assertThat(summary.get("rejectedRows").asInt()).isEqualTo(3);
    assertThat(count("SELECT COUNT(*) FROM sigillo_application WHERE state = 'ISSUED'")).isEqualTo(17);
  }

  @Test
  void run_eachHolder_jsonLdJadesVcJwtAndQrPngSvgOfTheSameCredential() throws Exception {
    run(export("hr.csv", 1, 4, r -> r));

    Path folder = out.resolve("credentials").resolve("E00002");
    List<String> names;
    try (Stream<Path> files = Files.list(folder)) {
      names = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(names).hasSize(5);
    String base = names.get(0).substring(0, 36);
    assertThat(names).containsExactly(base + ".jades.json", base + ".jsonld", base + ".jwt", base + ".qr.png",
        base + ".qr.svg");
    byte[] doc = Files.readAllBytes(folder.resolve(base + ".jsonld"));
    EdcCredential c = CredentialJson.read(doc);
    assertThat(c.id().toString()).isEqualTo("urn:uuid:" + base);
    assertThat(c.subject().email()).contains("e2@example.org");
    String docText = new String(doc, StandardCharsets.UTF_8);
    assertThat(StrictJson.standard().parse(Files.readAllBytes(folder.resolve(base + ".jades.json"))).get("payload")
        .asText().equals(docText)).as("the JAdES payload is the .jsonld document").isTrue();
    assertThat(BatchRun.read(folder.resolve(base + ".jwt"))).startsWith("eyJ");
    String qr = QrReader.readSigillo(Files.readAllBytes(folder.resolve(base + ".qr.png")), io.sigillo.qr.QrLimits.DEFAULT);
    assertThat(StrictJson.standard().parse(OfflineQr.decode(qr).sealedCredential()).get("payload").asText()
        .equals(docText)).as("the QR code carries the same document").isTrue();
    assertThat(BatchRun.read(folder.resolve(base + ".qr.svg"))).startsWith("<?xml").contains("<svg");
  }

  @Test
  void run_sameFileAgain_nothingNewAndSameCredentials() throws Exception {
    Path csv = export("hr.csv", 1, 13, r -> r);
    run(csv);
    List<List<String>> first = csv(out.resolve("issued.csv"));

    BatchSummary again = run(csv);

    assertThat(again.issued()).isZero();
    assertThat(again.alreadyIssued()).isEqualTo(12);
    assertThat(again.rejectedRows()).isZero();
    assertThat(count("SELECT COUNT(*) FROM sigillo_credential")).isEqualTo(12);
    assertThat(csv(out.resolve("issued.csv"))).extracting(l -> l.get(3))
        .containsExactlyElementsOf(first.stream().map(l -> l.get(3)).toList());
  }

  @Test
  void run_overlappingFile_issuesOnlyTheNewRows() throws Exception {
    run(export("june.csv", 1, 11, r -> r));

    BatchSummary s = run(export("july.csv", 6, 16, r -> r));

    assertThat(s.alreadyIssued()).isEqualTo(5);
    assertThat(s.issued()).isEqualTo(5);
    assertThat(count("SELECT COUNT(*) FROM sigillo_credential")).isEqualTo(15);
  }

  @Test
  void run_sameKeyTwiceInOneFileOrChangedLater_reportedNotIssuedTwice() throws Exception {
    Path csv = export("hr.csv", 1, 4, r -> r);
    Files.writeString(csv, String.join(",", HrExport.COLUMNS.stream().map(c -> HrExport.quote(HrExport.row(2).get(c)))
        .toList()) + "\r\n", java.nio.file.StandardOpenOption.APPEND);
    BatchSummary s = run(csv);
    assertThat(s.issued()).isEqualTo(3);
    assertThat(csv(out.resolve("rejects.csv")).get(1)).containsExactly("4", "5", "employee_id", "DUPLICATE_IN_INPUT",
        "HR key E00002/ai-security-specialist/2026 appears on an earlier row of this input; not issued twice");

    BatchSummary changed = run(export("fix.csv", 1, 2, r -> {
      r.put("email", "corrected@example.org");
      return r;
    }));
    assertThat(changed.alreadyIssued()).isEqualTo(1);
    assertThat(csv(out.resolve("rejects.csv")).get(1).get(3)).isEqualTo("ALREADY_ISSUED_WITH_OTHER_DATA");
  }

  @Test
  void run_malformedCsv_inputInvalidAndNothingIssued() throws Exception {
    Path csv = export("hr.csv", 1, 4, r -> r);
    Files.writeString(csv, "E9,\"unterminated\r\n", java.nio.file.StandardOpenOption.APPEND);

    assertThatThrownBy(() -> run(csv)).isInstanceOfSatisfying(BatchException.class, e -> {
      assertThat(e.reason()).isEqualTo(BatchException.Reason.INPUT_INVALID);
      assertThat(e.getMessage()).contains("line 5", "never closed");
    });
    assertThat(count("SELECT COUNT(*) FROM sigillo_credential")).isZero();
  }

  @Test
  void run_headerWithoutAMappedColumn_columnMissing() throws Exception {
    Path csv = export("hr.csv", 1, 3, r -> r);
    Files.writeString(csv, BatchRun.read(csv).replaceFirst("member_no", "member_number"));
    assertThatThrownBy(() -> run(csv)).isInstanceOfSatisfying(BatchException.class,
        e -> assertThat(e.getMessage()).contains("[member_no]"));
  }

  @Test
  void run_notUtf8_inputInvalid() throws Exception {
    Path csv = export("hr.csv", 1, 3, r -> r);
    byte[] bytes = Files.readAllBytes(csv);
    bytes[bytes.length - 10] = (byte) 0xE9;
    Files.write(csv, bytes);
    assertThatThrownBy(() -> run(csv)).isInstanceOfSatisfying(BatchException.class,
        e -> assertThat(e.getMessage()).contains("is not UTF-8"));
  }

  @Test
  void run_jsonLines_sameRulesAndBadLineRejectedAlone() throws Exception {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= 4; i++) {
      com.fasterxml.jackson.databind.node.ObjectNode o = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
          .objectNode();
      HrExport.row(i).forEach(o::put);
      b.append(CredentialJson.compact(o)).append('\n');
      if (i == 2) {
        b.append("{\"employee_id\": \"E1\", \"employee_id\": \"E2\"}\n");
      }
    }
    Path jsonl = Files.writeString(dir.resolve("hr.jsonl"), b.toString());
    ColumnMapping m = ColumnMapping.read(HrExport.MAPPING.replace("\"csv\"", "\"jsonl\"").getBytes(StandardCharsets.UTF_8),
        null);

    BatchSummary s = BatchRun.issuer(f, out).build().run(jsonl, m);

    assertThat(s.issued()).isEqualTo(4);
    assertThat(s.rejectedRows()).isEqualTo(1);
    assertThat(csv(out.resolve("rejects.csv")).get(1)).startsWith("3", "3", "", "MALFORMED_JSON");
  }

  @Test
  void run_progress_reportsRowsAndTotal() throws Exception {
    List<int[]> seen = new ArrayList<>();
    BatchRun.issuer(f, out).listener(new BatchListener() {
      @Override
      public void progress(int rowsDone, int totalRows, int credentialsDone) {
        seen.add(new int[] {rowsDone, totalRows, credentialsDone});
      }
    }).build().run(export("hr.csv", 1, 21, r -> r), BatchRun.mapping());

    assertThat(seen).allSatisfy(p -> assertThat(p[1]).isEqualTo(20));
    assertThat(seen.get(seen.size() - 1)).containsExactly(20, 20, 20);
  }
}
