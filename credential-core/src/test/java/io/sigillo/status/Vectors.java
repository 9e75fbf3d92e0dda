package io.sigillo.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the status list vectors copied into test resources (see PROVENANCE.md there). */
final class Vectors {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Vectors() {}

  static byte[] bytes(String name) {
    try (InputStream in = Vectors.class.getResourceAsStream("vectors/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing vector " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String name) {
    try {
      return MAPPER.readTree(bytes(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
