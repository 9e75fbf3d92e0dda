package io.sigillo.verifier;

import io.sigillo.status.StatusErrorCode;
import io.sigillo.status.StatusListException;
import io.sigillo.verifier.internal.ListPeek;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link StatusListResolver} over status list credentials the caller already holds (for
 * example downloaded earlier, or handed over with the credential). Never touches the network.
 *
 * <pre>{@code
 * StatusListResolver offline = OfflineStatusListResolver.newBuilder()
 *     .add(Files.readAllBytes(Path.of("r1.vc.jwt")))   // filed under the list credential's id
 *     .build();
 * }</pre>
 *
 * <p>The verifier still checks each list (seal, trust, issuer, validity window), so a list held
 * for too long fails as expired. Immutable and thread-safe.
 */
public final class OfflineStatusListResolver implements StatusListResolver {
  private final Map<URI, ResolvedStatusList> lists;

  private OfflineStatusListResolver(Builder b) {
    this.lists = Map.copyOf(b.lists);
  }

  /**
   * Starts a builder.
   *
   * @return a builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  @Override
  public ResolvedStatusList resolve(URI url) throws StatusListException {
    ResolvedStatusList l = lists.get(Objects.requireNonNull(url, "url"));
    if (l == null) {
      throw new StatusListException(StatusErrorCode.STATUS_RETRIEVAL_ERROR,
          "no status list credential is held for " + url + " (offline; held: " + lists.keySet() + ")");
    }
    return l;
  }

  /**
   * The URLs of the lists held.
   *
   * @return an unmodifiable set
   */
  public java.util.Set<URI> urls() {
    return lists.keySet();
  }

  @Override
  public String toString() {
    return "OfflineStatusListResolver" + lists.keySet();
  }

  /** Builds an {@link OfflineStatusListResolver}. */
  public static final class Builder {
    private final Map<URI, ResolvedStatusList> lists = new LinkedHashMap<>();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the clock for the retrieval time recorded with each list.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Holds a sealed list credential under its own {@code id}.
     *
     * @param sealed a JAdES or {@code vc+jwt} list credential
     * @return this builder
     * @throws IllegalArgumentException if no {@code id} can be read from it
     */
    public Builder add(byte[] sealed) {
      URI id = ListPeek.of(Objects.requireNonNull(sealed, "sealed")).id().orElseThrow(() ->
          new IllegalArgumentException("not a sealed status list credential with an id"));
      return add(id, sealed);
    }

    /**
     * Holds a sealed list credential under a URL.
     *
     * @param url the URL entries name it by
     * @param sealed a JAdES or {@code vc+jwt} list credential
     * @return this builder
     */
    public Builder add(URI url, byte[] sealed) {
      lists.put(Objects.requireNonNull(url, "url"), new ResolvedStatusList(url, sealed, clock.instant()));
      return this;
    }

    /**
     * Builds the resolver.
     *
     * @return the resolver
     */
    public OfflineStatusListResolver build() {
      return new OfflineStatusListResolver(this);
    }
  }
}
