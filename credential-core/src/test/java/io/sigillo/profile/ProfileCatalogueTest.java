package io.sigillo.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.CredentialJson;
import io.sigillo.credential.DisplayParameter;
import io.sigillo.credential.EdcCredential;
import io.sigillo.credential.LearningAchievement;
import io.sigillo.credential.LearningOutcome;
import io.sigillo.credential.Qualification;
import io.sigillo.credential.SampleCredentials;
import io.sigillo.credential.ValidityPeriod;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProfileCatalogueTest {
  private static final URI AISS = URI.create("urn:sigillo:profile:uni-11621-8:2026:ai-security-specialist");
  private static final URI AIDE = URI.create("urn:sigillo:profile:uni-11621-8:2026:ai-data-engineer");
  private static final URI CAIO = URI.create("urn:sigillo:profile:uni-11621-8:2026:chief-ai-officer");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Profile specialist() {
    return ProfileCatalogue.bundled().find("ai-security-specialist").orElseThrow();
  }

  private static byte[] illustrativeBytes() throws IOException {
    try (InputStream in = ProfileCatalogueTest.class.getResourceAsStream("illustrative-ai-data-engineer.json")) {
      return in.readAllBytes();
    }
  }

  private static ProfileCatalogue illustrative() throws Exception {
    return ProfileCatalogue.fromJson(illustrativeBytes());
  }

  private static long count(Profile p, CompetenceKind kind) {
    return p.competences().stream().filter(c -> c.kind() == kind).count();
  }

  // --- the bundled catalogue ---

  @Test
  void bundled_holdsTheAiSecuritySpecialistOnly() {
    assertThat(ProfileCatalogue.bundled().profiles()).extracting(Profile::id).containsExactly(AISS);
    Profile p = specialist();
    assertThat(p.code()).isEqualTo("ai-security-specialist");
    assertThat(p.standard()).isEqualTo("UNI 11621-8:2026");
    assertThat(p.title().get("en")).contains("AI Security Specialist");
    assertThat(p.title().get("it")).isPresent();
    assertThat(p.mission().get("en")).isPresent();
    assertThat(p.area().flatMap(a -> a.get("en"))).contains("Security");
    assertThat(p.validityYears()).isEqualTo(3);
  }

  @Test
  void bundled_specialistHasSixResponsibilitiesSixTechnicalAndFiveCrossFunctionalSkills() {
    Profile p = specialist();

    assertThat(count(p, CompetenceKind.RESPONSIBILITY)).isEqualTo(6);
    assertThat(count(p, CompetenceKind.TECHNICAL_SKILL)).isEqualTo(6);
    assertThat(count(p, CompetenceKind.CROSS_FUNCTIONAL_SKILL)).isEqualTo(5);
    assertThat(p.competences()).hasSize(17);
    assertThat(p.competences()).allSatisfy(c -> {
      assertThat(c.text().get("en")).isPresent();
      assertThat(c.text().get("it")).isPresent();
      assertThat(c.id().toString()).startsWith(AISS + "#");
    });
  }

  @Test
  void bundled_specialistCompetencesMatchTheProfileText() {
    List<String> en = specialist().competences().stream()
        .map(c -> c.text().get("en").orElseThrow()).collect(Collectors.toList());

    assertThat(en).contains(
        "Assess security risk across all lifecycle phases.",
        "Implement defences against adversarial and evasion attacks.",
        "Ensure compliance with the AI Act, GDPR and the NIS 2 directive.",
        "Coordinate AI-specific incident response.",
        "Adversarial machine learning techniques",
        "Privacy-preserving ML: differential privacy, federated learning",
        "Collaboration with DPO and compliance teams");
  }

  @Test
  void bundled_specialistRefersToFourFrameworks() {
    List<ReferenceFramework> f = specialist().referenceFrameworks();

    assertThat(f).hasSize(4);
    assertThat(f.get(0).name()).contains("NIST").contains("AI RMF");
    assertThat(f.get(1).name()).contains("OWASP Top 10").contains("Large Language Model");
    assertThat(f.get(2).name()).isEqualTo("MITRE ATLAS");
    assertThat(f.get(3).name()).contains("ENISA").containsIgnoringCase("threat landscape");
    assertThat(f).allSatisfy(r -> assertThat(r.url().getScheme()).isEqualTo("https"));
  }

  @Test
  void bundled_specialistReferencesAiDataEngineerAndChiefAiOfficer() {
    List<ProfileReference> related = specialist().relatedProfiles();

    assertThat(related).extracting(ProfileReference::id).containsExactly(AIDE, CAIO);
    assertThat(related).extracting(r -> r.title().get("en").orElseThrow())
        .containsExactly("AI Data Engineer", "Chief AI Officer");
    assertThat(ProfileCatalogue.bundled().find(AIDE)).isEmpty();
  }

  @Test
  void toQualification_mapsEachCompetenceToALearningOutcome() {
    Profile p = specialist();

    Qualification q = p.toQualification();

    assertThat(q.id()).isEqualTo(p.id());
    assertThat(q.title()).isEqualTo(p.title());
    assertThat(q.description()).contains(p.mission());
    assertThat(q.learningOutcomes()).hasSize(17);
    for (int i = 0; i < 17; i++) {
      Competence c = p.competences().get(i);
      LearningOutcome o = q.learningOutcomes().get(i);
      assertThat(o.id()).isEqualTo(c.id());
      assertThat(o.title()).isEqualTo(c.text());
    }
    assertThat(q.notes()).hasSize(1);
    assertThat(q.notes().get(0).get("en").orElseThrow())
        .startsWith("Reference frameworks: ")
        .contains("MITRE ATLAS").contains("ENISA Threat Landscape");
    assertThat(q.notes().get(0).get("it")).isPresent();
  }

  @Test
  void competence_lookupByOutcomeId_findsIt() {
    Profile p = specialist();
    URI id = URI.create(AISS + "#technical-4");

    assertThat(p.competence(id)).map(Competence::kind).contains(CompetenceKind.TECHNICAL_SKILL);
    assertThat(p.competence(URI.create(AISS + "#technical-99"))).isEmpty();
  }

  @Test
  void find_byCodeIdOrUri() {
    ProfileCatalogue c = ProfileCatalogue.bundled();

    assertThat(c.find("ai-security-specialist")).map(Profile::id).contains(AISS);
    assertThat(c.find(AISS.toString())).map(Profile::id).contains(AISS);
    assertThat(c.find(AISS)).map(Profile::id).contains(AISS);
    assertThat(c.find("chief-ai-officer")).isEmpty();
    assertThat(c.find("not a uri")).isEmpty();
  }

  // --- adding a related role as data ---

  @Test
  void fromJson_illustrativeSecondCatalogue_loadsTheAiDataEngineer() throws Exception {
    ProfileCatalogue extra = illustrative();

    Profile p = extra.find("ai-data-engineer").orElseThrow();
    assertThat(p.id()).isEqualTo(AIDE);
    assertThat(p.title().get("en")).contains("AI Data Engineer");
    assertThat(p.competences()).hasSize(4);
    assertThat(p.referenceFrameworks()).isEmpty();
    assertThat(p.validityYears()).isEqualTo(2);
    assertThat(p.relatedProfiles()).extracting(ProfileReference::id).containsExactly(AISS);
  }

  @Test
  void fromJson_illustrativeFile_isMarkedAsIllustrative() throws Exception {
    String text = new String(illustrativeBytes(), StandardCharsets.UTF_8);

    assertThat(text).contains("ILLUSTRATIVE TEST DATA - NOT the text of UNI 11621-8:2026");
  }

  @Test
  void with_bundledAndIllustrative_resolvesTheSpecialistsReferenceToTheDataEngineer() throws Exception {
    ProfileCatalogue combined = ProfileCatalogue.bundled().with(illustrative());

    assertThat(combined.profiles()).extracting(Profile::code)
        .containsExactly("ai-security-specialist", "ai-data-engineer");
    List<ProfileReference> refs = combined.find(AISS).orElseThrow().relatedProfiles();
    assertThat(combined.find(refs.get(0).id())).map(Profile::code).contains("ai-data-engineer");
    assertThat(combined.find(refs.get(1).id())).isEmpty();
    assertThat(ProfileCatalogue.bundled().profiles()).hasSize(1);
  }

  @Test
  void with_profileFromDataFile_issuesACredentialThatReadsBack() throws Exception {
    Profile aide = ProfileCatalogue.bundled().with(illustrative()).find("ai-data-engineer").orElseThrow();
    Instant from = Instant.parse("2026-09-01T08:00:00Z");
    EdcCredential sample = SampleCredentials.credential(from);

    EdcCredential c = sample.toBuilder()
        .validity(ValidityPeriod.yearsFrom(from, aide.validityYears()))
        .achievement(new LearningAchievement(sample.achievement().id(), aide.title(),
            aide.toQualification(), sample.achievement().awardedBy()))
        .displayParameter(DisplayParameter.of(aide.title()))
        .build();

    EdcCredential back = CredentialJson.read(CredentialJson.toBytes(c));
    assertThat(back).isEqualTo(c);
    assertThat(back.achievement().specifiedBy().learningOutcomes()).hasSize(4);
    assertThat(back.validUntil()).isEqualTo(Instant.parse("2028-09-01T08:00:00Z"));
  }

  @Test
  void with_sameProfileTwice_isRefused() throws Exception {
    ProfileCatalogue extra = illustrative();

    assertThatThrownBy(() -> extra.with(extra))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(AIDE.toString());
  }

  @Test
  void fromJson_stream_readsTheSameCatalogue() throws Exception {
    try (InputStream in = ProfileCatalogueTest.class.getResourceAsStream("illustrative-ai-data-engineer.json")) {
      assertThat(ProfileCatalogue.fromJson(in).find(AIDE)).isPresent();
    }
  }

  // --- invalid catalogue files ---

  private static ProfileCatalogueException refusal(Consumer<ObjectNode> change) throws IOException {
    ObjectNode root = (ObjectNode) MAPPER.readTree(illustrativeBytes());
    change.accept(root);
    byte[] bytes = MAPPER.writeValueAsBytes(root);
    ProfileCatalogueException e =
        catchThrowableOfType(ProfileCatalogueException.class, () -> ProfileCatalogue.fromJson(bytes));
    assertThat(e).as("catalogue must be refused").isNotNull();
    return e;
  }

  private static ObjectNode profile(ObjectNode root) {
    return (ObjectNode) root.get("profiles").get(0);
  }

  private static ObjectNode competence(ObjectNode root, int i) {
    return (ObjectNode) profile(root).get("competences").get(i);
  }

  @Test
  void fromJson_missingTitle_namesProfileAndProperty() throws Exception {
    ProfileCatalogueException e = refusal(r -> profile(r).remove("title"));

    assertThat(e.getMessage()).contains("ai-data-engineer").contains("profiles[0].title");
  }

  @Test
  void fromJson_unknownCompetenceKind_namesProfileAndProperty() throws Exception {
    ProfileCatalogueException e = refusal(r -> competence(r, 2).put("kind", "soft-skill"));

    assertThat(e.getMessage()).contains("ai-data-engineer")
        .contains("profiles[0].competences[2].kind").contains("soft-skill");
  }

  @Test
  void fromJson_duplicateCompetenceKey_namesProfileAndProperty() throws Exception {
    ProfileCatalogueException e = refusal(r -> competence(r, 1).put("key", "responsibility-1"));

    assertThat(e.getMessage()).contains("ai-data-engineer")
        .contains("profiles[0].competences[1].key").contains("responsibility-1");
  }

  @Test
  void fromJson_competenceKeyWithSpace_namesProfileAndProperty() throws Exception {
    ProfileCatalogueException e = refusal(r -> competence(r, 3).put("key", "cross functional"));

    assertThat(e.getMessage()).contains("ai-data-engineer").contains("profiles[0].competences[3].key");
  }

  @Test
  void fromJson_validityYearsOutOfRange_namesProfileAndProperty() throws Exception {
    for (String bad : new String[] {"0", "4", "\"3\"", "2.5", "null"}) {
      ProfileCatalogueException e = refusal(r -> profile(r).set("validityYears", readTree(bad)));

      assertThat(e.getMessage()).as(bad).contains("ai-data-engineer").contains("profiles[0].validityYears");
    }
  }

  @Test
  void fromJson_relativeOrFragmentId_namesProfileAndProperty() throws Exception {
    ProfileCatalogueException relative = refusal(r -> profile(r).put("id", "ai-data-engineer"));
    ProfileCatalogueException fragment = refusal(r -> profile(r).put("id", AIDE + "#x"));

    assertThat(relative.getMessage()).contains("ai-data-engineer").contains("profiles[0].id");
    assertThat(fragment.getMessage()).contains("profiles[0].id");
  }

  @Test
  void fromJson_badLanguageTag_namesProfileAndProperty() throws Exception {
    ProfileCatalogueException e = refusal(r -> ((ObjectNode) profile(r).get("mission")).put("english", "x"));

    assertThat(e.getMessage()).contains("ai-data-engineer").contains("profiles[0].mission");
  }

  @Test
  void fromJson_emptyLanguageMap_namesProfileAndProperty() throws Exception {
    ProfileCatalogueException e = refusal(r -> competence(r, 0).putObject("text"));

    assertThat(e.getMessage()).contains("ai-data-engineer").contains("profiles[0].competences[0].text");
  }

  @Test
  void fromJson_noCompetences_namesProfile() throws Exception {
    ProfileCatalogueException e = refusal(r -> profile(r).putArray("competences"));

    assertThat(e.getMessage()).contains("ai-data-engineer").contains("no competences");
  }

  @Test
  void fromJson_frameworkWithoutUrl_namesProfileAndProperty() throws Exception {
    ProfileCatalogueException e = refusal(r ->
        profile(r).putArray("referenceFrameworks").addObject().put("name", "Some framework"));

    assertThat(e.getMessage()).contains("ai-data-engineer").contains("profiles[0].referenceFrameworks[0].url");
  }

  @Test
  void fromJson_relatedProfileWithoutTitle_namesProfileAndProperty() throws Exception {
    ProfileCatalogueException e = refusal(r ->
        ((ObjectNode) profile(r).get("relatedProfiles").get(0)).remove("title"));

    assertThat(e.getMessage()).contains("ai-data-engineer").contains("profiles[0].relatedProfiles[0].title");
  }

  @Test
  void fromJson_misspelledOptionalProperty_namesProfileAndProperty() throws Exception {
    // a typo must not silently drop data: "relatedProfile" instead of "relatedProfiles"
    ProfileCatalogueException e = refusal(r -> profile(r).set("relatedProfile", profile(r).remove("relatedProfiles")));

    assertThat(e.getMessage()).contains("ai-data-engineer").contains("profiles[0].relatedProfile");
  }

  @Test
  void fromJson_unknownCompetenceProperty_namesProfileAndProperty() throws Exception {
    ProfileCatalogueException e = refusal(r -> competence(r, 1).put("level", 3));

    assertThat(e.getMessage()).contains("ai-data-engineer").contains("profiles[0].competences[1].level");
  }

  @Test
  void fromJson_missingCode_namesProfileByIdAndProperty() throws Exception {
    ProfileCatalogueException e = refusal(r -> profile(r).remove("code"));

    assertThat(e.getMessage()).contains(AIDE.toString()).contains("profiles[0].code");
  }

  @Test
  void fromJson_sameCodeTwiceInOneFile_namesTheCode() throws Exception {
    ProfileCatalogueException e = refusal(r -> {
      ObjectNode copy = profile(r).deepCopy();
      copy.put("id", "urn:example:other");
      ((ArrayNode) r.get("profiles")).add(copy);
    });

    assertThat(e.getMessage()).contains("ai-data-engineer").contains("twice");
  }

  @Test
  void fromJson_profileNotAnObject_namesPosition() throws Exception {
    ProfileCatalogueException e = refusal(r -> ((ArrayNode) r.get("profiles")).add("ai-data-engineer"));

    assertThat(e.getMessage()).contains("profiles[1]");
  }

  @Test
  void fromJson_noProfilesArray_isRefused() throws Exception {
    ProfileCatalogueException e = refusal(r -> r.remove("profiles"));

    assertThat(e.getMessage()).contains("profiles");
  }

  @Test
  void fromJson_malformedJson_isRefusedWithJsonReason() {
    byte[] dup = "{\"profiles\":[],\"profiles\":[]}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ProfileCatalogue.fromJson(dup))
        .isInstanceOf(ProfileCatalogueException.class)
        .hasMessageContaining("not valid JSON");
  }

  private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
