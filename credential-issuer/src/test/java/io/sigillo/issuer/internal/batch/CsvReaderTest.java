package io.sigillo.issuer.internal.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  static List<CsvReader.Record> read(String text, char delimiter) throws Exception {
    CsvReader r = new CsvReader(new StringReader(text), delimiter);
    List<CsvReader.Record> out = new ArrayList<>();
    CsvReader.Record rec;
    while ((rec = r.next()) != null) {
      out.add(rec);
    }
    return out;
  }

  static List<CsvReader.Record> read(String text) throws Exception {
    return read(text, ',');
  }

  @Test
  void next_quotedDelimitersQuotesAndLineBreaks_keptInsideTheField() throws Exception {
    List<CsvReader.Record> r = read("a,\"b,c\",\"say \"\"hi\"\"\",\"one\r\ntwo\",\"x\ny\"\r\nnext,row,,,\r\n");

    assertThat(r).hasSize(2);
    assertThat(r.get(0).fields()).containsExactly("a", "b,c", "say \"hi\"", "one\r\ntwo", "x\ny");
    assertThat(r.get(1).fields()).containsExactly("next", "row", "", "", "");
    assertThat(r.get(1).line()).as("the quoted line breaks count").isEqualTo(4);
  }

  @Test
  void next_lfCrlfAndCrRecordEnds_allEndRecords() throws Exception {
    assertThat(read("a\nb\r\nc\rd")).extracting(rec -> rec.fields().get(0)).containsExactly("a", "b", "c", "d");
  }

  @Test
  void next_byteOrderMarkAndBlankLines_skipped() throws Exception {
    List<CsvReader.Record> r = read("\uFEFFid,name\r\n\r\n\r\n1,x\r\n\r\n");
    assertThat(r).extracting(CsvReader.Record::fields).containsExactly(List.of("id", "name"), List.of("1", "x"));
    assertThat(r.get(1).line()).isEqualTo(4);
  }

  @Test
  void next_emptyQuotedFieldAndTrailingDelimiter_emptyFields() throws Exception {
    assertThat(read("\"\",a,\n").get(0).fields()).containsExactly("", "a", "");
  }

  @Test
  void next_otherDelimiter_commasAreText() throws Exception {
    assertThat(read("a,b;\"c;d\"", ';').get(0).fields()).containsExactly("a,b", "c;d");
  }

  @Test
  void next_quoteNeverClosed_errorAtWhereItOpened() {
    assertThatThrownBy(() -> read("a,b\r\nc,\"open\r\nstill open"))
        .isInstanceOfSatisfying(CsvReader.CsvException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(3);
          assertThat(e.getMessage()).contains("never closed");
        });
  }

  @Test
  void next_quoteInsideUnquotedField_errorWithPosition() {
    assertThatThrownBy(() -> read("ab\"c,d"))
        .isInstanceOfSatisfying(CsvReader.CsvException.class, e -> {
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.column()).isEqualTo(3);
        });
  }

  @Test
  void next_textAfterClosingQuote_error() {
    assertThatThrownBy(() -> read("\"ab\"c,d")).isInstanceOf(CsvReader.CsvException.class)
        .hasMessageContaining("after a closing quote");
  }

  @Test
  void next_fieldBeyondTheLimit_refused() {
    String huge = "x".repeat(CsvReader.MAX_FIELD + 1);
    assertThatThrownBy(() -> read(huge)).isInstanceOf(CsvReader.CsvException.class).hasMessageContaining("longer");
  }
}
