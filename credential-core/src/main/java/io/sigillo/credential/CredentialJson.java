package io.sigillo.credential;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.json.StrictJson;
import io.sigillo.json.StrictJsonException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Converts between {@link EdcCredential} and its JSON-LD document.
 *
 * <h2>Writing</h2>
 *
 * <p>{@link #toBytes(EdcCredential)} produces compact UTF-8 JSON with a fixed member order: the
 * exact bytes a seal signs. The document's {@code @context} is
 * {@code ["https://www.w3.org/ns/credentials/v2", "https://w3id.org/sigillo/edc/v1"]}.
 *
 * <h2>Reading</h2>
 *
 * <p>{@link #read(byte[])} parses strictly ({@link StrictJson}), applies the VC 2.0 data model
 * rules ({@link Vcdm2Rules}) and then the Sigillo EDC profile rules: the two contexts above, only
 * the properties of the profile (including embedded W3C Data Integrity {@code proof}s, read with
 * {@link io.sigillo.dataintegrity.DataIntegrityProof#read}), each with the expected shape, and a
 * validity window of at most three years. Every problem is reported, not only the first.
 *
 * <p>Stateless and thread-safe.
 */
public final class CredentialJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter COMPACT = MAPPER.writer();
  private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

  private CredentialJson() {}

  /**
   * The credential's JSON-LD document as a mutable tree (a fresh copy on each call).
   *
   * @param credential the credential
   * @return the document
   */
  public static ObjectNode toJson(EdcCredential credential) {
    return CredentialWriter.write(Objects.requireNonNull(credential, "credential"));
  }

  /**
   * The credential's JSON-LD document as compact UTF-8 bytes, in a fixed member order. The
   * document is written once per credential instance (a credential is immutable, so it cannot
   * change) and kept with it: later calls, for example sealing a credential whose document was
   * stored before, return a fresh copy of the same bytes.
   *
   * @param credential the credential
   * @return the bytes a seal signs (a new array on each call)
   */
  public static byte[] toBytes(EdcCredential credential) {
    Objects.requireNonNull(credential, "credential");
    byte[] bytes = credential.cachedDocument();
    if (bytes == null) {
      bytes = write(COMPACT, toJson(credential)).getBytes(StandardCharsets.UTF_8);
      credential.cacheDocument(bytes);
    }
    return bytes.clone();
  }

  /**
   * The credential's JSON-LD document, indented for people.
   *
   * @param credential the credential
   * @return the text
   */
  public static String toPrettyString(EdcCredential credential) {
    return write(PRETTY, toJson(credential));
  }

  /**
   * Writes any JSON tree compactly.
   *
   * @param node the tree
   * @return compact JSON text
   */
  public static String compact(JsonNode node) {
    return write(COMPACT, node);
  }

  /**
   * Writes any JSON tree indented.
   *
   * @param node the tree
   * @return indented JSON text
   */
  public static String pretty(JsonNode node) {
    return write(PRETTY, node);
  }

  /**
   * Parses and reads a credential document.
   *
   * @param utf8 the document
   * @return the credential
   * @throws CredentialFormatException listing every problem, including JSON syntax problems
   */
  public static EdcCredential read(byte[] utf8) throws CredentialFormatException {
    JsonNode doc;
    try {
      doc = StrictJson.standard().parse(utf8);
    } catch (StrictJsonException e) {
      throw new CredentialFormatException(List.of(
          new FormatProblem(FormatCode.MALFORMED_JSON, "$", e.code() + ": " + e.getMessage())));
    }
    return read(doc);
  }

  /**
   * Reads a parsed credential document: VC 2.0 rules, then the Sigillo EDC profile rules.
   *
   * @param doc the document
   * @return the credential
   * @throws CredentialFormatException listing every problem
   */
  public static EdcCredential read(JsonNode doc) throws CredentialFormatException {
    List<FormatProblem> problems = new ArrayList<>(Vcdm2Rules.check(doc));
    try {
      EdcCredential c = CredentialReader.read(doc);
      if (problems.isEmpty()) {
        return c;
      }
    } catch (CredentialFormatException e) {
      for (FormatProblem p : e.problems()) {
        if (!problems.contains(p)) {
          problems.add(p);
        }
      }
    }
    throw new CredentialFormatException(problems);
  }

  private static String write(ObjectWriter writer, JsonNode node) {
    try {
      return writer.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
