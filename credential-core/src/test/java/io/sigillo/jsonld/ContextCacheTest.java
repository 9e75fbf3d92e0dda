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

    assertThat(cached).isEqualTo(plainTitanium(doc));
    assertThat(cached.lines().count()).isGreaterThan(100);
  }

  @Test
  void canonicalize_proofConfigurationWithCachedTypeScopedContext_equalsPlainTitaniumPipeline() throws Exception {
    ObjectNode config = io.sigillo.json.StrictJson.standard().parseObject("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\","
        + "\"https://w3id.org/sigillo/edc/v1\"],\"type\":\"DataIntegrityProof\",\"cryptosuite\":\"ecdsa-rdfc-2019\","
        + "\"created\":\"2026-12-01T09:00:00Z\",\"verificationMethod\":\"did:key:zDnaekbKTHJf97Uh4rq9dbSpd8KabXRPLchCFLSQq7Gg5sGdC"
        + "#zDnaekbKTHJf97Uh4rq9dbSpd8KabXRPLchCFLSQq7Gg5sGdC\",\"proofPurpose\":\"assertionMethod\"}");
    RdfCanonicalizer c14n = RdfCanonicalizer.newBuilder().build();
    c14n.canonicalize(config, RdfCanonicalizer.Hash.SHA_256);
    assertThat(c14n.canonicalize(config, RdfCanonicalizer.Hash.SHA_256)).isEqualTo(plainTitanium(config));
  }

  @Test
  void validate_termOnlyTheTopLevelTypeScopeDefines_isUndefinedInNestedNodes() throws Exception {
    // VerifiableCredential's scoped context defines "issuer" but does not propagate to the subject
    ObjectNode doc = credential("2026-12-01T09:00:00Z");
    doc.with("credentialSubject").put("issuer", "https://aipia.example/id");
    JsonLdValidator strict = JsonLdValidator.newBuilder().build();
    strict.validate(credential("2025-05-05T05:05:05Z"));
    // the path lists every member with that name; the top-level issuer is defined, the nested one is not
    assertThat(strict.validate(doc)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(io.sigillo.credential.FormatCode.JSONLD_UNDEFINED_TERM);
      assertThat(p.path()).contains("$.credentialSubject.issuer");
    });
    RdfCanonicalizer lenient = RdfCanonicalizer.newBuilder().allowUndefinedProperties().build();
    assertThat(lenient.canonicalize(doc, RdfCanonicalizer.Hash.SHA_256)).isEqualTo(plainTitanium(doc));
  }

  static String plainTitanium(ObjectNode doc) throws Exception {
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
    return plain.toString();
  }
}
