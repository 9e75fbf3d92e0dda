package io.sigillo.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Profile#competence(URI)} answers from a map built once; it must agree with a scan. */
class ProfileCompetenceLookupTest {

  @Test
  void competence_everyCatalogueCompetence_returnsTheSameCompetenceAsAScan() throws Exception {
    int checked = 0;
    for (ProfileCatalogue catalogue : new ProfileCatalogue[] {ProfileCatalogue.bundled(), illustrative()}) {
      for (Profile p : catalogue.profiles()) {
        for (Competence c : p.competences()) {
          Competence scanned = p.competences().stream().filter(x -> x.id().equals(c.id())).findFirst()
              .orElseThrow();
          assertThat(p.competence(c.id())).containsSame(scanned);
          // an equal URI parsed afresh (not the catalogue's instance) finds it too
          assertThat(p.competence(new URI(c.id().toString()))).containsSame(scanned);
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(ProfileCatalogue.bundled().profiles().iterator().next()
        .competences().size());
  }

  @Test
  void competence_unknownOrNullId_isEmpty() {
    Profile p = ProfileCatalogue.bundled().find("ai-security-specialist").orElseThrow();
    URI first = p.competences().get(0).id();
    assertThat(p.competence(URI.create(first + "-not"))).isEmpty();
    assertThat(p.competence(URI.create("urn:sigillo:unknown"))).isEmpty();
    assertThat(p.competence(p.id())).isEmpty();
    assertThat(p.competence(null)).isEmpty();
  }

  @Test
  void competence_uriEqualityIgnoringSchemeCase_findsTheCompetenceLikeAScan() {
    Profile p = ProfileCatalogue.bundled().find("ai-security-specialist").orElseThrow();
    Competence c = p.competences().get(0);
    String text = c.id().toString();
    int colon = text.indexOf(':');
    URI upperScheme = URI.create(text.substring(0, colon).toUpperCase(java.util.Locale.ROOT)
        + text.substring(colon));
    // URI.equals compares schemes ignoring case; the lookup keeps URI semantics
    assertThat(upperScheme).isEqualTo(c.id());
    assertThat(p.competence(upperScheme)).containsSame(c);
  }

  @Test
  void constructor_competenceIdRepeated_refused() {
    Profile p = ProfileCatalogue.bundled().find("ai-security-specialist").orElseThrow();
    Competence c = p.competences().get(0);
    Competence again = new Competence(URI.create(c.id().toString()), c.kind(), c.text());
    assertThatThrownBy(() -> new Profile(p.id(), p.code(), p.standard(), null, p.title(), p.mission(),
        List.of(c, again), List.of(), List.of(), p.validityYears()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("listed twice");
  }

  private static ProfileCatalogue illustrative() throws Exception {
    try (var in = ProfileCompetenceLookupTest.class.getResourceAsStream("illustrative-ai-data-engineer.json")) {
      return ProfileCatalogue.fromJson(in.readAllBytes());
    }
  }
}
