package io.sigillo.examples.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.credential.Person;
import io.sigillo.issuer.IssuanceRequest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatusDemoTest {
  static IssuanceRequest request() {
    return IssuanceRequest.newBuilder()
        .holder(Person.newBuilder().id("urn:uuid:6f1c1bb4-3b0e-4e7b-9a43-1d2f8f4c2a10").givenName("Giulia")
            .familyName("Rossi").build())
        .profile("ai-security-specialist")
        .committeeDecision("AIPIA technical committee", LocalDate.of(2026, 11, 20))
        .build();
  }

  @Test
  void prefersJades_acceptHeaders_firstKnownTypeWins() {
    assertThat(StatusListServer.prefersJades(null)).isFalse();
    assertThat(StatusListServer.prefersJades("application/jose+json")).isTrue();
    assertThat(StatusListServer.prefersJades("application/vc+jwt, application/jose+json;q=0.9")).isFalse();
    assertThat(StatusListServer.prefersJades("text/html, application/jose+json")).isTrue();
    assertThat(StatusListServer.prefersJades("*/*")).isFalse();
  }
}
