package io.sigillo.issuer.internal.batch;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV that is safe to open in a spreadsheet: every field is quoted (quotes
 * doubled), and a field that a spreadsheet would run as a formula (starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return) is prefixed with an apostrophe, as
 * OWASP recommends against CSV injection. Records end with CRLF.
 */
public final class SafeCsv implements AutoCloseable {
  private final Writer out;

  /**
   * Writes to a character stream.
   *
   * @param out the output; closed by {@link #close()}
   */
  public SafeCsv(Writer out) {
    this.out = out;
  }

  /**
   * Writes one record.
   *
   * @param fields the fields
   * @throws IOException if writing fails
   */
  public void row(List<String> fields) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(field(fields.get(i)));
    }
    b.append("\r\n");
    out.write(b.toString());
  }

  /**
   * One field, neutralised and quoted.
   *
   * @param value the value (null is written as empty)
   * @return the quoted field
   */
  public static String field(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }

  /**
   * Flushes the output.
   *
   * @throws IOException if flushing fails
   */
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
