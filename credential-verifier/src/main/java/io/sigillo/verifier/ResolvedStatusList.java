package io.sigillo.verifier;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A status list credential as a resolver retrieved it. Immutable. A resolver that returns the
 * same instance again (from its cache) lets the verifier reuse what it verified and decoded.
 */
public final class ResolvedStatusList {
  private final URI url;
  private final byte[] content;
  private final Instant retrievedAt;

  /**
   * Creates a resolved list.
   *
   * @param url the URL it was requested for
   * @param content the sealed list credential's bytes
   * @param retrievedAt when it was retrieved
   */
  public ResolvedStatusList(URI url, byte[] content, Instant retrievedAt) {
    this.url = Objects.requireNonNull(url, "url");
    this.content = Objects.requireNonNull(content, "content").clone();
    this.retrievedAt = Objects.requireNonNull(retrievedAt, "retrievedAt");
  }

  /**
   * The URL it was requested for.
   *
   * @return the URL
   */
  public URI url() {
    return url;
  }

  /**
   * The bytes.
   *
   * @return a copy of the sealed list credential
   */
  public byte[] content() {
    return content.clone();
  }

  /**
   * The number of bytes.
   *
   * @return the length
   */
  public int length() {
    return content.length;
  }

  /**
   * Whether this holds the same bytes as another.
   *
   * @param other another resolved list
   * @return true if the bytes are equal
   */
  public boolean sameContent(ResolvedStatusList other) {
    return other == this || java.util.Arrays.equals(content, other.content);
  }

  /**
   * When it was retrieved.
   *
   * @return the instant
   */
  public Instant retrievedAt() {
    return retrievedAt;
  }

  @Override
  public String toString() {
    return "ResolvedStatusList[" + url + ", " + content.length + " bytes, " + retrievedAt + "]";
  }
}
