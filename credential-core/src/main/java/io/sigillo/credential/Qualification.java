package io.sigillo.credential;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The specification of what was achieved: the certified professional profile, with its
 * competences as learning outcomes (European Learning Model {@code Qualification}). Immutable;
 * usually made by {@code Profile#toQualification()} from the profile catalogue.
 */
public final class Qualification {
  private final URI id;
  private final LanguageMap title;
  private final LanguageMap description;
  private final List<LearningOutcome> learningOutcomes;
  private final List<LanguageMap> notes;

  private Qualification(Builder b) {
    this.id = Checks.requireAbsolute(b.id, "qualification id");
    this.title = Objects.requireNonNull(b.title, "title");
    this.description = b.description;
    this.learningOutcomes = List.copyOf(b.learningOutcomes);
    this.notes = List.copyOf(b.notes);
    if (learningOutcomes.stream().map(LearningOutcome::id).distinct().count() != learningOutcomes.size()) {
      throw new IllegalArgumentException("learning outcome ids must be unique");
    }
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * The qualification's identifier: the profile's identifier in the catalogue.
   *
   * @return an absolute URI
   */
  public URI id() {
    return id;
  }

  /**
   * The qualification's title.
   *
   * @return the title
   */
  public LanguageMap title() {
    return title;
  }

  /**
   * A short description (the profile's mission).
   *
   * @return the description, if given
   */
  public Optional<LanguageMap> description() {
    return Optional.ofNullable(description);
  }

  /**
   * The competences, in catalogue order.
   *
   * @return an unmodifiable list
   */
  public List<LearningOutcome> learningOutcomes() {
    return learningOutcomes;
  }

  /**
   * Additional notes, such as the reference frameworks of the profile.
   *
   * @return an unmodifiable list
   */
  public List<LanguageMap> notes() {
    return notes;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Qualification)) {
      return false;
    }
    Qualification q = (Qualification) o;
    return id.equals(q.id) && title.equals(q.title) && Objects.equals(description, q.description)
        && learningOutcomes.equals(q.learningOutcomes) && notes.equals(q.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, title, description, learningOutcomes, notes);
  }

  @Override
  public String toString() {
    return "Qualification[" + id + ", " + learningOutcomes.size() + " outcomes]";
  }

  /** Builds a {@link Qualification}; {@code id} and {@code title} are required. */
  public static final class Builder {
    private URI id;
    private LanguageMap title;
    private LanguageMap description;
    private List<LearningOutcome> learningOutcomes = List.of();
    private List<LanguageMap> notes = List.of();

    private Builder() {}

    /**
     * Sets the identifier.
     *
     * @param id absolute URI
     * @return this builder
     */
    public Builder id(URI id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the title.
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(LanguageMap title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description, or null
     * @return this builder
     */
    public Builder description(LanguageMap description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the learning outcomes.
     *
     * @param outcomes the outcomes, unique by id
     * @return this builder
     */
    public Builder learningOutcomes(List<LearningOutcome> outcomes) {
      this.learningOutcomes = Objects.requireNonNull(outcomes, "outcomes");
      return this;
    }

    /**
     * Sets the notes.
     *
     * @param notes the notes
     * @return this builder
     */
    public Builder notes(List<LanguageMap> notes) {
      this.notes = Objects.requireNonNull(notes, "notes");
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return the qualification
     */
    public Qualification build() {
      return new Qualification(this);
    }
  }
}
