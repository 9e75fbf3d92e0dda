package io.sigillo.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValidityPeriodTest {
  private static final Instant FROM = Instant.parse("2026-05-14T10:15:30Z");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "2026-05-14T10:15:30Z, 2029-05-14T10:15:30Z",
      "2026-12-31T23:59:59Z, 2029-12-31T23:59:59Z",
      "2027-01-01T00:00:00Z, 2030-01-01T00:00:00Z",
      "2027-02-28T06:00:00Z, 2030-02-28T06:00:00Z",
      "2027-03-01T06:00:00Z, 2030-03-01T06:00:00Z",
      "2028-02-29T07:45:12Z, 2031-02-28T07:45:12Z",
      "2028-03-01T00:00:00Z, 2031-03-01T00:00:00Z"})
  void threeYearsFrom_start_endsSameUtcMonthDayAndTimeThreeYearsLater(String from, String until) {
    ValidityPeriod p = ValidityPeriod.threeYearsFrom(Instant.parse(from));

    assertThat(p.validFrom()).isEqualTo(Instant.parse(from));
    assertThat(p.validUntil()).isEqualTo(Instant.parse(until));
  }

  @Test
  void threeYearsFrom_leapDay_endsOn28FebruaryAtSameTimeNever1March() {
    ValidityPeriod p = ValidityPeriod.threeYearsFrom(Instant.parse("2028-02-29T18:30:00Z"));

    assertThat(p.validUntil()).isEqualTo(Instant.parse("2031-02-28T18:30:00Z"));
  }

  @Test
  void threeYearsFrom_subSecondStart_isTruncatedToWholeSeconds() {
    ValidityPeriod p = ValidityPeriod.threeYearsFrom(Instant.parse("2026-05-14T10:15:30.987Z"));

    assertThat(p.validFrom()).isEqualTo(FROM);
    assertThat(p.validUntil()).isEqualTo(Instant.parse("2029-05-14T10:15:30Z"));
  }

  @Test
  void constructor_windowOneSecondLongerThanMaximum_isRefused() {
    Instant max = ValidityPeriod.maximumEnd(FROM);

    assertThatThrownBy(() -> new ValidityPeriod(FROM, max.plusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longer than 3 years");
  }

  @Test
  void constructor_leapDayWindowEndingOn1March_isRefused() {
    Instant from = Instant.parse("2028-02-29T00:00:00Z");

    assertThatThrownBy(() -> new ValidityPeriod(from, Instant.parse("2031-03-01T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ValidityPeriod(from, Instant.parse("2031-02-28T00:00:01Z")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructor_windowOfExactlyMaximum_isAccepted() {
    ValidityPeriod p = new ValidityPeriod(FROM, ValidityPeriod.maximumEnd(FROM));

    assertThat(p).isEqualTo(ValidityPeriod.threeYearsFrom(FROM));
  }

  @Test
  void constructor_endBeforeStart_isRefused() {
    assertThatThrownBy(() -> new ValidityPeriod(FROM, FROM.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("precedes");
  }

  @Test
  void constructor_endEqualToStart_isAccepted() {
    assertThat(new ValidityPeriod(FROM, FROM).contains(FROM)).isTrue();
  }

  @Test
  void constructor_nullBound_isRefused() {
    assertThatThrownBy(() -> new ValidityPeriod(null, FROM)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new ValidityPeriod(FROM, null)).isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void yearsFrom_oneToThreeYears_isAccepted(int years) {
    ValidityPeriod p = ValidityPeriod.yearsFrom(FROM, years);

    assertThat(p.validFrom()).isEqualTo(FROM);
    assertThat(p.validUntil()).isEqualTo(Instant.parse((2026 + years) + "-05-14T10:15:30Z"));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 4, -1, Integer.MAX_VALUE})
  void yearsFrom_outsideOneToThree_isRefused(int years) {
    assertThatThrownBy(() -> ValidityPeriod.yearsFrom(FROM, years))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void yearsFrom_leapDayStart_endsOn28February() {
    Instant leap = Instant.parse("2028-02-29T12:00:00Z");

    assertThat(ValidityPeriod.yearsFrom(leap, 1).validUntil()).isEqualTo(Instant.parse("2029-02-28T12:00:00Z"));
    assertThat(ValidityPeriod.yearsFrom(leap, 3)).isEqualTo(ValidityPeriod.threeYearsFrom(leap));
  }

  @Test
  void isWithinMaximum_boundaries() {
    Instant max = ValidityPeriod.maximumEnd(FROM);

    assertThat(ValidityPeriod.isWithinMaximum(FROM, max)).isTrue();
    assertThat(ValidityPeriod.isWithinMaximum(FROM, max.plusSeconds(1))).isFalse();
  }

  @Test
  void contains_bothEndsInclusive() {
    ValidityPeriod p = ValidityPeriod.threeYearsFrom(FROM);

    assertThat(p.contains(FROM)).isTrue();
    assertThat(p.contains(p.validUntil())).isTrue();
    assertThat(p.contains(FROM.minusSeconds(1))).isFalse();
    assertThat(p.contains(p.validUntil().plusSeconds(1))).isFalse();
  }
}
