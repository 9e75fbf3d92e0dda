package io.sigillo.issuer.internal.batch;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: fields separated by a delimiter, records by CRLF or LF (a lone CR
 * too); a field in double quotes may hold delimiters, line breaks and doubled quotes ({@code ""}).
 * Strict: a quote inside an unquoted field, text after a closing quote, or a quote left open at
 * the end of input is a {@link CsvException} with its line and column, since nothing after it
 * can be trusted. A byte order mark at the start is skipped. Blank lines are skipped. Fields and
 * records are bounded.
 */
public final class CsvReader {
  /** Largest field, in characters. */
  public static final int MAX_FIELD = 64 * 1024;
  /** Most fields in one record. */
  public static final int MAX_FIELDS = 512;

  private final Reader in;
  private final char delimiter;
  private int line = 1;
  private int column = 0;
  private int peeked = -2;
  private boolean started;

  /** One record: its fields and where it starts. */
  public record Record(List<String> fields, int line) {}

  /** The input is not well-formed CSV. */
  public static final class CsvException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    CsvException(String message, int line, int column) {
      super(message + " (line " + line + ", column " + column + ")");
      this.line = line;
      this.column = column;
    }

    /**
     * The line of the problem.
     *
     * @return 1-based
     */
    public int line() {
      return line;
    }

    /**
     * The column (character) of the problem.
     *
     * @return 1-based
     */
    public int column() {
      return column;
    }
  }

  /**
   * Reads CSV from a character stream.
   *
   * @param in the input; the caller closes it
   * @param delimiter the field delimiter, usually {@code ,} or {@code ;}
   */
  public CsvReader(Reader in, char delimiter) {
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
      throw new IllegalArgumentException("the delimiter cannot be a quote or a line break");
    }
    this.in = in;
    this.delimiter = delimiter;
  }

  /**
   * Reads the next record.
   *
   * @return the record, or null at the end of input
   * @throws IOException if reading fails
   * @throws CsvException if the input is malformed or a limit is exceeded
   */
  public Record next() throws IOException, CsvException {
    if (!started) {
      started = true;
      if (peek() == '\uFEFF') {
        read();
        column = 0;
      }
    }
    while (peek() == '\r' || peek() == '\n') {
      lineBreak();
    }
    if (peek() == -1) {
      return null;
    }
    int startLine = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    while (true) {
      int c = peek();
      if (c == '"' && field.length() == 0) {
        read();
        quoted(field);
        c = peek();
        if (c != delimiter && c != '\r' && c != '\n' && c != -1) {
          throw new CsvException("text after a closing quote", line, column + 1);
        }
      }
      c = read();
      if (c == delimiter) {
        add(fields, field);
      } else if (c == '\r' || c == '\n' || c == -1) {
        if (c != -1) {
          unreadLineBreak(c);
        }
        add(fields, field);
        return new Record(List.copyOf(fields), startLine);
      } else if (c == '"') {
        throw new CsvException("a quote inside an unquoted field (quote the whole field and double the quote)",
            line, column);
      } else {
        append(field, (char) c);
      }
    }
  }

  private void quoted(StringBuilder field) throws IOException, CsvException {
    int openLine = line;
    int openColumn = column;
    while (true) {
      int c = read();
      if (c == -1) {
        throw new CsvException("a quoted field opened here is never closed", openLine, openColumn);
      }
      if (c == '"') {
        if (peek() == '"') {
          read();
          append(field, '"');
        } else {
          return;
        }
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && peek() == '\n') {
          read();
          append(field, '\r');
          append(field, '\n');
        } else {
          append(field, (char) c);
        }
        line++;
        column = 0;
      } else {
        append(field, (char) c);
      }
    }
  }

  private void add(List<String> fields, StringBuilder field) throws CsvException {
    if (fields.size() == MAX_FIELDS) {
      throw new CsvException("more than " + MAX_FIELDS + " fields in one record", line, column);
    }
    fields.add(field.toString());
    field.setLength(0);
  }

  private void append(StringBuilder field, char c) throws CsvException {
    if (field.length() == MAX_FIELD) {
      throw new CsvException("a field longer than " + MAX_FIELD + " characters", line, column);
    }
    field.append(c);
  }

  /** After reading CR or LF that ends a record: consume a following LF of CRLF and count the line. */
  private void unreadLineBreak(int c) throws IOException {
    if (c == '\r' && peek() == '\n') {
      read();
    }
    line++;
    column = 0;
  }

  private void lineBreak() throws IOException {
    int c = read();
    unreadLineBreak(c);
  }

  private int peek() throws IOException {
    if (peeked == -2) {
      peeked = in.read();
    }
    return peeked;
  }

  private int read() throws IOException {
    int c = peek();
    peeked = -2;
    if (c != -1) {
      column++;
    }
    return c;
  }
}
