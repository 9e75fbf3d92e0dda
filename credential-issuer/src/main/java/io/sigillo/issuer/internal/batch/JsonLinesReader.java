package io.sigillo.issuer.internal.batch;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillo.json.JsonLimits;
import io.sigillo.json.StrictJson;
import io.sigillo.json.StrictJsonException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON Lines: one JSON object per line, blank lines skipped. Each line is parsed strictly
 * ({@link StrictJson}: no duplicate members, no trailing data); nested objects are flattened into
 * dotted names ({@code {"holder": {"email": ...}}} gives {@code holder.email}), arrays of scalars
 * become lists, scalars their text, and null is absent. A line that is not such an object is
 * returned as a record with an error, so that one bad line rejects one row, not the file.
 */
public final class JsonLinesReader {
  /** Longest line, in characters. */
  public static final int MAX_LINE = 1 << 20;

  private static final StrictJson JSON = StrictJson.withLimits(JsonLimits.DEFAULT.withMaxBytes(4 * MAX_LINE)
      .withMaxDepth(8));

  private final BufferedReader in;
  private int line;

  /** One line: its values by flattened name, or why it could not be read. */
  public record Line(int line, Map<String, Object> values, String error) {}

  /**
   * Reads from a character stream.
   *
   * @param in the input; the caller closes it
   */
  public JsonLinesReader(BufferedReader in) {
    this.in = in;
  }

  /**
   * Reads the next non-blank line.
   *
   * @return the line, or null at the end of input
   * @throws IOException if reading fails
   */
  public Line next() throws IOException {
    String text;
    do {
      text = in.readLine();
      line++;
      if (text == null) {
        return null;
      }
      if (line == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
    } while (text.isBlank());
    if (text.length() > MAX_LINE) {
      return new Line(line, Map.of(), "line longer than " + MAX_LINE + " characters");
    }
    JsonNode node;
    try {
      node = JSON.parse(text.getBytes(StandardCharsets.UTF_8));
    } catch (StrictJsonException e) {
      return new Line(line, Map.of(), e.code() + " " + e.getMessage());
    }
    if (!node.isObject()) {
      return new Line(line, Map.of(), "a line must be one JSON object");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    String error = flatten("", node, values);
    return new Line(line, values, error);
  }

  private static String flatten(String prefix, JsonNode node, Map<String, Object> out) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = prefix + e.getKey();
      JsonNode v = e.getValue();
      if (v.isNull()) {
        continue;
      }
      if (v.isObject()) {
        String err = flatten(name + ".", v, out);
        if (err != null) {
          return err;
        }
      } else if (v.isArray()) {
        List<String> list = new ArrayList<>();
        for (JsonNode item : v) {
          if (!item.isValueNode() || item.isNull()) {
            return "member " + name + " must be an array of strings, numbers or booleans";
          }
          list.add(item.asText());
        }
        out.put(name, List.copyOf(list));
      } else {
        out.put(name, v.asText());
      }
    }
    return null;
  }
}
