package io.sigillo.issuer.status;

import io.sigillo.status.BitstringStatusListEntry;
import io.sigillo.status.StatusPurpose;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How an {@code Issuer} gives its credentials a status: the store that allocates indices and
 * records changes, the base URL under which the list credentials are published, and how long a
 * published list is valid and may be cached.
 *
 * <pre>{@code
 * StatusListConfig status = StatusListConfig.newBuilder()
 *     .store(store)
 *     .baseUrl(URI.create("https://aipia.example/status/"))   // lists at .../status/r1, .../status/s1
 *     .build();
 * Issuer issuer = Issuer.newBuilder().seal(seal).organisation(aipia).status(status).build();
 * }</pre>
 *
 * <p>Defaults: a published list credential is valid for 1 day ({@code validUntil}) and carries a
 * {@code ttl} of 5 minutes, so verifiers refresh it often and a stale copy stops being accepted
 * soon. Immutable.
 */
public final class StatusListConfig {
  private final StatusStore store;
  private final URI baseUrl;
  private final Duration validity;
  private final Duration ttl;

  private StatusListConfig(Builder b) {
    this.store = Objects.requireNonNull(b.store, "store");
    this.baseUrl = Objects.requireNonNull(b.baseUrl, "baseUrl");
    if (!baseUrl.isAbsolute() || baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null
        || !baseUrl.getRawPath().endsWith("/")) {
      throw new IllegalArgumentException("the status base URL must be absolute, end with '/' and have no query"
          + " or fragment: " + baseUrl);
    }
    this.validity = b.validity;
    this.ttl = b.ttl;
    if (ttl.compareTo(validity) > 0) {
      throw new IllegalArgumentException("ttl must not exceed the list validity");
    }
  }

  /**
   * Starts a builder.
   *
   * @return a builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * The store.
   *
   * @return the store
   */
  public StatusStore store() {
    return store;
  }

  /**
   * The base URL of the list credentials.
   *
   * @return an absolute URL ending with {@code /}
   */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * How long a published list credential is valid.
   *
   * @return the validity
   */
  public Duration validity() {
    return validity;
  }

  /**
   * The {@code ttl} of a published list credential (and its HTTP {@code max-age}).
   *
   * @return the time to live
   */
  public Duration ttl() {
    return ttl;
  }

  /**
   * The URL of a list credential.
   *
   * @param listId the list, for example {@code r1}
   * @return the base URL followed by the list id
   */
  public URI listUrl(String listId) {
    return baseUrl.resolve(listId);
  }

  /**
   * The list id a URL names, the inverse of {@link #listUrl(String)}.
   *
   * @param url a list credential URL
   * @return the list id, or null if the URL is not under the base URL
   */
  public String listId(URI url) {
    String base = baseUrl.toString();
    String u = url.toString();
    if (!u.startsWith(base) || u.length() == base.length()) {
      return null;
    }
    String id = u.substring(base.length());
    return id.matches("[a-z][0-9]{1,9}") ? id : null;
  }

  /**
   * The {@code credentialStatus} entries for a record: one per slot, with id
   * {@code <list URL>#<index>}.
   *
   * @param record the credential's record
   * @return the entries, revocation first
   */
  public List<BitstringStatusListEntry> entries(CredentialRecord record) {
    List<BitstringStatusListEntry> out = new ArrayList<>();
    for (StatusSlot s : record.slots()) {
      URI list = listUrl(s.listId());
      out.add(BitstringStatusListEntry.newBuilder()
          .id(URI.create(list + "#" + s.index()))
          .purpose(s.purpose())
          .index(s.index())
          .listCredential(list)
          .build());
    }
    out.sort((a, b) -> Integer.compare(order(a.purpose()), order(b.purpose())));
    return out;
  }

  private static int order(StatusPurpose p) {
    return p.ordinal();
  }

  @Override
  public String toString() {
    return "StatusListConfig[" + baseUrl + ", validity " + validity + ", ttl " + ttl + "]";
  }

  /** Builds a {@link StatusListConfig}; store and base URL are required. */
  public static final class Builder {
    private StatusStore store;
    private URI baseUrl;
    private Duration validity = Duration.ofDays(1);
    private Duration ttl = Duration.ofMinutes(5);

    private Builder() {}

    /**
     * Sets the store.
     *
     * @param store the store
     * @return this builder
     */
    public Builder store(StatusStore store) {
      this.store = store;
      return this;
    }

    /**
     * Sets the base URL; list credentials are published at the base URL followed by the list id.
     *
     * @param baseUrl an absolute URL ending with {@code /}
     * @return this builder
     */
    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * Sets how long a published list credential is valid; 1 day by default.
     *
     * @param validity 1 minute to 31 days
     * @return this builder
     */
    public Builder validity(Duration validity) {
      Objects.requireNonNull(validity, "validity");
      if (validity.compareTo(Duration.ofMinutes(1)) < 0 || validity.compareTo(Duration.ofDays(31)) > 0) {
        throw new IllegalArgumentException("list validity must be between 1 minute and 31 days");
      }
      this.validity = validity;
      return this;
    }

    /**
     * Sets the {@code ttl}; 5 minutes by default.
     *
     * @param ttl at least 1 second, at most the validity
     * @return this builder
     */
    public Builder ttl(Duration ttl) {
      Objects.requireNonNull(ttl, "ttl");
      if (ttl.compareTo(Duration.ofSeconds(1)) < 0) {
        throw new IllegalArgumentException("ttl must be at least 1 second");
      }
      this.ttl = ttl;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return the configuration
     * @throws IllegalArgumentException if the base URL is unsuitable or ttl exceeds validity
     */
    public StatusListConfig build() {
      return new StatusListConfig(this);
    }
  }
}
