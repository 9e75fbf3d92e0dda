package io.sigillo.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IssuanceRequestTest {
  private static final LocalDate DECISION = LocalDate.of(2026, 11, 20);

  @Test
  void build_failedInterview_refused() {
    IssuanceRequest.Builder b = Fixtures.request().interview(DECISION.minusDays(3), false);

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not passed");
  }

  @Test
  void build_interviewAfterDecision_refused() {
    IssuanceRequest.Builder b = Fixtures.request().interview(DECISION.plusDays(1), true);

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("precede");
  }

  @Test
  void build_interviewOnDecisionDay_accepted() {
    IssuanceRequest r = Fixtures.request().interview(DECISION, true).build();

    assertThat(r.interviewDate()).contains(DECISION);
    assertThat(r.decisionDate()).isEqualTo(DECISION);
  }

  @Test
  void build_withoutInterview_noInterviewDate() {
    IssuanceRequest r = Fixtures.request().build();

    assertThat(r.interviewDate()).isEmpty();
    assertThat(r.committee()).isEqualTo("AIPIA technical committee");
    assertThat(r.validFrom()).isEmpty();
  }

  @Test
  void build_passedInterviewWithoutDate_refused() {
    IssuanceRequest.Builder b = Fixtures.request().interview(null, true);

    assertThatThrownBy(b::build).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("interviewDate");
  }

  @Test
  void build_blankCommittee_refused() {
    IssuanceRequest.Builder b = Fixtures.request().committeeDecision(" ", DECISION);

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void build_withoutDecision_refused() {
    IssuanceRequest.Builder b = IssuanceRequest.newBuilder()
        .holder(Fixtures.fullHolder()).profile(Fixtures.PROFILE);

    assertThatThrownBy(b::build).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("decisionDate");
  }
}
