package io.sigillo.profile;

import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.LearningOutcome;
import io.sigillo.credential.Qualification;
import java.net.URI;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A professional profile a credential certifies, such as the UNI 11621-8:2026 AI Security
 * Specialist: its title, mission, competences and reference frameworks. Profiles are data, loaded
 * from a {@link ProfileCatalogue}. Immutable.
 */
public final class Profile {
  private final URI id;
  private final String code;
  private final String standard;
  private final LanguageMap area;
  private final LanguageMap title;
  private final LanguageMap mission;
  private final List<Competence> competences;
  /** The competences by identifier, so a verifier's lookups need no scan of URI comparisons. */
  private final Map<URI, Competence> competencesById;
  private final List<ReferenceFramework> referenceFrameworks;
  private final List<ProfileReference> relatedProfiles;
  private final int validityYears;

  Profile(URI id, String code, String standard, LanguageMap area, LanguageMap title,
      LanguageMap mission, List<Competence> competences,
      List<ReferenceFramework> referenceFrameworks, List<ProfileReference> relatedProfiles,
      int validityYears) {
    this.id = Objects.requireNonNull(id, "id");
    this.code = Objects.requireNonNull(code, "code");
    this.standard = Objects.requireNonNull(standard, "standard");
    this.area = area;
    this.title = Objects.requireNonNull(title, "title");
    this.mission = Objects.requireNonNull(mission, "mission");
    this.competences = List.copyOf(competences);
    Map<URI, Competence> byId = new HashMap<>();
    for (Competence c : this.competences) {
      if (byId.putIfAbsent(c.id(), c) != null) {
        throw new IllegalArgumentException("competence " + c.id() + " is listed twice in " + code);
      }
    }
    this.competencesById = Collections.unmodifiableMap(byId);
    this.referenceFrameworks = List.copyOf(referenceFrameworks);
    this.relatedProfiles = List.copyOf(relatedProfiles);
    this.validityYears = validityYears;
  }

  /**
   * The profile's identifier, used as the qualification's {@code id} in credentials.
   *
   * @return an absolute URI
   */
  public URI id() {
    return id;
  }

  /**
   * A short code, unique in the catalogue.
   *
   * @return for example {@code ai-security-specialist}
   */
  public String code() {
    return code;
  }

  /**
   * The standard that defines the profile.
   *
   * @return for example {@code UNI 11621-8:2026}
   */
  public String standard() {
    return standard;
  }

  /**
   * The area of the role, for example Security.
   *
   * @return the area, if the catalogue gives one
   */
  public Optional<LanguageMap> area() {
    return Optional.ofNullable(area);
  }

  /**
   * The profile's title.
   *
   * @return the title
   */
  public LanguageMap title() {
    return title;
  }

  /**
   * The role's mission.
   *
   * @return the mission
   */
  public LanguageMap mission() {
    return mission;
  }

  /**
   * The competences, in catalogue order.
   *
   * @return an unmodifiable list
   */
  public List<Competence> competences() {
    return competences;
  }

  /**
   * The reference frameworks.
   *
   * @return an unmodifiable list
   */
  public List<ReferenceFramework> referenceFrameworks() {
    return referenceFrameworks;
  }

  /**
   * Related profiles of the same standard.
   *
   * @return an unmodifiable list
   */
  public List<ProfileReference> relatedProfiles() {
    return relatedProfiles;
  }

  /**
   * How long a credential for this profile is valid, in years.
   *
   * @return the validity in years
   */
  public int validityYears() {
    return validityYears;
  }

  /**
   * Looks up a competence by its identifier ({@link URI#equals} semantics), in constant time.
   * Competence identifiers are unique within a profile.
   *
   * @param competenceId the competence identifier, or null
   * @return the competence, if it belongs to this profile; empty for null
   */
  public Optional<Competence> competence(URI competenceId) {
    return Optional.ofNullable(competencesById.get(competenceId));
  }

  /**
   * The qualification a credential for this profile is specified by: the profile's title and
   * mission, every competence as a learning outcome, and the reference frameworks as a note.
   *
   * @return the qualification
   */
  public Qualification toQualification() {
    List<LearningOutcome> outcomes = competences.stream()
        .map(c -> new LearningOutcome(c.id(), c.text()))
        .collect(Collectors.toList());
    Qualification.Builder b = Qualification.newBuilder()
        .id(id)
        .title(title)
        .description(mission)
        .learningOutcomes(outcomes);
    if (!referenceFrameworks.isEmpty()) {
      String names = referenceFrameworks.stream().map(ReferenceFramework::name)
          .collect(Collectors.joining("; "));
      Map<String, String> note = new LinkedHashMap<>();
      note.put("en", "Reference frameworks: " + names);
      if (title.get("it").isPresent()) {
        note.put("it", "Quadri di riferimento: " + names);
      }
      b.notes(List.of(LanguageMap.copyOf(note)));
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "Profile[" + code + ", " + standard + ", " + competences.size() + " competences]";
  }
}
