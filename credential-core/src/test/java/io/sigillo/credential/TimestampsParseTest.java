package io.sigillo.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Timestamps#parse(String)}: XML Schema dateTime, UTC when no time zone is given. */
class TimestampsParseTest {
  @Test
  void parse_zuluOffsetOrNoZone_sameInstantRules() {
    assertThat(Timestamps.parse("2026-12-01T09:00:00Z")).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
    assertThat(Timestamps.parse("2026-12-01T10:00:00+01:00")).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
    assertThat(Timestamps.parse("2026-12-01T08:00:00-01:00")).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
    assertThat(Timestamps.parse("2026-12-01T09:00:00")).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
    assertThat(Timestamps.parse("2026-12-01T09:00:00.250")).isEqualTo(Instant.parse("2026-12-01T09:00:00.250Z"));
    assertThat(Timestamps.parse("2026-12-01T09:00:00.5+02:00")).isEqualTo(Instant.parse("2026-12-01T07:00:00.500Z"));
  }

  @Test
  void parse_notADateTime_dateTimeParseException() {
    for (String bad : new String[] {"2026-12-01", "2026-12-01T09:00Z", "2026-13-01T09:00:00Z",
        "2026-12-01T09:00:00+0100", "2026-12-01T09:00:00 Z", "x2026-12-01T09:00:00Z"}) {
      assertThatThrownBy(() -> Timestamps.parse(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
    }
    assertThatThrownBy(() -> Timestamps.parse(null)).isInstanceOf(DateTimeParseException.class);
  }

  @Test
  void parse_canonicalUtcForm_sameAsIsoOffsetDateTimeForEveryFieldValue() {
    Random random = new Random(2026);
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      String text = String.format("%04d-%02d-%02dT%02d:%02d:%02dZ", random.nextInt(10_000),
          random.nextInt(14), random.nextInt(33), random.nextInt(26), random.nextInt(62), random.nextInt(62));
      Instant iso;
      try {
        iso = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
      } catch (DateTimeParseException e) {
        iso = null;
      }
      Instant ours;
      try {
        ours = Timestamps.parse(text);
      } catch (DateTimeParseException e) {
        ours = null;
      }
      if (!java.util.Objects.equals(iso, ours)) {
        disagreements.add(text);
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void parse_leapDays_strictCalendar() {
    assertThat(Timestamps.parse("2028-02-29T00:00:00Z")).isEqualTo(Instant.parse("2028-02-29T00:00:00Z"));
    for (String bad : new String[] {"2027-02-29T00:00:00Z", "2100-02-29T00:00:00Z", "2026-04-31T00:00:00Z",
        "2026-12-01T24:00:00Z", "2026-12-31T23:59:60Z"}) {
      assertThatThrownBy(() -> Timestamps.parse(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
    }
  }
}
