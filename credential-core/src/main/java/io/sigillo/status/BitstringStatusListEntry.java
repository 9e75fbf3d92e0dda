package io.sigillo.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.CredentialFormatException;
import io.sigillo.credential.FormatCode;
import io.sigillo.credential.FormatProblem;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One {@code credentialStatus} entry of type {@code BitstringStatusListEntry}: which list, which
 * index, for which purpose.
 *
 * <pre>{@code
 * {"id": "https://issuer.example/status/r1#94567", "type": "BitstringStatusListEntry",
 *  "statusPurpose": "revocation", "statusListIndex": "94567",
 *  "statusListCredential": "https://issuer.example/status/r1"}
 * }</pre>
 *
 * <p>Rules enforced (W3C Bitstring Status List v1.0): {@code statusListIndex} is a base-10 string
 * of a non-negative integer; {@code id}, if present, is not the list's URL; {@code statusSize} is
 * 1 to {@link BitstringStatusList#MAX_STATUS_SIZE}; when it is above 1, {@code statusMessage} lists
 * exactly one message for each of the {@code 2^statusSize} values.
 *
 * <p>Immutable; build with {@link #newBuilder()}.
 */
public final class BitstringStatusListEntry {
  /** The {@code type} of the entry. */
  public static final String TYPE = "BitstringStatusListEntry";

  private static final Pattern INDEX = Pattern.compile("0|[1-9][0-9]{0,9}");
  private static final Set<String> MEMBERS = Set.of("id", "type", "statusPurpose", "statusListIndex",
      "statusListCredential", "statusSize", "statusMessage");
  private static final long MAX_BIT = (long) Integer.MAX_VALUE * 8;

  private final URI id;
  private final StatusPurpose purpose;
  private final long index;
  private final URI listCredential;
  private final int statusSize;
  private final List<StatusMessage> messages;
  private final String reference;

  private BitstringStatusListEntry(Builder b) {
    this.purpose = Objects.requireNonNull(b.purpose, "statusPurpose");
    this.listCredential = Objects.requireNonNull(b.listCredential, "statusListCredential");
    if (!listCredential.isAbsolute()) {
      throw new IllegalArgumentException("statusListCredential must be an absolute URL: " + listCredential);
    }
    this.id = b.id;
    if (id != null && (!id.isAbsolute() || id.equals(listCredential))) {
      throw new IllegalArgumentException("the entry id must be an absolute URL other than the list's: " + id);
    }
    if (b.index < 0) {
      throw new IllegalArgumentException("statusListIndex must not be negative: " + b.index);
    }
    this.index = b.index;
    if (b.statusSize < 1 || b.statusSize > BitstringStatusList.MAX_STATUS_SIZE) {
      throw new IllegalArgumentException("statusSize must be between 1 and " + BitstringStatusList.MAX_STATUS_SIZE);
    }
    if ((index + 1) * b.statusSize > MAX_BIT) {
      throw new IllegalArgumentException("statusListIndex is too large: " + index);
    }
    this.statusSize = b.statusSize;
    this.messages = List.copyOf(b.messages);
    if (statusSize > 1 && messages.isEmpty()) {
      throw new IllegalArgumentException("statusMessage is required when statusSize is above 1");
    }
    if (!messages.isEmpty()) {
      int n = 1 << statusSize;
      BitSet seen = new BitSet(n);
      for (StatusMessage m : messages) {
        if (m.status() >= n || seen.get(m.status())) {
          throw new IllegalArgumentException("statusMessage must give each of the " + n
              + " status values exactly once; bad or repeated value " + m.statusHex());
        }
        seen.set(m.status());
      }
      if (seen.cardinality() != n) {
        throw new IllegalArgumentException("statusMessage must give each of the " + n + " status values");
      }
    }
    this.reference = listCredential + "#" + index;
  }

  /**
   * Starts a builder (status size 1, no messages).
   *
   * @return a builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * The entry's own identifier.
   *
   * @return the id, if any
   */
  public Optional<URI> id() {
    return Optional.ofNullable(id);
  }

  /**
   * The purpose.
   *
   * @return {@code statusPurpose}
   */
  public StatusPurpose purpose() {
    return purpose;
  }

  /**
   * The index in the list.
   *
   * @return {@code statusListIndex}
   */
  public long index() {
    return index;
  }

  /**
   * The URL of the status list credential.
   *
   * @return {@code statusListCredential}
   */
  public URI listCredential() {
    return listCredential;
  }

  /**
   * The list URL and index, for reports.
   *
   * @return {@code <statusListCredential>#<statusListIndex>}
   */
  public String reference() {
    return reference;
  }

  /**
   * Bits per entry.
   *
   * @return {@code statusSize}, 1 by default
   */
  public int statusSize() {
    return statusSize;
  }

  /**
   * What each status value means.
   *
   * @return an unmodifiable list; empty when not given
   */
  public List<StatusMessage> messages() {
    return messages;
  }

  /**
   * The message for a status value.
   *
   * @param status the value read from the list
   * @return the message, if the entry gives messages
   */
  public Optional<String> messageFor(int status) {
    return messages.stream().filter(m -> m.status() == status).map(StatusMessage::message).findFirst();
  }

  /**
   * The entry as JSON, in a fixed member order.
   *
   * @return a fresh tree
   */
  public ObjectNode toJson() {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    if (id != null) {
      n.put("id", id.toString());
    }
    n.put("type", TYPE);
    n.put("statusPurpose", purpose.value());
    n.put("statusListIndex", Long.toString(index));
    n.put("statusListCredential", listCredential.toString());
    if (statusSize != 1) {
      n.put("statusSize", statusSize);
    }
    if (!messages.isEmpty()) {
      ArrayNode a = n.putArray("statusMessage");
      for (StatusMessage m : messages) {
        a.addObject().put("status", m.statusHex()).put("message", m.message());
      }
    }
    return n;
  }

  /**
   * Reads an entry strictly: the members above only, each with its specified shape.
   *
   * @param node the entry object
   * @param path where it is in the document, for example {@code $.credentialStatus[0]}
   * @return the entry
   * @throws CredentialFormatException listing every problem, each with code
   *     {@link FormatCode#STATUS_INVALID}
   */
  public static BitstringStatusListEntry fromJson(JsonNode node, String path) throws CredentialFormatException {
    List<FormatProblem> problems = new ArrayList<>();
    if (node == null || !node.isObject()) {
      throw new CredentialFormatException(List.of(problem(path, "a credentialStatus entry must be an object")));
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!MEMBERS.contains(f)) {
        problems.add(new FormatProblem(FormatCode.PROPERTY_UNKNOWN, path + "." + f,
            "property '" + abbreviate(f) + "' is not part of a BitstringStatusListEntry"));
      }
    }
    Builder b = newBuilder();
    JsonNode type = node.get("type");
    boolean typeOk = type != null && (type.isTextual() && TYPE.equals(type.asText())
        || type.isArray() && type.size() == 1 && TYPE.equals(type.get(0).asText(null)));
    if (!typeOk) {
      problems.add(problem(path + ".type", "type must be '" + TYPE + "'"));
    }
    if (node.has("id")) {
      b.id(uri(node.get("id"), path + ".id", problems));
    }
    JsonNode purpose = node.get("statusPurpose");
    if (purpose == null || !purpose.isTextual()) {
      problems.add(problem(path + ".statusPurpose", "statusPurpose must be a string"));
    } else {
      Optional<StatusPurpose> p = StatusPurpose.fromValue(purpose.asText());
      if (p.isEmpty()) {
        problems.add(problem(path + ".statusPurpose", "unknown statusPurpose '" + abbreviate(purpose.asText()) + "'"));
      } else {
        b.purpose(p.get());
      }
    }
    JsonNode index = node.get("statusListIndex");
    if (index == null || !index.isTextual() || !INDEX.matcher(index.asText()).matches()) {
      problems.add(problem(path + ".statusListIndex",
          "statusListIndex must be a base-10 string of a non-negative integer, such as \"94567\""));
    } else {
      b.index(Long.parseLong(index.asText()));
    }
    JsonNode list = node.get("statusListCredential");
    if (list == null) {
      problems.add(problem(path + ".statusListCredential", "statusListCredential is missing"));
    } else {
      b.listCredential(uri(list, path + ".statusListCredential", problems));
    }
    JsonNode size = node.get("statusSize");
    if (size != null) {
      if (!size.isIntegralNumber() || !size.canConvertToInt() || size.asInt() < 1
          || size.asInt() > BitstringStatusList.MAX_STATUS_SIZE) {
        problems.add(problem(path + ".statusSize",
            "statusSize must be an integer from 1 to " + BitstringStatusList.MAX_STATUS_SIZE));
      } else {
        b.statusSize(size.asInt());
      }
    }
    JsonNode messages = node.get("statusMessage");
    if (messages != null) {
      b.messages(messages(messages, path + ".statusMessage", problems));
    }
    if (!problems.isEmpty()) {
      throw new CredentialFormatException(problems);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new CredentialFormatException(List.of(problem(path, String.valueOf(e.getMessage()))));
    }
  }

  private static List<StatusMessage> messages(JsonNode a, String at, List<FormatProblem> problems) {
    List<StatusMessage> out = new ArrayList<>();
    if (!a.isArray() || a.isEmpty()) {
      problems.add(problem(at, "statusMessage must be a non-empty array"));
      return out;
    }
    for (int i = 0; i < a.size(); i++) {
      JsonNode m = a.get(i);
      String p = at + "[" + i + "]";
      if (!m.isObject() || m.size() != 2 || !m.path("status").isTextual() || !m.path("message").isTextual()) {
        problems.add(problem(p, "a status message is an object with exactly 'status' and 'message' strings"));
        continue;
      }
      try {
        out.add(new StatusMessage(StatusMessage.parseStatus(m.get("status").asText()), m.get("message").asText()));
      } catch (IllegalArgumentException e) {
        problems.add(problem(p, e.getMessage()));
      }
    }
    return out;
  }

  private static URI uri(JsonNode v, String at, List<FormatProblem> problems) {
    if (!v.isTextual()) {
      problems.add(problem(at, "must be a URL string"));
      return null;
    }
    try {
      URI u = new URI(v.asText());
      if (!u.isAbsolute()) {
        problems.add(problem(at, "not an absolute URL: " + abbreviate(v.asText())));
        return null;
      }
      return u;
    } catch (URISyntaxException e) {
      problems.add(problem(at, "not a URL: " + abbreviate(v.asText())));
      return null;
    }
  }

  private static FormatProblem problem(String at, String message) {
    return new FormatProblem(FormatCode.STATUS_INVALID, at, message);
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BitstringStatusListEntry)) {
      return false;
    }
    BitstringStatusListEntry e = (BitstringStatusListEntry) o;
    return Objects.equals(id, e.id) && purpose == e.purpose && index == e.index
        && listCredential.equals(e.listCredential) && statusSize == e.statusSize && messages.equals(e.messages);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, purpose, index, listCredential, statusSize, messages);
  }

  @Override
  public String toString() {
    return "BitstringStatusListEntry[" + purpose + " " + listCredential + " #" + index
        + (statusSize == 1 ? "" : " size " + statusSize) + "]";
  }

  /** Builds a {@link BitstringStatusListEntry}; purpose, index and list URL are required. */
  public static final class Builder {
    private URI id;
    private StatusPurpose purpose;
    private long index = -1;
    private URI listCredential;
    private int statusSize = 1;
    private List<StatusMessage> messages = List.of();

    private Builder() {}

    /**
     * Sets the entry's own identifier (optional).
     *
     * @param id an absolute URL other than the list's, for example {@code <list>#<index>}
     * @return this builder
     */
    public Builder id(URI id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the purpose.
     *
     * @param purpose the purpose
     * @return this builder
     */
    public Builder purpose(StatusPurpose purpose) {
      this.purpose = purpose;
      return this;
    }

    /**
     * Sets the index.
     *
     * @param index 0 or more
     * @return this builder
     */
    public Builder index(long index) {
      this.index = index;
      return this;
    }

    /**
     * Sets the list credential's URL.
     *
     * @param url an absolute URL
     * @return this builder
     */
    public Builder listCredential(URI url) {
      this.listCredential = url;
      return this;
    }

    /**
     * Sets the status size.
     *
     * @param statusSize bits per entry, 1 by default
     * @return this builder
     */
    public Builder statusSize(int statusSize) {
      this.statusSize = statusSize;
      return this;
    }

    /**
     * Sets the status messages; required when the status size is above 1.
     *
     * @param messages one per status value
     * @return this builder
     */
    public Builder messages(List<StatusMessage> messages) {
      this.messages = Objects.requireNonNull(messages, "messages");
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return the entry
     * @throws IllegalArgumentException if a rule is broken
     * @throws NullPointerException if the purpose or list URL is missing
     */
    public BitstringStatusListEntry build() {
      return new BitstringStatusListEntry(this);
    }
  }
}
