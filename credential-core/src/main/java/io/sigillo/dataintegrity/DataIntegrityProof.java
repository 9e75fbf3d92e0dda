package io.sigillo.dataintegrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.core.internal.Base58;
import io.sigillo.credential.CredentialFormatException;
import io.sigillo.credential.FormatCode;
import io.sigillo.credential.FormatProblem;
import io.sigillo.credential.Timestamps;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A W3C Data Integrity proof ({@code "type": "DataIntegrityProof"}), as embedded in a secured
 * document's {@code proof}. Immutable.
 *
 * <p>The proof keeps its JSON exactly as read: the proof configuration that was signed is that
 * JSON minus {@code proofValue}, so re-serializing typed fields would risk hashing something else.
 * {@link #read(JsonNode, String)} accepts only the members the Data Integrity specification
 * defines ({@code @context}, {@code id}, {@code type}, {@code cryptosuite}, {@code created},
 * {@code expires}, {@code verificationMethod}, {@code proofPurpose}, {@code proofValue},
 * {@code domain}, {@code challenge}, {@code nonce}, {@code previousProof}), each with its
 * expected shape.
 *
 * <p>{@link #newBuilder()} makes the proof options of a new proof; the issuer signs their hash data
 * and adds the value with {@link #withProofValue(byte[])}.
 */
public final class DataIntegrityProof {
  /** The proof type. */
  public static final String TYPE = "DataIntegrityProof";
  /** The proof purpose of a credential issuer's proof. */
  public static final String ASSERTION_METHOD = "assertionMethod";

  private static final Set<String> MEMBERS = Set.of("@context", "id", "type", "cryptosuite", "created",
      "expires", "verificationMethod", "proofPurpose", "proofValue", "domain", "challenge", "nonce",
      "previousProof");
  private static final int MAX_PROOF_VALUE = 512;

  private final ObjectNode json;

  private DataIntegrityProof(ObjectNode json) {
    this.json = json;
  }

  /**
   * Reads a proof and checks its shape.
   *
   * @param node the proof object
   * @param path where it is in its document, for problem reports (for example {@code $.proof})
   * @return the proof
   * @throws CredentialFormatException listing every problem, with paths below {@code path}
   */
  public static DataIntegrityProof read(JsonNode node, String path) throws CredentialFormatException {
    Objects.requireNonNull(path, "path");
    List<FormatProblem> problems = new ArrayList<>();
    if (node == null || !node.isObject()) {
      // worded as Vcdm2Rules words it, so that a credential reader reports it once
      throw new CredentialFormatException(List.of(problem(path, "proof must be an object")));
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!MEMBERS.contains(name)) {
        problems.add(new FormatProblem(FormatCode.PROOF_INVALID, path + "." + name,
            "'" + abbreviate(name) + "' is not a Data Integrity proof property"));
      }
    }
    String type = node.has("type") ? text(node, "type", path, true, problems) : null;
    if (!node.has("type")) {
      problems.add(problem(path + ".type", "proof must have a type"));
    } else if (type != null && !type.equals(TYPE)) {
      problems.add(problem(path + ".type", "proof type must be " + TYPE + ", not '" + abbreviate(type) + "'"));
    }
    text(node, "cryptosuite", path, true, problems);
    String vm = text(node, "verificationMethod", path, true, problems);
    if (vm != null && !isAbsoluteUri(vm)) {
      problems.add(problem(path + ".verificationMethod", "verificationMethod must be an absolute URL"));
    }
    text(node, "proofPurpose", path, true, problems);
    String value = text(node, "proofValue", path, true, problems);
    if (value != null && decodeProofValue(value) == null) {
      problems.add(problem(path + ".proofValue", "proofValue must be base58btc Multibase ('z...') of at most "
          + MAX_PROOF_VALUE + " characters"));
    }
    for (String date : List.of("created", "expires")) {
      String d = text(node, date, path, false, problems);
      if (d != null && !isDateTimeStamp(d)) {
        problems.add(problem(path + "." + date, date + " must be an XML Schema dateTimeStamp"));
      }
    }
    String id = text(node, "id", path, false, problems);
    if (id != null && !isAbsoluteUri(id)) {
      problems.add(problem(path + ".id", "proof.id must be a single URL"));
    }
    for (String s : List.of("challenge", "nonce")) {
      text(node, s, path, false, problems);
    }
    for (String s : List.of("domain", "previousProof")) {
      JsonNode v = node.get(s);
      if (v != null && !v.isTextual() && !(v.isArray() && !v.isEmpty() && allText(v))) {
        problems.add(problem(path + "." + s, s + " must be a string or a non-empty array of strings"));
      }
    }
    if (!problems.isEmpty()) {
      throw new CredentialFormatException(problems);
    }
    return new DataIntegrityProof(((ObjectNode) node).deepCopy());
  }

  /**
   * Starts the proof options of a new proof, of type {@code DataIntegrityProof} with proof purpose
   * {@code assertionMethod}.
   *
   * @return a builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * The proof with a signature added: {@code proofValue} is {@code z} + base58btc(signature).
   *
   * @param signature the raw signature
   * @return a new proof
   * @throws IllegalStateException if this proof already has a value
   */
  public DataIntegrityProof withProofValue(byte[] signature) {
    if (json.has("proofValue")) {
      throw new IllegalStateException("the proof already has a proofValue");
    }
    ObjectNode copy = json.deepCopy();
    copy.put("proofValue", "z" + Base58.encode(signature));
    return new DataIntegrityProof(copy);
  }

  /**
   * The {@code cryptosuite} value as written.
   *
   * @return for example {@code ecdsa-rdfc-2019}
   */
  public String cryptosuiteId() {
    return json.path("cryptosuite").asText();
  }

  /**
   * The cryptosuite, if Sigillo implements it.
   *
   * @return the cryptosuite
   */
  public Optional<Cryptosuite> cryptosuite() {
    return Cryptosuite.parse(cryptosuiteId());
  }

  /**
   * The verification method URL.
   *
   * @return for example {@code did:key:zDn...#zDn...}
   */
  public String verificationMethod() {
    return json.path("verificationMethod").asText();
  }

  /**
   * The proof purpose.
   *
   * @return for example {@code assertionMethod}
   */
  public String proofPurpose() {
    return json.path("proofPurpose").asText();
  }

  /**
   * When the proof was created.
   *
   * @return the instant, if stated
   */
  public Optional<Instant> created() {
    return date("created");
  }

  /**
   * When the proof expires.
   *
   * @return the instant, if stated
   */
  public Optional<Instant> expires() {
    return date("expires");
  }

  /**
   * The {@code proofValue} text.
   *
   * @return the Multibase value, empty for proof options not yet signed
   */
  public Optional<String> proofValue() {
    return json.has("proofValue") ? Optional.of(json.get("proofValue").asText()) : Optional.empty();
  }

  /**
   * The signature carried by {@code proofValue}.
   *
   * @return the raw signature bytes, empty if there is no value
   */
  public Optional<byte[]> signature() {
    return proofValue().map(DataIntegrityProof::decodeProofValue);
  }

  /**
   * The proof configuration that is hashed: this proof without {@code proofValue}, with the
   * secured document's {@code @context}.
   *
   * @param documentContext the document's {@code @context}, or null
   * @return a fresh JSON tree
   */
  public ObjectNode configuration(JsonNode documentContext) {
    ObjectNode config = JsonNodeFactory.instance.objectNode();
    if (documentContext != null) {
      config.set("@context", documentContext.deepCopy());
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getKey().equals("proofValue") && !e.getKey().equals("@context")) {
        config.set(e.getKey(), e.getValue().deepCopy());
      }
    }
    return config;
  }

  /**
   * The proof's JSON.
   *
   * @return a fresh copy
   */
  public ObjectNode toJson() {
    return json.deepCopy();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DataIntegrityProof && ((DataIntegrityProof) o).json.equals(json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return "DataIntegrityProof[" + cryptosuiteId() + ", " + verificationMethod() + "]";
  }

  private Optional<Instant> date(String name) {
    JsonNode v = json.get(name);
    return v == null ? Optional.empty() : Optional.of(Timestamps.parse(v.asText()));
  }

  static byte[] decodeProofValue(String value) {
    if (value.length() < 2 || value.length() > MAX_PROOF_VALUE || value.charAt(0) != 'z') {
      return null;
    }
    try {
      return Base58.decode(value.substring(1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isDateTimeStamp(String s) {
    try {
      Timestamps.parse(s);
      return s.endsWith("Z") || s.matches(".*[+-]\\d{2}:\\d{2}$");
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String text(JsonNode node, String name, String path, boolean required, List<FormatProblem> problems) {
    JsonNode v = node.get(name);
    if (v == null) {
      if (required) {
        problems.add(new FormatProblem(FormatCode.PROOF_INVALID, path + "." + name,
            "required proof property '" + name + "' is missing"));
      }
      return null;
    }
    if (!v.isTextual() || v.asText().isEmpty()) {
      problems.add(problem(path + "." + name, name + " must be a non-empty string"));
      return null;
    }
    return v.asText();
  }

  private static boolean allText(JsonNode array) {
    for (JsonNode e : array) {
      if (!e.isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAbsoluteUri(String s) {
    try {
      return new URI(s).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static FormatProblem problem(String path, String message) {
    return new FormatProblem(FormatCode.PROOF_INVALID, path, message);
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "..." : s;
  }

  /** Builds the options of a new proof. */
  public static final class Builder {
    private Cryptosuite cryptosuite;
    private Instant created;
    private String verificationMethod;
    private String proofPurpose = ASSERTION_METHOD;

    private Builder() {}

    /**
     * Sets the cryptosuite.
     *
     * @param cryptosuite the cryptosuite
     * @return this builder
     */
    public Builder cryptosuite(Cryptosuite cryptosuite) {
      this.cryptosuite = Objects.requireNonNull(cryptosuite, "cryptosuite");
      return this;
    }

    /**
     * Sets the creation time; written in whole seconds, UTC.
     *
     * @param created the instant
     * @return this builder
     */
    public Builder created(Instant created) {
      this.created = Objects.requireNonNull(created, "created");
      return this;
    }

    /**
     * Sets the verification method.
     *
     * @param url an absolute URL, for example from {@link DidKey#verificationMethod}
     * @return this builder
     */
    public Builder verificationMethod(String url) {
      this.verificationMethod = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * Sets the proof purpose; {@code assertionMethod} by default.
     *
     * @param purpose the purpose
     * @return this builder
     */
    public Builder proofPurpose(String purpose) {
      this.proofPurpose = Objects.requireNonNull(purpose, "purpose");
      return this;
    }

    /**
     * Builds the proof options (no {@code proofValue} yet), members in the order of the W3C test
     * vectors.
     *
     * @return the unsigned proof
     * @throws IllegalStateException if the cryptosuite or verification method is missing
     * @throws IllegalArgumentException if the verification method is not an absolute URL
     */
    public DataIntegrityProof build() {
      if (cryptosuite == null || verificationMethod == null) {
        throw new IllegalStateException("a proof needs a cryptosuite and a verification method");
      }
      if (!isAbsoluteUri(verificationMethod)) {
        throw new IllegalArgumentException("verificationMethod must be an absolute URL: " + verificationMethod);
      }
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      o.put("type", TYPE);
      o.put("cryptosuite", cryptosuite.id());
      if (created != null) {
        o.put("created", Timestamps.format(created));
      }
      o.put("verificationMethod", verificationMethod);
      o.put("proofPurpose", proofPurpose);
      return new DataIntegrityProof(o);
    }
  }
}
