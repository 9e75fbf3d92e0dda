package io.sigillo.credential;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The holder of a credential: a natural person (European Learning Model {@code Person}).
 *
 * <p>Immutable; build with {@link #newBuilder()}. Only what the credential needs is modelled
 * (data minimisation): names, an optional birth date, an optional identifier in the issuer's
 * register and an optional e-mail address.
 *
 * <p>The European Learning Model carries names as language maps. The plain-string setters store
 * the name under the tag {@code en}, as the European Commission's own samples do.
 */
public final class Person {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}");

  private final URI id;
  private final LanguageMap givenName;
  private final LanguageMap familyName;
  private final LocalDate birthDate;
  private final Identifier identifier;
  private final String email;

  private Person(Builder b) {
    this.id = Checks.requireAbsolute(b.id, "person id");
    this.givenName = Objects.requireNonNull(b.givenName, "givenName");
    this.familyName = Objects.requireNonNull(b.familyName, "familyName");
    this.birthDate = b.birthDate;
    this.identifier = b.identifier;
    if (b.email != null && !EMAIL.matcher(b.email).matches()) {
      throw new IllegalArgumentException("not an e-mail address: " + b.email);
    }
    this.email = b.email;
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
   * A builder initialised with this person's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.givenName = givenName;
    b.familyName = familyName;
    b.birthDate = birthDate;
    b.identifier = identifier;
    b.email = email;
    return b;
  }

  /**
   * The holder's identifier, used as {@code credentialSubject.id}.
   *
   * @return an absolute URI
   */
  public URI id() {
    return id;
  }

  /**
   * The given name.
   *
   * @return the name
   */
  public LanguageMap givenName() {
    return givenName;
  }

  /**
   * The family name.
   *
   * @return the name
   */
  public LanguageMap familyName() {
    return familyName;
  }

  /**
   * The date of birth.
   *
   * @return the date, if given
   */
  public Optional<LocalDate> birthDate() {
    return Optional.ofNullable(birthDate);
  }

  /**
   * The holder's identifier in the issuer's register.
   *
   * @return the identifier, if given
   */
  public Optional<Identifier> identifier() {
    return Optional.ofNullable(identifier);
  }

  /**
   * The holder's e-mail address.
   *
   * @return the address without {@code mailto:}, if given
   */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Person)) {
      return false;
    }
    Person p = (Person) o;
    return id.equals(p.id) && givenName.equals(p.givenName) && familyName.equals(p.familyName)
        && Objects.equals(birthDate, p.birthDate) && Objects.equals(identifier, p.identifier)
        && Objects.equals(email, p.email);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, givenName, familyName, birthDate, identifier, email);
  }

  @Override
  public String toString() {
    return "Person[" + id + "]";
  }

  /** Builds a {@link Person}; {@code id}, {@code givenName} and {@code familyName} are required. */
  public static final class Builder {
    private URI id;
    private LanguageMap givenName;
    private LanguageMap familyName;
    private LocalDate birthDate;
    private Identifier identifier;
    private String email;

    private Builder() {}

    /**
     * Sets the identifier.
     *
     * @param id absolute URI, for example {@code urn:uuid:...} or a DID
     * @return this builder
     */
    public Builder id(URI id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the identifier.
     *
     * @param id absolute URI text
     * @return this builder
     */
    public Builder id(String id) {
      return id(URI.create(id));
    }

    /**
     * Sets the given name, stored under the tag {@code en}.
     *
     * @param name the name
     * @return this builder
     */
    public Builder givenName(String name) {
      return givenName(LanguageMap.of("en", name));
    }

    /**
     * Sets the given name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder givenName(LanguageMap name) {
      this.givenName = name;
      return this;
    }

    /**
     * Sets the family name, stored under the tag {@code en}.
     *
     * @param name the name
     * @return this builder
     */
    public Builder familyName(String name) {
      return familyName(LanguageMap.of("en", name));
    }

    /**
     * Sets the family name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder familyName(LanguageMap name) {
      this.familyName = name;
      return this;
    }

    /**
     * Sets the date of birth.
     *
     * @param date the date, or null
     * @return this builder
     */
    public Builder birthDate(LocalDate date) {
      this.birthDate = date;
      return this;
    }

    /**
     * Sets the identifier in the issuer's register.
     *
     * @param identifier the identifier, or null
     * @return this builder
     */
    public Builder identifier(Identifier identifier) {
      this.identifier = identifier;
      return this;
    }

    /**
     * Sets the e-mail address.
     *
     * @param email the address without {@code mailto:}, or null
     * @return this builder
     */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return the person
     */
    public Person build() {
      return new Person(this);
    }
  }
}
