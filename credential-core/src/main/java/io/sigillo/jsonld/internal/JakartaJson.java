package io.sigillo.jsonld.internal;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.Iterator;
import java.util.Map;

/** Converts Jackson trees to Jakarta JSON values directly (no text round trip). */
public final class JakartaJson {
  private static final JsonProvider P = com.apicatalog.jsonld.json.JsonProvider.instance();

  private JakartaJson() {}

  /**
   * Converts a value.
   *
   * @param n a Jackson node
   * @return the same value as Jakarta JSON
   */
  public static JsonValue of(JsonNode n) {
    switch (n.getNodeType()) {
      case OBJECT:
        return object(n, false);
      case ARRAY:
        JsonArrayBuilder a = P.createArrayBuilder();
        for (JsonNode e : n) {
          a.add(of(e));
        }
        return a.build();
      case STRING:
        return P.createValue(n.textValue());
      case NUMBER:
        if (n.isIntegralNumber()) {
          return n.canConvertToLong() ? P.createValue(n.longValue()) : P.createValue(n.bigIntegerValue());
        }
        return P.createValue(n.decimalValue());
      case BOOLEAN:
        return n.booleanValue() ? JsonValue.TRUE : JsonValue.FALSE;
      case NULL:
        return JsonValue.NULL;
      default:
        throw new IllegalArgumentException("not a JSON value: " + n.getNodeType());
    }
  }

  /**
   * Converts an object without its {@code @context} member.
   *
   * @param n a Jackson object node
   * @return the object minus {@code @context}
   */
  public static JsonObject withoutContext(JsonNode n) {
    return object(n, true);
  }

  private static JsonObject object(JsonNode n, boolean skipContext) {
    JsonObjectBuilder b = P.createObjectBuilder();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!skipContext || !e.getKey().equals("@context")) {
        b.add(e.getKey(), of(e.getValue()));
      }
    }
    return b.build();
  }
}
