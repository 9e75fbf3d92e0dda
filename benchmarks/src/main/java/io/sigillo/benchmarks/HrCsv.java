package io.sigillo.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes a synthetic HR export in the format of {@code examples/hr/sample.csv} (mapping
 * {@code examples/hr/mapping.json}): every row a valid, positive application with its own HR id
 * and real SHA-256 digests, half of them with an interview.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.sigillo.benchmarks.HrCsv ROWS FILE
 * </pre>
 */
public final class HrCsv {
  static final String HEADER = "employee_id,cycle,first_name,last_name,email,birth_date,member_no,member_since,"
      + "member_active,paid_until,dossier_date,cv_id,cv_sha256,training_ids,training_sha256,experience_id,"
      + "experience_sha256,portfolio_id,portfolio_sha256,interview_date,interview_passed,interviewers,assessors,"
      + "outcomes,decision,decision_date,notes";

  private HrCsv() {}

  /**
   * Writes the export.
   *
   * @param args the number of rows and the file
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: HrCsv ROWS FILE");
    }
    write(Path.of(args[1]), Integer.parseInt(args[0]));
  }

  /**
   * Writes {@code rows} rows to {@code file}.
   *
   * @param file the CSV file
   * @param rows how many data rows
   * @return the file
   * @throws IOException if the file cannot be written
   */
  public static Path write(Path file, int rows) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write("\r\n");
      for (int i = 1; i <= rows; i++) {
        boolean interviewed = i % 2 == 0;
        String[] f = {String.format("E%06d", i), "2026", "Name" + i, "Surname" + i, "e" + i + "@example.org",
            "12/04/1990", String.format("AIPIA-%06d", i), "2024-03-01", "yes", "2027-12-31", "2026-10-01",
            "dms:cv/" + i, sha256("cv" + i), "dms:training/" + i + "-1|dms:training/" + i + "-2",
            sha256("t1-" + i) + "|" + sha256("t2-" + i), "dms:experience/" + i, sha256("ex" + i),
            "dms:portfolio/" + i, sha256("pf" + i), interviewed ? "2026-11-10" : "", interviewed ? "true" : "",
            interviewed ? "Dr. Anna Bianchi" : "", "Prof. Marco Verdi;Ing. Sara Neri", "ALL_MET", "POSITIVE",
            "2026-11-20", ""};
        w.write(String.join(",", f));
        w.write("\r\n");
      }
    }
    return file;
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
