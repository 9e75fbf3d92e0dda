package io.sigillo.issuer.internal.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The records of an HR export, CSV or JSON Lines, one at a time: each with its number, the line
 * it starts on, and its values by column name, or the reason it cannot be read. Decoding is
 * strict: bytes that are not in the encoding stop the reading.
 */
public final class RecordSource implements AutoCloseable {
  private final BufferedReader reader;
  private final CsvReader csv;
  private final JsonLinesReader jsonl;
  private final List<String> header;
  private int row;

  /** One record: values, or a row-level reason code and message. */
  public record Item(int row, int line, Map<String, Object> values, String code, String error) {}

  /** The input's header is unusable (duplicate or blank column names). */
  public static final class HeaderException extends Exception {
    private static final long serialVersionUID = 1L;

    HeaderException(String message) {
      super(message);
    }
  }

  private RecordSource(BufferedReader reader, CsvReader csv, JsonLinesReader jsonl, List<String> header) {
    this.reader = reader;
    this.csv = csv;
    this.jsonl = jsonl;
    this.header = header;
  }

  /**
   * Opens a file.
   *
   * @param file the file
   * @param isCsv CSV, else JSON Lines
   * @param delimiter the CSV delimiter
   * @param hasHeader whether the CSV starts with a header
   * @param charset the encoding
   * @return the source, positioned at the first data record
   * @throws IOException if reading fails or the bytes are not in the encoding
   * @throws CsvReader.CsvException if the CSV is malformed
   * @throws HeaderException if the header repeats or leaves blank a column name
   */
  public static RecordSource open(Path file, boolean isCsv, char delimiter, boolean hasHeader, Charset charset)
      throws IOException, CsvReader.CsvException, HeaderException {
    BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    try {
      if (!isCsv) {
        return new RecordSource(r, null, new JsonLinesReader(r), null);
      }
      CsvReader csv = new CsvReader(r, delimiter);
      List<String> header = null;
      if (hasHeader) {
        CsvReader.Record h = csv.next();
        header = h == null ? List.of() : h.fields().stream().map(String::strip).toList();
        Set<String> seen = new HashSet<>();
        for (String name : header) {
          if (name.isEmpty()) {
            throw new HeaderException("the header has a blank column name");
          }
          if (!seen.add(name)) {
            throw new HeaderException("the header names column '" + name + "' twice");
          }
        }
      }
      return new RecordSource(r, csv, null, header);
    } catch (IOException | CsvReader.CsvException | HeaderException | RuntimeException e) {
      r.close();
      throw e;
    }
  }

  /**
   * The CSV header.
   *
   * @return the column names; null for JSON Lines or CSV without header
   */
  public List<String> header() {
    return header;
  }

  /**
   * The next record.
   *
   * @return the record, or null at the end
   * @throws IOException if reading fails
   * @throws CsvReader.CsvException if the CSV is malformed
   */
  public Item next() throws IOException, CsvReader.CsvException {
    if (jsonl != null) {
      JsonLinesReader.Line l = jsonl.next();
      if (l == null) {
        return null;
      }
      row++;
      return l.error() == null ? new Item(row, l.line(), l.values(), null, null)
          : new Item(row, l.line(), Map.of(), "MALFORMED_JSON", l.error());
    }
    CsvReader.Record rec = csv.next();
    if (rec == null) {
      return null;
    }
    row++;
    Map<String, Object> values = new LinkedHashMap<>();
    List<String> fields = rec.fields();
    if (header != null) {
      if (fields.size() != header.size()) {
        return new Item(row, rec.line(), Map.of(), "FIELD_COUNT", fields.size() + " fields where the header has "
            + header.size());
      }
      for (int i = 0; i < fields.size(); i++) {
        values.put(header.get(i), fields.get(i));
      }
    } else {
      for (int i = 0; i < fields.size(); i++) {
        values.put(Integer.toString(i + 1), fields.get(i));
      }
    }
    return new Item(row, rec.line(), values, null, null);
  }

  /**
   * Counts the records of a file (and so checks its syntax) without keeping them.
   *
   * @param file the file
   * @param isCsv CSV, else JSON Lines
   * @param delimiter the CSV delimiter
   * @param hasHeader whether the CSV starts with a header
   * @param charset the encoding
   * @return the number of data records
   * @throws IOException if reading fails
   * @throws CsvReader.CsvException if the CSV is malformed
   * @throws HeaderException if the header is unusable
   */
  public static int count(Path file, boolean isCsv, char delimiter, boolean hasHeader, Charset charset)
      throws IOException, CsvReader.CsvException, HeaderException {
    try (RecordSource s = open(file, isCsv, delimiter, hasHeader, charset)) {
      int n = 0;
      while (s.next() != null) {
        n++;
      }
      return n;
    }
  }

  /**
   * The columns of a list that the header lacks.
   *
   * @param wanted the columns the mapping reads
   * @return the missing ones, in order
   */
  public List<String> missing(Iterable<String> wanted) {
    List<String> out = new ArrayList<>();
    if (header != null) {
      for (String w : wanted) {
        if (!header.contains(w)) {
          out.add(w);
        }
      }
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
