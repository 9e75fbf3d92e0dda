package io.sigillo.verifier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.FormatCode;
import io.sigillo.credential.FormatProblem;
import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.Organisation;
import io.sigillo.credential.Person;
import io.sigillo.issuer.IssuanceRequest;
import io.sigillo.issuer.Issuer;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.json.StrictJson;
import io.sigillo.profile.ProfileCatalogue;
import io.sigillo.verifier.CredentialFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The FORMAT check's profile rules: the learning outcomes must be exactly the catalogue profile's
 * competences (as a set of identifiers), each stating the catalogue's competence text.
 */
class CredentialFactsProfileRulesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String AT = "$.credentialSubject.hasClaim.specifiedBy.learningOutcome";
  private static byte[] document;

  @BeforeAll
  static void issue() throws Exception {
    Clock clock = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    TestPki pki = TestPki.newBuilder().clock(clock).build();
    Issuer issuer = Issuer.newBuilder().seal(pki.seal()).clock(clock)
        .organisation(Organisation.newBuilder().id("https://aipia.example/id")
            .legalName(LanguageMap.of("en", "AIPIA"))
            .eidasIdentifier(pki.seal().organizationIdentifier()).build())
        .build();
    document = issuer.issue(IssuanceRequest.newBuilder()
        .holder(Person.newBuilder().id("urn:uuid:6f1c1bb4-3b0e-4e7b-9a43-1d2f8f4c2a10")
            .givenName("Giulia").familyName("Rossi").build())
        .profile("ai-security-specialist")
        .committeeDecision("AIPIA technical committee", LocalDate.of(2026, 11, 20))
        .build()).document();
  }

  private static CredentialFacts read(Consumer<ArrayNode> change) throws Exception {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(document);
    change.accept((ArrayNode) doc.at("/credentialSubject/hasClaim/specifiedBy/learningOutcome"));
    return CredentialFacts.read(MAPPER.writeValueAsBytes(doc), StrictJson.standard(),
        Set.of(CredentialFormat.SIGILLO_EDC), ProfileCatalogue.bundled(), null);
  }

  private static void assertNotTheCompetences(CredentialFacts facts) {
    assertThat(facts.problems()).containsExactly(new FormatProblem(FormatCode.PROFILE_UNKNOWN, AT,
        "the learning outcomes are not the competences of ai-security-specialist"));
    assertThat(facts.credential()).isNull();
  }

  @Test
  void read_outcomesExactlyTheCompetences_noProblem() throws Exception {
    CredentialFacts facts = read(outcomes -> { });
    assertThat(facts.problems()).isEmpty();
    assertThat(facts.credential()).isNotNull();
  }

  @Test
  void read_outcomesInAnotherOrder_noProblem() throws Exception {
    CredentialFacts facts = read(outcomes -> outcomes.add(outcomes.remove(0)));
    assertThat(facts.problems()).isEmpty();
  }

  @Test
  void read_oneCompetenceLeftOut_profileUnknown() throws Exception {
    assertNotTheCompetences(read(outcomes -> outcomes.remove(outcomes.size() - 1)));
  }

  @Test
  void read_oneCompetenceLeftOutAndAnotherRepeated_refusedByTheModelBeforeTheProfileRules() throws Exception {
    // the profile rules count on outcome ids being unique: the credential model refuses repeats
    assertRepeatRefused(read(outcomes -> outcomes.set(outcomes.size() - 1, outcomes.get(0).deepCopy())));
  }

  private static void assertRepeatRefused(CredentialFacts facts) {
    assertThat(facts.problems()).containsExactly(new FormatProblem(FormatCode.PROPERTY_INVALID,
        "$.credentialSubject.hasClaim.specifiedBy", "learning outcome ids must be unique"));
    assertThat(facts.credential()).isNull();
  }

  @Test
  void read_foreignOutcomeAdded_profileUnknown() throws Exception {
    assertNotTheCompetences(read(outcomes -> {
      ObjectNode extra = outcomes.get(0).deepCopy();
      extra.put("id", "urn:sigillo:competence:not-in-the-catalogue");
      outcomes.add(extra);
    }));
  }

  @Test
  void read_foreignOutcomeInsteadOfACompetence_profileUnknown() throws Exception {
    assertNotTheCompetences(read(outcomes -> ((ObjectNode) outcomes.get(1))
        .put("id", "urn:sigillo:competence:not-in-the-catalogue")));
  }

  @Test
  void read_allCompetencesAndOneRepeated_refusedByTheModelBeforeTheProfileRules() throws Exception {
    assertRepeatRefused(read(outcomes -> outcomes.add(outcomes.get(0).deepCopy())));
  }

  @Test
  void read_competenceTextChanged_profileUnknownNamingTheOutcome() throws Exception {
    String[] id = new String[1];
    CredentialFacts facts = read(outcomes -> {
      ObjectNode o = (ObjectNode) outcomes.get(2);
      id[0] = o.get("id").asText();
      ObjectNode title = (ObjectNode) o.get("title");
      title.put("en", title.get("en").asText() + " (edited)");
    });
    assertThat(facts.problems()).containsExactly(new FormatProblem(FormatCode.PROFILE_UNKNOWN, AT,
        "learning outcome " + id[0] + " does not state the catalogue's competence text"));
  }
}
