package io.sigillo.issuer.batch;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.CredentialJson;
import java.util.Objects;

/**
 * The machine-readable outcome of a batch run. Immutable.
 *
 * @param input the input file name
 * @param format the input format
 * @param rows data rows read
 * @param issued credentials issued, sealed and delivered by this run
 * @param resumed credentials an interrupted run had recorded, sealed and delivered by this run
 * @param alreadyIssued rows whose HR key was issued and delivered before: nothing done (a row
 *     whose data differ from the issued one is also listed in the rejects file, and so counted in
 *     {@code rejectedRows} too, so that the difference is not lost)
 * @param rejectedRows rows not issued by this run and listed in the rejects file with their problems
 * @param problems lines of the rejects file (a row may have several problems)
 * @param seconds wall-clock time of the run
 * @param qr whether QR codes were written
 * @param threads sealing threads
 * @param chunkSize rows per transaction
 * @param output the output folder
 */
public record BatchSummary(String input, ColumnMapping.Format format, int rows, int issued, int resumed,
    int alreadyIssued, int rejectedRows, int problems, double seconds, boolean qr, int threads, int chunkSize,
    String output) {
  /** Validates the components. */
  public BatchSummary {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(output, "output");
  }

  /**
   * Credentials sealed per second of the run (issued and resumed).
   *
   * @return the rate, 0 for an empty run
   */
  public double credentialsPerSecond() {
    return seconds <= 0 ? 0 : (issued + resumed) / seconds;
  }

  /**
   * Whether every row was issued now or before.
   *
   * @return true if no row was rejected
   */
  public boolean complete() {
    return rejectedRows == 0;
  }

  /**
   * The summary as one line of JSON.
   *
   * @return compact JSON
   */
  public String toJson() {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("input", input);
    n.put("format", format.name().toLowerCase(java.util.Locale.ROOT));
    n.put("rows", rows);
    n.put("issued", issued);
    n.put("resumed", resumed);
    n.put("alreadyIssued", alreadyIssued);
    n.put("rejectedRows", rejectedRows);
    n.put("problems", problems);
    n.put("seconds", Math.round(seconds * 1000) / 1000.0);
    n.put("credentialsPerSecond", Math.round(credentialsPerSecond() * 10) / 10.0);
    n.put("qr", qr);
    n.put("threads", threads);
    n.put("chunkSize", chunkSize);
    n.put("output", output);
    n.put("rejects", "rejects.csv");
    n.put("index", "issued.csv");
    return CredentialJson.compact(n);
  }
}
