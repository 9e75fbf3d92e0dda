package io.sigillo.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
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
}
