package io.sigillo.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TimestampsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "2026-12-01T09:00:00Z,         2026-12-01T09:00:00Z",
      "2023-02-25T19:10:39-06:00,    2023-02-26T01:10:39Z",
      "2023-02-26T01:10:39+00:00,    2023-02-26T01:10:39Z",
      "2023-02-26T03:10:39+02:00,    2023-02-26T01:10:39Z",
      "2023-02-26T01:10:39-00:00,    2023-02-26T01:10:39Z",
      "2023-02-26T01:02:58.447Z,     2023-02-26T01:02:58.447Z",
      "2023-02-26T01:02:58.4Z,       2023-02-26T01:02:58.400Z",
      "2023-02-26T01:02:58.123456789+01:00, 2023-02-26T00:02:58.123456789Z",
      "2023-02-26T01:02:58,          2023-02-26T01:02:58Z",
      "2023-02-26T01:02:58.5,        2023-02-26T01:02:58.500Z",
      "4023-02-26T01:02:58.447Z,     4023-02-26T01:02:58.447Z",
      "2028-02-29T23:59:59Z,         2028-02-29T23:59:59Z"})
  void parse_xmlSchemaDateTime_givesInstant(String text, String expected) {
    assertThat(Timestamps.parse(text)).isEqualTo(Instant.parse(expected));
    assertThat(Timestamps.isDateTime(text)).isTrue();
  }

  @Test
  void parse_noOffset_isReadAsUtc() {
    assertThat(Timestamps.parse("2026-06-01T12:00:00"))
        .isEqualTo(Timestamps.parse("2026-06-01T12:00:00Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Sat 25 Feb 2023 07:16:31 PM CST",
      "Sun, 26 Feb 2023 01:22:14 +0000",
      "2023-02-26",
      "2023-02-26T01:02Z",
      "2023-02-26 01:02:03Z",
      "2023-02-26t01:02:03z",
      "2023-02-26T01:02:03z",
      "2023-02-26T01:02:03+0100",
      "2023-02-26T01:02:03+01",
      "2023-02-26T01:02:03.Z",
      "2023-2-26T01:02:03Z",
      "23-02-26T01:02:03Z",
      "2023-13-01T00:00:00Z",
      "2023-02-30T00:00:00Z",
      "2023-02-29T00:00:00Z",
      "2023-02-26T25:00:00Z",
      "2023-02-26T01:60:00Z",
      " 2023-02-26T01:02:03Z",
      "2023-02-26T01:02:03Z ",
      "1677373323",
      ""})
  void parse_notXmlSchemaDateTime_isRefused(String text) {
    assertThat(Timestamps.isDateTime(text)).isFalse();
    assertThatThrownBy(() -> Timestamps.parse(text)).isInstanceOf(DateTimeParseException.class);
  }

  @ParameterizedTest
  @NullSource
  void isDateTime_null_isFalse(String text) {
    assertThat(Timestamps.isDateTime(text)).isFalse();
  }

  @Test
  void format_dropsSubSecondsAndWritesUtcZ() {
    assertThat(Timestamps.format(Instant.parse("2026-12-01T09:00:00.999Z")))
        .isEqualTo("2026-12-01T09:00:00Z");
    assertThat(Timestamps.format(Instant.parse("0999-01-02T03:04:05Z")))
        .isEqualTo("0999-01-02T03:04:05Z");
  }

  @Test
  void format_thenParse_roundTrips() {
    Instant t = Instant.parse("2031-02-28T08:00:00Z");

    assertThat(Timestamps.parse(Timestamps.format(t))).isEqualTo(t);
  }

  @Test
  void truncate_dropsSubSeconds() {
    assertThat(Timestamps.truncate(Instant.parse("2026-01-01T00:00:00.123456Z")))
        .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }
}
