package io.sigillo.issuer.batch;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillo.issuer.internal.batch.Target;
import io.sigillo.json.StrictJson;
import io.sigillo.json.StrictJsonException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the columns of an HR export fill the route input of one holder: a declarative mapping read
 * from a JSON file. Immutable.
 *
 * <pre>{@code
 * {
 *   "format": "csv",                    // or "jsonl"
 *   "delimiter": ";",                   // CSV only; "," by default
 *   "header": true,                     // CSV only; false names the columns "1", "2", ...
 *   "encoding": "UTF-8",                // or "windows-1252", "ISO-8859-1"
 *   "fields": {
 *     "hrId": "matricola",                                  // a column
 *     "profile": {"value": "ai-security-specialist"},       // a constant
 *     "membership.memberSince": {"column": "iscritto_dal", "format": "dd/MM/yyyy"},
 *     "assessment.assessors": {"column": "valutatori", "separator": "|"},
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>Every required field must be mapped; unknown members and unknown field names are refused.
 * Field names (see README, "Batch issuance"): {@code hrId}, {@code profile}, {@code cycle},
 * {@code holder.id}, {@code holder.givenName}, {@code holder.familyName}, {@code holder.birthDate},
 * {@code holder.email}, {@code holder.identifier.notation}, {@code holder.identifier.schemeName},
 * {@code membership.memberNumber}, {@code membership.memberSince}, {@code membership.active},
 * {@code membership.paidUntil}, {@code dossier.submittedOn}, {@code dossier.<kind>.id} and
 * {@code dossier.<kind>.sha256} for the kinds {@code cv}, {@code training}, {@code experience},
 * {@code portfolio}, {@code interview.heldOn}, {@code interview.passed},
 * {@code interview.interviewers}, {@code assessment.committee}, {@code assessment.assessors},
 * {@code assessment.outcomes}, {@code assessment.decision}, {@code assessment.decidedOn}.
 */
public final class ColumnMapping {
  /** The input formats. */
  public enum Format {
    /** RFC 4180 comma-separated values. */
    CSV,
    /** JSON Lines: one JSON object per line. */
    JSONL
  }

  /** How one field is filled: from a column or a constant, with an optional date pattern and list separator. */
  record Spec(String column, String value, DateTimeFormatter date, String separator) {
    String source() {
      return column != null ? column : "(value)";
    }
  }

  private static final Set<String> TOP = Set.of("format", "delimiter", "header", "encoding", "fields");
  private static final Set<String> SPEC = Set.of("column", "value", "format", "separator");
  private static final Set<String> CHARSETS = Set.of("UTF-8", "windows-1252", "ISO-8859-1");

  private final Format format;
  private final char delimiter;
  private final boolean header;
  private final Charset charset;
  private final Map<Target, Spec> fields;

  private ColumnMapping(Format format, char delimiter, boolean header, Charset charset, Map<Target, Spec> fields) {
    this.format = format;
    this.delimiter = delimiter;
    this.header = header;
    this.charset = charset;
    this.fields = Collections.unmodifiableMap(new EnumMap<>(fields));
  }

  /**
   * Reads a mapping file.
   *
   * @param json the file's bytes (UTF-8 JSON)
   * @param defaultFormat the format if the file names none (from the input file's extension)
   * @return the mapping
   * @throws BatchException {@code MAPPING_INVALID}, naming the member at fault
   */
  public static ColumnMapping read(byte[] json, Format defaultFormat) throws BatchException {
    JsonNode root;
    try {
      root = StrictJson.standard().parse(json);
    } catch (StrictJsonException e) {
      throw invalid("not JSON: " + e.code() + " " + e.getMessage());
    }
    if (!root.isObject()) {
      throw invalid("the mapping must be a JSON object");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String n = it.next();
      if (!TOP.contains(n)) {
        throw invalid("unknown member '" + n + "' (expected " + TOP + ")");
      }
    }
    Format format = defaultFormat;
    if (root.has("format")) {
      String f = text(root, "format");
      if (f.equals("csv")) {
        format = Format.CSV;
      } else if (f.equals("jsonl")) {
        format = Format.JSONL;
      } else {
        throw invalid("format must be \"csv\" or \"jsonl\"");
      }
    }
    if (format == null) {
      throw invalid("no format: name it (\"format\": \"csv\" or \"jsonl\") or use a .csv or .jsonl input file");
    }
    char delimiter = ',';
    if (root.has("delimiter")) {
      String d = text(root, "delimiter");
      if (d.length() != 1 || d.charAt(0) == '"' || d.charAt(0) == '\n' || d.charAt(0) == '\r') {
        throw invalid("delimiter must be one character other than a quote or a line break");
      }
      delimiter = d.charAt(0);
    }
    boolean header = true;
    if (root.has("header")) {
      if (!root.get("header").isBoolean()) {
        throw invalid("header must be true or false");
      }
      header = root.get("header").booleanValue();
    }
    Charset charset = StandardCharsets.UTF_8;
    if (root.has("encoding")) {
      String e = text(root, "encoding");
      if (!CHARSETS.contains(e)) {
        throw invalid("encoding must be one of " + CHARSETS);
      }
      charset = Charset.forName(e);
    }
    JsonNode fieldsNode = root.get("fields");
    if (fieldsNode == null || !fieldsNode.isObject()) {
      throw invalid("fields must be an object from field name to column");
    }
    Map<Target, Spec> fields = new EnumMap<>(Target.class);
    for (Iterator<Map.Entry<String, JsonNode>> it = fieldsNode.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Target t = Target.of(e.getKey()).orElseThrow(() -> invalid("fields." + e.getKey() + ": not a field name"));
      fields.put(t, spec(t, e.getValue()));
    }
    for (Target t : Target.values()) {
      if (t.required() && !fields.containsKey(t)) {
        throw invalid("fields." + t.fieldName() + " is required: map it to a column or give a value");
      }
    }
    return new ColumnMapping(format, delimiter, header, charset, fields);
  }

  /**
   * The identity mapping for JSON input that uses the field names themselves (as the HTTP
   * endpoint takes it): every field from the member of its name, lists as JSON arrays, ISO dates.
   *
   * @return the mapping
   */
  public static ColumnMapping canonical() {
    Map<Target, Spec> fields = new EnumMap<>(Target.class);
    for (Target t : Target.values()) {
      fields.put(t, new Spec(t.fieldName(), null, DateTimeFormatter.ISO_LOCAL_DATE, ";"));
    }
    return new ColumnMapping(Format.JSONL, ',', true, StandardCharsets.UTF_8, fields);
  }

  private static Spec spec(Target t, JsonNode v) throws BatchException {
    String at = "fields." + t.fieldName();
    if (v.isTextual()) {
      return new Spec(column(v.asText(), at), null, DateTimeFormatter.ISO_LOCAL_DATE, ";");
    }
    if (!v.isObject()) {
      throw invalid(at + " must be a column name or an object");
    }
    for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
      String n = it.next();
      if (!SPEC.contains(n)) {
        throw invalid(at + ": unknown member '" + n + "' (expected " + SPEC + ")");
      }
    }
    if (v.has("column") == v.has("value")) {
      throw invalid(at + " needs exactly one of column and value");
    }
    String column = v.has("column") ? column(text(v, "column"), at) : null;
    String value = v.has("value") ? text(v, "value") : null;
    DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE;
    if (v.has("format")) {
      if (t.kind() != Target.Kind.DATE) {
        throw invalid(at + ": format applies to dates only");
      }
      try {
        date = DateTimeFormatter.ofPattern(text(v, "format").replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT);
      } catch (IllegalArgumentException e) {
        throw invalid(at + ".format is not a date pattern: " + e.getMessage());
      }
    }
    String separator = ";";
    if (v.has("separator")) {
      if (t.kind() != Target.Kind.LIST) {
        throw invalid(at + ": separator applies to lists only");
      }
      separator = text(v, "separator");
      if (separator.isEmpty() || separator.length() > 4) {
        throw invalid(at + ".separator must be 1 to 4 characters");
      }
    }
    return new Spec(column, value, date, separator);
  }

  private static String column(String name, String at) throws BatchException {
    if (name.isBlank() || name.length() > 200) {
      throw invalid(at + ": a column name must be 1 to 200 characters");
    }
    return name;
  }

  private static String text(JsonNode n, String member) throws BatchException {
    JsonNode v = n.get(member);
    if (v == null || !v.isTextual()) {
      throw invalid(member + " must be a string");
    }
    return v.asText();
  }

  private static BatchException invalid(String message) {
    return new BatchException(BatchException.Reason.MAPPING_INVALID, "mapping: " + message, null);
  }

  /**
   * The input format.
   *
   * @return CSV or JSON Lines
   */
  public Format format() {
    return format;
  }

  /**
   * The CSV delimiter.
   *
   * @return by default {@code ,}
   */
  public char delimiter() {
    return delimiter;
  }

  /**
   * Whether the CSV input starts with a header naming its columns.
   *
   * @return true by default
   */
  public boolean header() {
    return header;
  }

  /**
   * The input's character encoding.
   *
   * @return UTF-8 by default
   */
  public Charset charset() {
    return charset;
  }

  /**
   * The source columns the mapping reads.
   *
   * @return the column names, in field order
   */
  public Set<String> columns() {
    Set<String> out = new LinkedHashSet<>();
    fields.values().forEach(s -> {
      if (s.column() != null) {
        out.add(s.column());
      }
    });
    return out;
  }

  /**
   * The source column of a field.
   *
   * @param fieldName a field name
   * @return the column, if the field is read from one
   */
  public Optional<String> columnOf(String fieldName) {
    return Target.of(fieldName).map(fields::get).map(Spec::column);
  }

  Optional<Spec> spec(Target t) {
    return Optional.ofNullable(fields.get(t));
  }

  List<Target> targets() {
    return List.copyOf(fields.keySet());
  }

  @Override
  public String toString() {
    return "ColumnMapping[" + format + ", " + fields.size() + " fields]";
  }
}
