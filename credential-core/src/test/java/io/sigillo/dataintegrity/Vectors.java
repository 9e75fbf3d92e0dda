package io.sigillo.dataintegrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.json.StrictJson;
import io.sigillo.jsonld.PinnedContexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the W3C test vectors copied under src/test/resources/vectors (see PROVENANCE.md there). */
public final class Vectors {
  public static final String EXAMPLES_V2 = "https://www.w3.org/ns/credentials/examples/v2";
  public static final String UNDEFINED_TERMS_V2 = "https://www.w3.org/ns/credentials/undefined-terms/v2";

  private Vectors() {}

  public static byte[] bytes(String path) {
    try (InputStream in = Vectors.class.getResourceAsStream("/vectors/" + path)) {
      if (in == null) {
        throw new IllegalStateException("missing test vector " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }

  public static ObjectNode json(String path) {
    try {
      return StrictJson.standard().parseObject(bytes(path));
    } catch (io.sigillo.json.StrictJsonException e) {
      throw new IllegalStateException("test vector " + path + " is not JSON", e);
    }
  }

  public static JsonNode field(String path, String name) {
    return json(path).get(name);
  }

  /** The bundled contexts plus the W3C examples context the vectors use. */
  public static PinnedContexts withExamples() {
    byte[] examples = bytes("contexts/credentials-examples-v2.jsonld");
    byte[] undefined = bytes("contexts/credentials-undefined-terms-v2.jsonld");
    return PinnedContexts.bundled().toBuilder()
        .add(EXAMPLES_V2, examples, "57393fbc69d6efb9b9b5dc9cb6b9880b0944360abfe2eaf459c9e58cf2279d7c")
        .add(UNDEFINED_TERMS_V2, undefined, "82dab514ba44eb18f5d1b0f638c5e140c6a556fbfb5089601bdc0fa5eb8b2581")
        .build();
  }
}
