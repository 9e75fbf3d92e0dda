package io.sigillo.examples.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An error response as an RFC 9457 problem document ({@code application/problem+json}): type,
 * title, status, detail, a stable reason {@code code}, and for invalid input the problems found,
 * each with the field at fault and its reason code. Thrown through the handler and turned into
 * the response; never carries a stack trace to the client.
 */
final class Problem extends Exception {
  private static final long serialVersionUID = 1L;
  static final String MEDIA_TYPE = "application/problem+json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TYPE_BASE = "urn:sigillo:problem:";

  /** One problem with one field of the request. */
  record FieldProblem(String field, String code, String message) {
    FieldProblem {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }
  }

  private final int status;
  private final String title;
  private final String code;
  private final List<FieldProblem> problems;
  private final Map<String, String> headers = new LinkedHashMap<>();

  Problem(int status, String code, String title, String detail, List<FieldProblem> problems) {
    super(detail, null, false, false);
    this.status = status;
    this.code = Objects.requireNonNull(code, "code");
    this.title = Objects.requireNonNull(title, "title");
    this.problems = List.copyOf(problems);
  }

  Problem(int status, String code, String title, String detail) {
    this(status, code, title, detail, List.of());
  }

  /** Adds a response header (for example {@code Allow}, {@code Retry-After}). */
  Problem header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  List<FieldProblem> problems() {
    return problems;
  }

  Map<String, String> headers() {
    return headers;
  }

  /** The problem document. */
  byte[] body() {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", TYPE_BASE + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    n.put("title", title);
    n.put("status", status);
    n.put("detail", getMessage());
    n.put("code", code);
    if (!problems.isEmpty()) {
      ArrayNode a = n.putArray("problems");
      for (FieldProblem p : problems) {
        a.addObject().put("field", p.field()).put("code", p.code()).put("message", p.message());
      }
    }
    try {
      return JSON.writeValueAsString(n).getBytes(StandardCharsets.UTF_8);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "Problem[" + status + " " + code + ": " + getMessage() + "]";
  }
}
