package io.sigillo.issuer.internal.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafeCsvTest {
  @Test
  void field_formulaStarts_prefixedWithApostropheAndQuoted() {
    assertThat(SafeCsv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(SafeCsv.field("+1")).isEqualTo("\"'+1\"");
    assertThat(SafeCsv.field("-2+3")).isEqualTo("\"'-2+3\"");
    assertThat(SafeCsv.field("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
    assertThat(SafeCsv.field("\tx")).isEqualTo("\"'\tx\"");
    assertThat(SafeCsv.field("\r=x")).isEqualTo("\"'\r=x\"");
    assertThat(SafeCsv.field("a=b")).isEqualTo("\"a=b\"");
    assertThat(SafeCsv.field(null)).isEqualTo("\"\"");
  }

  @Test
  void row_readBackByTheReader_sameFieldsModuloTheApostrophe() throws Exception {
    StringWriter w = new StringWriter();
    try (SafeCsv csv = new SafeCsv(w)) {
      csv.row(List.of("a,b", "line\r\nbreak", "=cmd|' /C calc'!A0", "quote \"q\""));
    }
    CsvReader.Record r = new CsvReader(new StringReader(w.toString()), ',').next();
    assertThat(r.fields()).containsExactly("a,b", "line\r\nbreak", "'=cmd|' /C calc'!A0", "quote \"q\"");
    assertThat(w.toString()).endsWith("\r\n");
  }
}
