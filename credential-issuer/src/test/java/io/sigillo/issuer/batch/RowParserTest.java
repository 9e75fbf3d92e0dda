package io.sigillo.issuer.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.issuer.route.RouteFixture;
import io.sigillo.issuer.route.RouteInput;
import io.sigillo.issuer.status.TestDatabases;
import io.sigillo.profile.ProfileCatalogue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowParserTest {
  @TempDir
  Path dir;
  RouteFixture f;
  RowParser parser;

  @BeforeEach
  void parser() throws Exception {
    f = new RouteFixture(TestDatabases.h2(dir));
    parser = new RowParser(ColumnMapping.read(HrExport.MAPPING.getBytes(StandardCharsets.UTF_8), null), f.route(),
        ProfileCatalogue.bundled(), UUID::randomUUID);
  }

  @AfterEach
  void close() {
    f.close();
  }

  RowParser.Parsed parse(Map<String, String> row) {
    return parser.parse(3, 7, new LinkedHashMap<>(row));
  }

  static Map<String, String> row(String column, String value) {
    Map<String, String> r = HrExport.row(1);
    r.put(column, value);
    return r;
  }

  @Test
  void parse_validRow_routeInputWithEveryStep() {
    RowParser.Parsed p = parse(HrExport.row(2));

    assertThat(p.problems()).isEmpty();
    RouteInput in = p.input().orElseThrow();
    assertThat(in.key().hrId()).isEqualTo("E00002");
    assertThat(in.holder().birthDate()).contains(java.time.LocalDate.of(1990, 4, 12));
    assertThat(in.dossier().documents()).hasSize(5);
    assertThat(in.interview()).isPresent();
    assertThat(in.assessment().outcomes()).hasSize(17).allSatisfy(o -> assertThat(o.met()).isTrue());
    assertThat(in.assessment().assessors()).containsExactly("Prof. Marco Verdi", "Ing. Sara Neri");
  }

  @Test
  void parse_fieldProblems_everyOneWithRowLineColumnAndCode() {
    Map<String, String> r = HrExport.row(1);
    r.put("first_name", " ");
    r.put("birth_date", "31/02/1990");
    r.put("member_active", "perhaps");

    RowParser.Parsed p = parse(r);

    assertThat(p.input()).isEmpty();
    assertThat(p.problems()).extracting(RowProblem::row, RowProblem::line, RowProblem::column, RowProblem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, 7, "first_name", "MISSING_VALUE"),
            org.assertj.core.groups.Tuple.tuple(3, 7, "birth_date", "INVALID_DATE"),
            org.assertj.core.groups.Tuple.tuple(3, 7, "member_active", "INVALID_BOOLEAN"));
  }

  @Test
  void parse_malformedValues_invalidValueOnTheirColumn() {
    assertThat(parse(row("cv_sha256", "not-a-digest")).problems()).singleElement()
        .satisfies(p -> assertThat(p.column() + " " + p.code()).isEqualTo("cv_sha256 INVALID_VALUE"));
    assertThat(parse(row("training_sha256", HrExport.sha256("x"))).problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("2 document ids but 1 digests"));
    assertThat(parse(row("email", "not an address")).problems()).singleElement()
        .satisfies(p -> assertThat(p.column()).isEqualTo("email"));
    assertThat(parse(row("employee_id", "../../etc")).problems()).singleElement()
        .satisfies(p -> assertThat(p.column() + " " + p.code()).isEqualTo("employee_id INVALID_VALUE"));
    assertThat(parse(row("cycle", "2026/27")).problems()).singleElement()
        .satisfies(p -> assertThat(p.column()).isEqualTo("cycle"));
    assertThat(parse(row("outcomes", "technical-1=GOOD")).problems()).singleElement()
        .satisfies(p -> assertThat(p.column()).isEqualTo("outcomes"));
  }

  @Test
  void parse_routeRefusals_reasonCodeOnTheColumnOfTheField() {
    assertThat(parse(row("decision", "negative")).problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("DECISION_NEGATIVE");
      assertThat(p.column()).isEqualTo("decision");
    });
    assertThat(parse(row("member_active", "no")).problems()).singleElement()
        .satisfies(p -> assertThat(p.column() + " " + p.code()).isEqualTo("member_active MEMBERSHIP_INACTIVE"));
    assertThat(parse(row("outcomes", "technical-1=MET")).problems()).singleElement()
        .satisfies(p -> assertThat(p.column() + " " + p.code()).isEqualTo("outcomes ASSESSMENT_INCOMPLETE"));
    assertThat(parse(row("decision_date", "2027-01-01")).problems()).singleElement()
        .satisfies(p -> assertThat(p.column() + " " + p.code()).isEqualTo("decision_date DATE_INVALID"));
  }

  @Test
  void parse_interviewHalfFilled_missingValue() {
    Map<String, String> r = HrExport.row(2);
    r.put("interviewers", "");
    assertThat(parse(r).problems()).singleElement()
        .satisfies(p -> assertThat(p.column() + " " + p.code()).isEqualTo("interviewers MISSING_VALUE"));
  }

  @Test
  void parse_canonicalJson_sameInputFromFieldNamesAndArrays() {
    RowParser canonical = new RowParser(ColumnMapping.canonical(), f.route(), ProfileCatalogue.bundled(),
        UUID::randomUUID);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("hrId", "E7");
    v.put("profile", "ai-security-specialist");
    v.put("cycle", "2026");
    v.put("holder.givenName", "Giulia");
    v.put("holder.familyName", "Rossi");
    v.put("membership.memberNumber", "AIPIA-7");
    v.put("membership.memberSince", "2024-03-01");
    v.put("membership.active", "true");
    v.put("dossier.submittedOn", "2026-10-01");
    for (String k : List.of("cv", "training", "experience", "portfolio")) {
      v.put("dossier." + k + ".id", List.of("dms:" + k));
      v.put("dossier." + k + ".sha256", List.of(HrExport.sha256(k)));
    }
    v.put("assessment.committee", "AIPIA technical committee");
    v.put("assessment.assessors", List.of("A. Uno"));
    v.put("assessment.outcomes", List.of("ALL_MET"));
    v.put("assessment.decision", "POSITIVE");
    v.put("assessment.decidedOn", "2026-11-20");

    RowParser.Parsed p = canonical.parse(1, 1, v);

    assertThat(p.problems()).isEmpty();
    assertThat(p.input().orElseThrow().interview()).isEmpty();
  }
}
