package io.sigillo.jsonld.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.Map;

/** Finds and removes {@code @vocab} declarations in context documents. */
final class Vocab {
  private static final JsonProvider P = com.apicatalog.jsonld.json.JsonProvider.instance();

  private Vocab() {}

  /** Whether any object in the value has an {@code @vocab} member. */
  static boolean declares(JsonValue v) {
    if (v instanceof JsonObject) {
      for (Map.Entry<String, JsonValue> e : ((JsonObject) v).entrySet()) {
        if (e.getKey().equals("@vocab") || declares(e.getValue())) {
          return true;
        }
      }
    } else if (v instanceof JsonArray) {
      for (JsonValue e : (JsonArray) v) {
        if (declares(e)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A copy of the value without any {@code @vocab} member. */
  static JsonValue strip(JsonValue v) {
    if (v instanceof JsonObject) {
      JsonObjectBuilder b = P.createObjectBuilder();
      for (Map.Entry<String, JsonValue> e : ((JsonObject) v).entrySet()) {
        if (!e.getKey().equals("@vocab")) {
          b.add(e.getKey(), strip(e.getValue()));
        }
      }
      return b.build();
    }
    if (v instanceof JsonArray) {
      JsonArrayBuilder b = P.createArrayBuilder();
      for (JsonValue e : (JsonArray) v) {
        b.add(strip(e));
      }
      return b.build();
    }
    return v;
  }
}
