package io.sigillo.issuer.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {
  static ColumnMapping read(String json) throws BatchException {
    return ColumnMapping.read(json.getBytes(StandardCharsets.UTF_8), null);
  }

  static void assertInvalid(String json, String message) {
    assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(BatchException.class, e -> {
      assertThat(e.reason()).isEqualTo(BatchException.Reason.MAPPING_INVALID);
      assertThat(e.getMessage()).contains(message);
    });
  }

  @Test
  void read_sampleMapping_columnsFormatAndDefaults() throws Exception {
    ColumnMapping m = read(HrExport.MAPPING);

    assertThat(m.format()).isEqualTo(ColumnMapping.Format.CSV);
    assertThat(m.delimiter()).isEqualTo(',');
    assertThat(m.header()).isTrue();
    assertThat(m.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(m.columnOf("hrId")).contains("employee_id");
    assertThat(m.columnOf("profile")).isEmpty();
    assertThat(m.columns()).contains("employee_id", "training_ids").doesNotContain("notes");
  }

  @Test
  void read_formatFromTheInputFile_whenTheMappingNamesNone() throws Exception {
    String noFormat = HrExport.MAPPING.replace("\"format\": \"csv\",", "");
    assertThat(ColumnMapping.read(noFormat.getBytes(StandardCharsets.UTF_8), ColumnMapping.Format.JSONL).format())
        .isEqualTo(ColumnMapping.Format.JSONL);
    assertInvalid(noFormat, "no format");
  }

  @Test
  void read_unknownFieldOrMember_refusedNamingIt() {
    assertInvalid(HrExport.MAPPING.replace("\"hrId\"", "\"hrID\""), "fields.hrID: not a field name");
    assertInvalid(HrExport.MAPPING.replace("\"format\": \"csv\"", "\"format\": \"csv\", \"sheet\": 1"),
        "unknown member 'sheet'");
  }

  @Test
  void read_requiredFieldUnmapped_refused() {
    assertInvalid(HrExport.MAPPING.replace("    \"cycle\": \"cycle\",\n", ""), "fields.cycle is required");
  }

  @Test
  void read_badSpecs_refusedWithTheirPath() {
    assertInvalid(HrExport.MAPPING.replace("{\"value\": \"ai-security-specialist\"}",
        "{\"value\": \"x\", \"column\": \"y\"}"), "fields.profile needs exactly one of column and value");
    assertInvalid(HrExport.MAPPING.replace("\"dd/MM/yyyy\"", "\"dd/MM/yyyy{\""), "fields.holder.birthDate.format");
    assertInvalid(HrExport.MAPPING.replace("\"cycle\": \"cycle\"", "\"cycle\": {\"column\": \"cycle\", \"format\": \"x\"}"),
        "format applies to dates only");
    assertInvalid(HrExport.MAPPING.replace("\"format\": \"csv\"", "\"format\": \"csv\", \"delimiter\": \"\\\"\""),
        "delimiter must be one character");
    assertInvalid(HrExport.MAPPING.replace("\"format\": \"csv\"", "\"format\": \"csv\", \"encoding\": \"UTF-16\""),
        "encoding must be one of");
  }

  @Test
  void read_notJsonOrDuplicateMember_refused() {
    assertInvalid("{\"fields\": {}, \"fields\": {}}", "DUPLICATE_KEY");
    assertInvalid("[]", "must be a JSON object");
  }
}
