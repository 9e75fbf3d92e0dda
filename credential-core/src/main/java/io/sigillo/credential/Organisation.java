package io.sigillo.credential;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation in the European Learning Model sense: the credential's issuer or an awarding
 * body. Immutable; build with {@link #newBuilder()}.
 */
public final class Organisation {
  private final URI id;
  private final LanguageMap legalName;
  private final LegalIdentifier eidasIdentifier;
  private final URI homepage;

  private Organisation(Builder b) {
    this.id = Checks.requireAbsolute(b.id, "organisation id");
    this.legalName = Objects.requireNonNull(b.legalName, "legalName");
    this.eidasIdentifier = b.eidasIdentifier;
    this.homepage = b.homepage == null ? null : Checks.requireAbsolute(b.homepage, "homepage");
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
   * A builder initialised with this organisation's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.legalName = legalName;
    b.eidasIdentifier = eidasIdentifier;
    b.homepage = homepage;
    return b;
  }

  /**
   * The organisation's identifier.
   *
   * @return an absolute URI
   */
  public URI id() {
    return id;
  }

  /**
   * The registered legal name.
   *
   * @return the name in one or more languages
   */
  public LanguageMap legalName() {
    return legalName;
  }

  /**
   * The eIDAS legal identifier; required for an issuer.
   *
   * @return the identifier, if given
   */
  public Optional<LegalIdentifier> eidasIdentifier() {
    return Optional.ofNullable(eidasIdentifier);
  }

  /**
   * The organisation's web site.
   *
   * @return the URL, if given
   */
  public Optional<URI> homepage() {
    return Optional.ofNullable(homepage);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Organisation)) {
      return false;
    }
    Organisation x = (Organisation) o;
    return id.equals(x.id) && legalName.equals(x.legalName)
        && Objects.equals(eidasIdentifier, x.eidasIdentifier) && Objects.equals(homepage, x.homepage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, legalName, eidasIdentifier, homepage);
  }

  @Override
  public String toString() {
    return "Organisation[" + id + ", " + legalName + (eidasIdentifier == null ? "" : ", " + eidasIdentifier) + "]";
  }

  /** Builds an {@link Organisation}; {@code id} and {@code legalName} are required. */
  public static final class Builder {
    private URI id;
    private LanguageMap legalName;
    private LegalIdentifier eidasIdentifier;
    private URI homepage;

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
     * Sets the identifier.
     *
     * @param id absolute URI text
     * @return this builder
     */
    public Builder id(String id) {
      return id(URI.create(id));
    }

    /**
     * Sets the legal name.
     *
     * @param legalName the name
     * @return this builder
     */
    public Builder legalName(LanguageMap legalName) {
      this.legalName = legalName;
      return this;
    }

    /**
     * Sets the eIDAS legal identifier.
     *
     * @param identifier the identifier
     * @return this builder
     */
    public Builder eidasIdentifier(LegalIdentifier identifier) {
      this.eidasIdentifier = identifier;
      return this;
    }

    /**
     * Sets the eIDAS legal identifier from its ETSI notation.
     *
     * @param notation for example {@code VATIT-12345678901}
     * @return this builder
     */
    public Builder eidasIdentifier(String notation) {
      return eidasIdentifier(LegalIdentifier.parse(notation));
    }

    /**
     * Sets the homepage.
     *
     * @param homepage absolute URL
     * @return this builder
     */
    public Builder homepage(URI homepage) {
      this.homepage = homepage;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return the organisation
     * @throws NullPointerException if a required value is missing
     * @throws IllegalArgumentException if a value is malformed
     */
    public Organisation build() {
      return new Organisation(this);
    }
  }
}
