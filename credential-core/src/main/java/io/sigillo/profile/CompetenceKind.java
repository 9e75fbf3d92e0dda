package io.sigillo.profile;

/** The three kinds of competence a UNI 11621-8 profile lists. */
public enum CompetenceKind {
  /** A main responsibility of the role. */
  RESPONSIBILITY("responsibility"),
  /** A technical skill. */
  TECHNICAL_SKILL("technical-skill"),
  /** A cross-functional (transversal) skill. */
  CROSS_FUNCTIONAL_SKILL("cross-functional-skill");

  private final String key;

  CompetenceKind(String key) {
    this.key = key;
  }

  /**
   * The name used in catalogue files.
   *
   * @return for example {@code technical-skill}
   */
  public String key() {
    return key;
  }

  /**
   * Looks a kind up by its catalogue name.
   *
   * @param key the catalogue name
   * @return the kind
   * @throws IllegalArgumentException if unknown
   */
  public static CompetenceKind ofKey(String key) {
    for (CompetenceKind k : values()) {
      if (k.key.equals(key)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown competence kind: " + key);
  }
}
