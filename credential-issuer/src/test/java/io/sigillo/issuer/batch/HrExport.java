package io.sigillo.issuer.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** HR exports for batch tests, generated in code: the mapping, and CSV or JSON Lines rows. */
public final class HrExport {
  /** The mapping of the generated CSV (kept in step with examples/hr/mapping.json). */
  public static final String MAPPING = "{\n"
      + "  \"format\": \"csv\",\n"
      + "  \"fields\": {\n"
      + "    \"hrId\": \"employee_id\",\n"
      + "    \"profile\": {\"value\": \"ai-security-specialist\"},\n"
      + "    \"cycle\": \"cycle\",\n"
      + "    \"holder.givenName\": \"first_name\",\n"
      + "    \"holder.familyName\": \"last_name\",\n"
      + "    \"holder.email\": \"email\",\n"
      + "    \"holder.birthDate\": {\"column\": \"birth_date\", \"format\": \"dd/MM/yyyy\"},\n"
      + "    \"membership.memberNumber\": \"member_no\",\n"
      + "    \"membership.memberSince\": \"member_since\",\n"
      + "    \"membership.active\": \"member_active\",\n"
      + "    \"membership.paidUntil\": \"paid_until\",\n"
      + "    \"dossier.submittedOn\": \"dossier_date\",\n"
      + "    \"dossier.cv.id\": \"cv_id\",\n"
      + "    \"dossier.cv.sha256\": \"cv_sha256\",\n"
      + "    \"dossier.training.id\": {\"column\": \"training_ids\", \"separator\": \"|\"},\n"
      + "    \"dossier.training.sha256\": {\"column\": \"training_sha256\", \"separator\": \"|\"},\n"
      + "    \"dossier.experience.id\": \"experience_id\",\n"
      + "    \"dossier.experience.sha256\": \"experience_sha256\",\n"
      + "    \"dossier.portfolio.id\": \"portfolio_id\",\n"
      + "    \"dossier.portfolio.sha256\": \"portfolio_sha256\",\n"
      + "    \"interview.heldOn\": \"interview_date\",\n"
      + "    \"interview.passed\": \"interview_passed\",\n"
      + "    \"interview.interviewers\": \"interviewers\",\n"
      + "    \"assessment.committee\": {\"value\": \"AIPIA technical committee\"},\n"
      + "    \"assessment.assessors\": \"assessors\",\n"
      + "    \"assessment.outcomes\": \"outcomes\",\n"
      + "    \"assessment.decision\": \"decision\",\n"
      + "    \"assessment.decidedOn\": \"decision_date\"\n"
      + "  }\n"
      + "}\n";

  public static final List<String> COLUMNS = List.of("employee_id", "cycle", "first_name", "last_name", "email",
      "birth_date", "member_no", "member_since", "member_active", "paid_until", "dossier_date", "cv_id", "cv_sha256",
      "training_ids", "training_sha256", "experience_id", "experience_sha256", "portfolio_id", "portfolio_sha256",
      "interview_date", "interview_passed", "interviewers", "assessors", "outcomes", "decision", "decision_date",
      "notes");

  private HrExport() {}

  /** Row {@code i} as column values: a valid, positive application. */
  public static Map<String, String> row(int i) {
    Map<String, String> r = new java.util.LinkedHashMap<>();
    r.put("employee_id", String.format("E%05d", i));
    r.put("cycle", "2026");
    r.put("first_name", "Name" + i);
    r.put("last_name", i % 7 == 0 ? "Rossi, \"Jr.\"" : "Surname" + i);
    r.put("email", "e" + i + "@example.org");
    r.put("birth_date", "12/04/1990");
    r.put("member_no", String.format("AIPIA-%05d", i));
    r.put("member_since", "2024-03-01");
    r.put("member_active", "yes");
    r.put("paid_until", "2027-12-31");
    r.put("dossier_date", "2026-10-01");
    r.put("cv_id", "dms:cv/" + i);
    r.put("cv_sha256", sha256("cv" + i));
    r.put("training_ids", "dms:training/" + i + "-1|dms:training/" + i + "-2");
    r.put("training_sha256", sha256("t1-" + i) + "|" + sha256("t2-" + i));
    r.put("experience_id", "dms:experience/" + i);
    r.put("experience_sha256", sha256("ex" + i));
    r.put("portfolio_id", "dms:portfolio/" + i);
    r.put("portfolio_sha256", sha256("pf" + i));
    boolean interviewed = i % 2 == 0;
    r.put("interview_date", interviewed ? "2026-11-10" : "");
    r.put("interview_passed", interviewed ? "true" : "");
    r.put("interviewers", interviewed ? "Dr. Anna Bianchi" : "");
    r.put("assessors", "Prof. Marco Verdi;Ing. Sara Neri");
    r.put("outcomes", "ALL_MET");
    r.put("decision", "POSITIVE");
    r.put("decision_date", "2026-11-20");
    r.put("notes", i % 5 == 0 ? "line one\r\nline two, with a comma" : "");
    return r;
  }

  /** Writes rows {@code from} to {@code to - 1}, each passed through {@code edit}, as CSV. */
  public static Path csv(Path file, int from, int to, UnaryOperator<Map<String, String>> edit) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append(String.join(",", COLUMNS)).append("\r\n");
    for (int i = from; i < to; i++) {
      Map<String, String> r = edit.apply(row(i));
      List<String> fields = new ArrayList<>();
      for (String c : COLUMNS) {
        fields.add(quote(r.getOrDefault(c, "")));
      }
      b.append(String.join(",", fields)).append("\r\n");
    }
    Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    return file;
  }

  /** Writes the mapping next to the export. */
  public static Path mapping(Path file) throws IOException {
    return Files.writeString(file, MAPPING, StandardCharsets.UTF_8);
  }

  static String quote(String v) {
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }

  public static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
