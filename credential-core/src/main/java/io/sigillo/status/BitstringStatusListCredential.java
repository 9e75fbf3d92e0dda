package io.sigillo.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.CredentialFormatException;
import io.sigillo.credential.CredentialJson;
import io.sigillo.credential.FormatCode;
import io.sigillo.credential.FormatProblem;
import io.sigillo.credential.Timestamps;
import io.sigillo.credential.Vcdm2Rules;
import io.sigillo.credential.Vocabulary;
import io.sigillo.json.StrictJson;
import io.sigillo.json.StrictJsonException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code BitstringStatusListCredential}: the VC 2.0 credential an issuer publishes at a status
 * list's URL, whose subject carries the {@code encodedList}.
 *
 * <pre>{@code
 * {"@context": ["https://www.w3.org/ns/credentials/v2"],
 *  "id": "https://issuer.example/status/r1",
 *  "type": ["VerifiableCredential", "BitstringStatusListCredential"],
 *  "issuer": "https://issuer.example/id",
 *  "validFrom": "2026-12-01T09:00:00Z", "validUntil": "2026-12-02T09:00:00Z",
 *  "credentialSubject": {"id": "https://issuer.example/status/r1#list", "type": "BitstringStatusList",
 *    "statusPurpose": "revocation", "encodedList": "uH4sI...", "ttl": 300000}}
 * }</pre>
 *
 * <p>Only the VC 2.0 base context is used: it defines every term above. {@link #read(byte[])}
 * applies the VC 2.0 rules ({@link Vcdm2Rules}) and then this shape strictly (no other members);
 * the {@code encodedList} is decoded only on demand by {@link #list(int, BitstringStatusList.DecodeLimits)}.
 *
 * <p>Immutable; build with {@link #newBuilder()}.
 */
public final class BitstringStatusListCredential {
  /** The credential type. */
  public static final String TYPE = "BitstringStatusListCredential";
  /** The subject type. */
  public static final String SUBJECT_TYPE = "BitstringStatusList";
  /** The media type a publisher serves the unsecured document with. */
  public static final String MEDIA_TYPE = "application/vc";

  private final URI id;
  private final URI issuer;
  private final Instant validFrom;
  private final Instant validUntil;
  private final URI subjectId;
  private final List<StatusPurpose> purposes;
  private final String encodedList;
  private final Duration ttl;

  private BitstringStatusListCredential(Builder b) {
    this.id = requireAbsolute(b.id, "id");
    this.issuer = requireAbsolute(b.issuer, "issuer");
    this.validFrom = b.validFrom == null ? null : Timestamps.truncate(b.validFrom);
    this.validUntil = b.validUntil == null ? null : Timestamps.truncate(b.validUntil);
    if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
      throw new IllegalArgumentException("validUntil precedes validFrom");
    }
    this.subjectId = b.subjectId == null ? URI.create(id + "#list") : requireAbsolute(b.subjectId, "subject id");
    this.purposes = List.copyOf(new LinkedHashSet<>(b.purposes));
    if (purposes.isEmpty()) {
      throw new IllegalArgumentException("a status list has at least one statusPurpose");
    }
    this.encodedList = Objects.requireNonNull(b.encodedList, "encodedList");
    if (!encodedList.startsWith("u") || encodedList.length() < 2) {
      throw new IllegalArgumentException("encodedList must be multibase base64url (prefix 'u')");
    }
    if (b.ttl != null && (b.ttl.isNegative() || b.ttl.isZero())) {
      throw new IllegalArgumentException("ttl must be positive");
    }
    this.ttl = b.ttl;
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
   * The list's URL (the value of {@code statusListCredential} in entries).
   *
   * @return {@code id}
   */
  public URI id() {
    return id;
  }

  /**
   * The issuer's identifier.
   *
   * @return {@code issuer} (or {@code issuer.id})
   */
  public URI issuer() {
    return issuer;
  }

  /**
   * Start of validity.
   *
   * @return {@code validFrom}, if present
   */
  public Optional<Instant> validFrom() {
    return Optional.ofNullable(validFrom);
  }

  /**
   * End of validity.
   *
   * @return {@code validUntil}, if present
   */
  public Optional<Instant> validUntil() {
    return Optional.ofNullable(validUntil);
  }

  /**
   * The subject's identifier.
   *
   * @return {@code credentialSubject.id}
   */
  public URI subjectId() {
    return subjectId;
  }

  /**
   * The purposes the list serves.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<StatusPurpose> purposes() {
    return purposes;
  }

  /**
   * The encoded bitstring.
   *
   * @return {@code credentialSubject.encodedList}
   */
  public String encodedList() {
    return encodedList;
  }

  /**
   * How long a verifier may use the list before refreshing it.
   *
   * @return {@code credentialSubject.ttl}, if present
   */
  public Optional<Duration> ttl() {
    return Optional.ofNullable(ttl);
  }

  /**
   * Decodes the list.
   *
   * @param statusSize the status size of the entry being checked
   * @param limits decoding bounds
   * @return the list
   * @throws StatusListException with the W3C error code if the list is malformed or of the wrong
   *     length
   */
  public BitstringStatusList list(int statusSize, BitstringStatusList.DecodeLimits limits) throws StatusListException {
    return BitstringStatusList.decode(encodedList, statusSize, limits);
  }

  /**
   * The document, in a fixed member order.
   *
   * @return a fresh tree
   */
  public ObjectNode toJson() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode o = f.objectNode();
    o.putArray("@context").add(Vocabulary.CREDENTIALS_V2_CONTEXT);
    o.put("id", id.toString());
    o.putArray("type").add(Vocabulary.VERIFIABLE_CREDENTIAL).add(TYPE);
    o.put("issuer", issuer.toString());
    if (validFrom != null) {
      o.put("validFrom", Timestamps.format(validFrom));
    }
    if (validUntil != null) {
      o.put("validUntil", Timestamps.format(validUntil));
    }
    ObjectNode s = o.putObject("credentialSubject");
    s.put("id", subjectId.toString());
    s.put("type", SUBJECT_TYPE);
    if (purposes.size() == 1) {
      s.put("statusPurpose", purposes.get(0).value());
    } else {
      ArrayNode a = s.putArray("statusPurpose");
      purposes.forEach(p -> a.add(p.value()));
    }
    s.put("encodedList", encodedList);
    if (ttl != null) {
      s.put("ttl", ttl.toMillis());
    }
    return o;
  }

  /**
   * The document as compact UTF-8 JSON: the bytes a seal signs.
   *
   * @return the bytes
   */
  public byte[] toBytes() {
    return CredentialJson.compact(toJson()).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Parses and reads a status list credential document.
   *
   * @param utf8 the document
   * @return the credential
   * @throws CredentialFormatException listing every problem
   */
  public static BitstringStatusListCredential read(byte[] utf8) throws CredentialFormatException {
    try {
      return read(StrictJson.standard().parse(utf8));
    } catch (StrictJsonException e) {
      throw new CredentialFormatException(List.of(
          new FormatProblem(FormatCode.MALFORMED_JSON, "$", e.code() + ": " + e.getMessage())));
    }
  }

  /**
   * Reads a parsed status list credential document: VC 2.0 rules, then this type's shape.
   *
   * @param doc the document
   * @return the credential
   * @throws CredentialFormatException listing every problem
   */
  public static BitstringStatusListCredential read(JsonNode doc) throws CredentialFormatException {
    return ListCredentialReader.read(doc);
  }

  private static URI requireAbsolute(URI u, String what) {
    Objects.requireNonNull(u, what);
    if (!u.isAbsolute()) {
      throw new IllegalArgumentException(what + " must be an absolute URL: " + u);
    }
    return u;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BitstringStatusListCredential)) {
      return false;
    }
    BitstringStatusListCredential c = (BitstringStatusListCredential) o;
    return id.equals(c.id) && issuer.equals(c.issuer) && Objects.equals(validFrom, c.validFrom)
        && Objects.equals(validUntil, c.validUntil) && subjectId.equals(c.subjectId)
        && purposes.equals(c.purposes) && encodedList.equals(c.encodedList) && Objects.equals(ttl, c.ttl);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, issuer, validFrom, validUntil, subjectId, purposes, encodedList, ttl);
  }

  @Override
  public String toString() {
    return "BitstringStatusListCredential[" + id + ", " + purposes + ", issuer " + issuer + "]";
  }

  /** Builds a {@link BitstringStatusListCredential}; id, issuer, purpose and list are required. */
  public static final class Builder {
    private URI id;
    private URI issuer;
    private Instant validFrom;
    private Instant validUntil;
    private URI subjectId;
    private List<StatusPurpose> purposes = List.of();
    private String encodedList;
    private Duration ttl;

    private Builder() {}

    /**
     * Sets the list's URL.
     *
     * @param id an absolute URL
     * @return this builder
     */
    public Builder id(URI id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the issuer.
     *
     * @param issuer the issuer's identifier URL
     * @return this builder
     */
    public Builder issuer(URI issuer) {
      this.issuer = issuer;
      return this;
    }

    /**
     * Sets the start of validity.
     *
     * @param validFrom the instant, or null
     * @return this builder
     */
    public Builder validFrom(Instant validFrom) {
      this.validFrom = validFrom;
      return this;
    }

    /**
     * Sets the end of validity.
     *
     * @param validUntil the instant, or null
     * @return this builder
     */
    public Builder validUntil(Instant validUntil) {
      this.validUntil = validUntil;
      return this;
    }

    /**
     * Sets the subject's identifier; {@code <id>#list} by default.
     *
     * @param subjectId an absolute URL
     * @return this builder
     */
    public Builder subjectId(URI subjectId) {
      this.subjectId = subjectId;
      return this;
    }

    /**
     * Sets one purpose.
     *
     * @param purpose the purpose
     * @return this builder
     */
    public Builder purpose(StatusPurpose purpose) {
      return purposes(List.of(purpose));
    }

    /**
     * Sets the purposes.
     *
     * @param purposes one or more
     * @return this builder
     */
    public Builder purposes(List<StatusPurpose> purposes) {
      this.purposes = Objects.requireNonNull(purposes, "purposes");
      return this;
    }

    /**
     * Sets the encoded bitstring.
     *
     * @param encodedList from {@link BitstringStatusList#encode()}
     * @return this builder
     */
    public Builder encodedList(String encodedList) {
      this.encodedList = encodedList;
      return this;
    }

    /**
     * Sets the list.
     *
     * @param list the list, encoded now
     * @return this builder
     */
    public Builder list(BitstringStatusList list) {
      return encodedList(list.encode());
    }

    /**
     * Sets the time to live.
     *
     * @param ttl a positive duration, written in milliseconds; or null
     * @return this builder
     */
    public Builder ttl(Duration ttl) {
      this.ttl = ttl;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return the credential
     * @throws IllegalArgumentException if a rule is broken
     * @throws NullPointerException if a required value is missing
     */
    public BitstringStatusListCredential build() {
      return new BitstringStatusListCredential(this);
    }
  }
}
