package io.sigillo.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.LanguageMap;
import io.sigillo.json.JsonLimits;
import io.sigillo.json.StrictJson;
import io.sigillo.json.StrictJsonException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small input JSON object ({@code holder.json}, {@code issuer.json}) read strictly: UTF-8, no
 * duplicate members, no trailing data, no unknown members, typed accessors. Every problem becomes
 * a {@link CliException} naming the file and the member.
 */
final class JsonInput {
  /** Input files of the CLI are small; 64 KiB is generous. */
  static final JsonLimits LIMITS = JsonLimits.DEFAULT.withMaxBytes(64 * 1024).withMaxDepth(8);

  private final String file;
  private final String prefix;
  private final ObjectNode node;

  private JsonInput(String file, String prefix, ObjectNode node) {
    this.file = file;
    this.prefix = prefix;
    this.node = node;
  }

  /**
   * Reads a file holding one JSON object whose members are all in {@code allowed}.
   *
   * @param path the file
   * @param allowed the member names the object may have
   * @return the object
   * @throws CliException if the file is unreadable, not strict JSON, not an object or has an
   *     unknown member
   */
  static JsonInput read(Path path, List<String> allowed) throws CliException {
    String name = path.toString();
    byte[] bytes = Inputs.readBounded(path, LIMITS.maxBytes(), "cannot read " + name);
    ObjectNode node;
    try {
      node = StrictJson.withLimits(LIMITS).parseObject(bytes);
    } catch (StrictJsonException e) {
      throw CliException.usage("cannot read " + name + ": " + e.code() + " " + e.getMessage());
    }
    JsonInput in = new JsonInput(name, "", node);
    in.onlyMembers(node, allowed);
    return in;
  }

  private void onlyMembers(JsonNode object, List<String> allowed) throws CliException {
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      String m = it.next();
      if (!allowed.contains(m)) {
        throw invalid(m, "unknown member (allowed: " + String.join(", ", allowed) + ")");
      }
    }
  }

  CliException invalid(String member, String reason) {
    return CliException.usage("invalid " + file + ": '" + prefix + member + "': " + reason);
  }

  boolean has(String member) {
    return node.has(member) && !node.get(member).isNull();
  }

  String text(String member, boolean required) throws CliException {
    JsonNode v = node.get(member);
    if (v == null || v.isNull()) {
      if (required) {
        throw invalid(member, "missing");
      }
      return null;
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      throw invalid(member, "must be a non-empty string");
    }
    return v.asText();
  }

  URI uri(String member, boolean required) throws CliException {
    String s = text(member, required);
    if (s == null) {
      return null;
    }
    try {
      URI u = new URI(s);
      if (!u.isAbsolute()) {
        throw invalid(member, "must be an absolute URI such as urn:uuid:... or https://...");
      }
      return u;
    } catch (URISyntaxException e) {
      throw invalid(member, "not a URI: " + e.getReason());
    }
  }

  LocalDate date(String member) throws CliException {
    String s = text(member, false);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw invalid(member, "must be a date YYYY-MM-DD");
    }
  }

  /** A string (stored under {@code en}) or an object of language tag to text. */
  LanguageMap languageMap(String member, boolean required) throws CliException {
    JsonNode v = node.get(member);
    if (v == null || v.isNull()) {
      if (required) {
        throw invalid(member, "missing");
      }
      return null;
    }
    try {
      if (v.isTextual()) {
        return LanguageMap.of("en", v.asText());
      }
      if (v.isObject()) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : v.properties()) {
          if (!e.getValue().isTextual()) {
            throw invalid(member + "." + e.getKey(), "must be a string");
          }
          m.put(e.getKey(), e.getValue().asText());
        }
        return LanguageMap.copyOf(m);
      }
    } catch (IllegalArgumentException e) {
      throw invalid(member, e.getMessage());
    }
    throw invalid(member, "must be a string or an object of language tag to text, e.g. {\"en\": \"...\"}");
  }

  /** A nested object whose members are all in {@code allowed}. */
  JsonInput object(String member, List<String> allowed) throws CliException {
    JsonNode v = node.get(member);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isObject()) {
      throw invalid(member, "must be an object");
    }
    JsonInput nested = new JsonInput(file, prefix + member + ".", (ObjectNode) v);
    nested.onlyMembers(v, allowed);
    return nested;
  }
}
