package io.sigillo.jsonld;

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
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Processed contexts are reused, and reusing them does not change a single quad. */
class ContextCacheTest {
  static ObjectNode credential(String validFrom) {
    return CredentialJson.toJson(SampleCredentials.credential(Instant.parse(validFrom)));
  }

  @Test
  void canonicalize_secondDocumentWithSameContexts_reusesProcessedContext() throws Exception {
    PinnedContexts contexts = PinnedContexts.bundled().toBuilder().build();
    RdfCanonicalizer c14n = RdfCanonicalizer.newBuilder().contexts(contexts).build();
    c14n.canonicalize(credential("2026-12-01T09:00:00Z"), RdfCanonicalizer.Hash.SHA_256);
    long afterFirst = contexts.engine().contextsProcessed();
    c14n.canonicalize(credential("2027-01-15T10:30:00Z"), RdfCanonicalizer.Hash.SHA_256);
    JsonLdValidator.newBuilder().contexts(contexts).build().validate(credential("2027-02-01T00:00:00Z"));
    assertThat(afterFirst).isEqualTo(1);
    assertThat(contexts.engine().contextsProcessed()).isEqualTo(1);
  }

  @Test
  void canonicalize_withCachedContext_equalsPlainTitaniumPipeline() throws Exception {
    ObjectNode doc = credential("2026-12-01T09:00:00Z");
    RdfCanonicalizer c14n = RdfCanonicalizer.newBuilder().build();
    c14n.canonicalize(credential("2025-05-05T05:05:05Z"), RdfCanonicalizer.Hash.SHA_256);
    String cached = c14n.canonicalize(doc, RdfCanonicalizer.Hash.SHA_256);

    JsonLdOptions options = new JsonLdOptions((url, o) -> {
      JsonDocument d = JsonDocument.of(MediaType.JSON_LD,
          new ByteArrayInputStream(PinnedContexts.bundled().get(url.toString()).orElseThrow()));
      d.setDocumentUrl(url);
      return d;
    });
    options.setRdfDirection(JsonLdOptions.RdfDirection.I18N_DATATYPE);
    RdfCanon canon = RdfCanon.create("SHA-256");
    JsonLd.toRdf(JsonDocument.of(new StringReader(CredentialJson.compact(doc)))).options(options).provide(canon);
    StringWriter plain = new StringWriter();
    canon.provide(new NQuadsWriter(plain));

    assertThat(cached).isEqualTo(plain.toString());
    assertThat(cached.lines().count()).isGreaterThan(100);
  }
}
