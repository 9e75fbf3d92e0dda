package io.sigillo.jsonld.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.CredentialJson;
import io.sigillo.credential.SampleCredentials;
import io.sigillo.json.StrictJson;
import io.sigillo.jsonld.PinnedContexts;
import jakarta.json.JsonArray;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The direct tree conversion gives exactly titanium's canonical N-Quads, and steps aside otherwise. */
class TreeRdfTest {
  static final JsonLdEngine ENGINE = new JsonLdEngine(url -> PinnedContexts.bundled().get(url).orElse(null));

  static JsonArray expand(ObjectNode doc) throws Exception {
    return ENGINE.expand(JakartaJson.of(doc.get("@context")), JakartaJson.withoutContext(doc),
        JsonLdEngine.Mode.LENIENT).array();
  }

  static String titanium(ObjectNode doc, String digest) throws Exception {
    JsonLdOptions options = new JsonLdOptions((url, o) -> {
      JsonDocument d = JsonDocument.of(MediaType.JSON_LD,
          new ByteArrayInputStream(PinnedContexts.bundled().get(url.toString()).orElseThrow()));
      d.setDocumentUrl(url);
      return d;
    });
    options.setRdfDirection(JsonLdOptions.RdfDirection.I18N_DATATYPE);
    RdfCanon canon = RdfCanon.create(digest);
    JsonLd.toRdf(JsonDocument.of(new StringReader(CredentialJson.compact(doc)))).options(options).provide(canon);
    StringWriter out = new StringWriter();
    canon.provide(new NQuadsWriter(out));
    return out.toString();
  }

  static ObjectNode doc(String json) throws Exception {
    return StrictJson.standard().parseObject(json);
  }

  @Test
  void canonicalNQuads_edcCredentialWithRepeatedNodes_matchesTitaniumForBothHashes() throws Exception {
    ObjectNode doc = CredentialJson.toJson(SampleCredentials.credential(Instant.parse("2026-12-01T09:00:00Z")));
    assertThat(TreeRdf.quads(expand(doc))).isNotNull();
    for (String digest : new String[] {"SHA-256", "SHA-384"}) {
      assertThat(ENGINE.canonicalNQuads(expand(doc), digest)).isEqualTo(titanium(doc, digest));
    }
  }

  @Test
  void canonicalNQuads_booleansTypedLiteralsAndExplicitBlankNodes_matchTitanium() throws Exception {
    ObjectNode doc = doc("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\",{\"ex\":\"https://example.org/\","
        + "\"flag\":{\"@id\":\"ex:flag\",\"@type\":\"http://www.w3.org/2001/XMLSchema#boolean\"},\"knows\":{\"@id\":\"ex:knows\",\"@type\":\"@id\"},"
        + "\"label\":{\"@id\":\"ex:label\",\"@language\":\"it\"},\"on\":{\"@id\":\"ex:on\",\"@type\":\"http://www.w3.org/2001/XMLSchema#date\"}}],"
        + "\"id\":\"urn:example:1\",\"type\":\"VerifiableCredential\",\"flag\":true,\"on\":\"2026-12-01\",\"label\":\"ciao\\n\\\"tu\\\"\","
        + "\"knows\":[\"_:x\",\"_:x\",\"urn:example:2\"],\"ex:nested\":{\"id\":\"_:x\",\"ex:flag2\":false,\"ex:again\":{\"ex:v\":\"deep\"}},"
        + "\"ex:twin1\":{\"ex:v\":\"same\"},\"ex:twin2\":{\"ex:v\":\"same\"}}");
    assertThat(TreeRdf.quads(expand(doc))).isNotNull();
    assertThat(ENGINE.canonicalNQuads(expand(doc), "SHA-256")).isEqualTo(titanium(doc, "SHA-256"));
  }

  @Test
  void canonicalNQuads_numbersAndLists_fallBackToTitanium() throws Exception {
    ObjectNode doc = doc("{\"@context\":{\"ex\":\"https://example.org/\",\"items\":{\"@id\":\"ex:items\",\"@container\":\"@list\"}},"
        + "\"@id\":\"urn:example:1\",\"ex:count\":3,\"ex:ratio\":0.25,\"items\":[\"a\",{\"ex:v\":1}]}");
    assertThat(TreeRdf.quads(expand(doc))).isNull();
    assertThat(ENGINE.canonicalNQuads(expand(doc), "SHA-256")).isEqualTo(titanium(doc, "SHA-256"));
  }

  @Test
  void line_trickyLiterals_matchTitaniumNQuadsWriter() {
    String[] values = {"plain", "quote \" and \\ backslash", "tab\tnewline\ncr\rbs\bff\f",
        "nul\u0000 bel\u0007 esc\u001b del\u007f", "accents \u00e8\u00e0 and emoji \ud83d\ude00", ""};
    for (String v : values) {
      for (String[] typing : new String[][] {{TreeRdf.XSD_STRING, null}, {TreeRdf.XSD_STRING, "it"},
          {"http://www.w3.org/2001/XMLSchema#date", null}}) {
        assertThat(JsonLdEngine.line("_:c14n0", "https://example.org/p", v, typing[0], typing[1]))
            .isEqualTo(NQuadsWriter.nquad("_:c14n0", "https://example.org/p", v, typing[0], typing[1], null, null));
      }
    }
    assertThat(JsonLdEngine.line("urn:a", "https://example.org/p", "_:c14n1", null, null))
        .isEqualTo(NQuadsWriter.nquad("urn:a", "https://example.org/p", "_:c14n1", null, null, null, null));
    assertThat(JsonLdEngine.line("urn:a", "https://example.org/p", "urn:b", null, null))
        .isEqualTo(NQuadsWriter.nquad("urn:a", "https://example.org/p", "urn:b", null, null, null, null));
  }
}
