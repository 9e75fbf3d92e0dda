package io.sigillo.issuer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.CredentialJson;
import io.sigillo.credential.Identifier;
import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.Organisation;
import io.sigillo.credential.Person;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.jsonld.PinnedContexts;
import io.sigillo.profile.Profile;
import io.sigillo.profile.ProfileCatalogue;
import io.sigillo.seal.JoseHeader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Generates a preset dictionary for the offline QR payload ({@code io.sigillo.qr.OfflineQr}) from
 * what every verifier knows: the term names of the bundled JSON-LD contexts, the protected-header
 * skeletons of the securing forms, and the credential this issuer writes for each profile of the
 * bundled catalogue with placeholder holder, issuer, identifiers and dates.
 *
 * <p>Not a test: run it by hand to make a NEW dictionary version when the credential layout or the
 * catalogue changes (a published version must never change, printed codes depend on it), then
 * freeze the output as {@code credential-core/src/main/resources/io/sigillo/qr/internal/dictionary-N.txt}
 * and pin its SHA-256 in {@code PresetDictionary}. Version 1 was made with:
 *
 * <pre>
 * java -cp ... io.sigillo.issuer.QrDictionaryGenerator dictionary-1.txt
 * </pre>
 */
public final class QrDictionaryGenerator {
  private static final Instant PLACEHOLDER_TIME = Instant.parse("2026-01-01T00:00:00Z");
  private static final UUID PLACEHOLDER_ID = UUID.fromString("00000000-0000-4000-8000-000000000000");

  private QrDictionaryGenerator() {}

  /**
   * Writes the dictionary.
   *
   * @param args the output file
   * @throws Exception if generation fails
   */
  public static void main(String[] args) throws Exception {
    Files.write(Path.of(args[0]), generate());
  }

  /**
   * Builds the dictionary bytes.
   *
   * @return the UTF-8 dictionary
   * @throws Exception if issuing the template credential fails
   */
  public static byte[] generate() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(terms().getBytes(StandardCharsets.UTF_8));
    out.writeBytes(header("RS256", true, false));
    out.writeBytes(header("ES256", false, false));
    Clock clock = Clock.fixed(PLACEHOLDER_TIME, ZoneOffset.UTC);
    TestPki pki = TestPki.newBuilder().clock(clock).build();
    Issuer issuer = Issuer.newBuilder().seal(pki.seal()).clock(clock).ids(() -> PLACEHOLDER_ID)
        .organisation(Organisation.newBuilder()
            .id("https://www.example.org/id")
            .legalName(LanguageMap.of("it", "Associazione", "en", "Association"))
            .eidasIdentifier("VATIT-12345678901")
            .homepage(URI.create("https://www.example.org/"))
            .build())
        .build();
    for (Profile p : ProfileCatalogue.bundled().profiles()) {
      IssuanceRequest request = IssuanceRequest.newBuilder()
          .holder(Person.newBuilder().id("urn:uuid:" + PLACEHOLDER_ID).givenName("Maria").familyName("Rossi")
              .birthDate(LocalDate.of(1990, 1, 1)).identifier(Identifier.of("000000", "member register"))
              .email("maria.rossi@example.org").build())
          .profile(p.code())
          .committeeDecision("technical committee", LocalDate.of(2026, 1, 1))
          .interview(LocalDate.of(2026, 1, 1), true)
          .build();
      out.writeBytes(CredentialJson.toBytes(issuer.prepare(request)));
    }
    out.writeBytes(header("ES256", true, true));
    return out.toByteArray();
  }

  /** The term names of the bundled contexts, sorted, each as a JSON member name. */
  private static String terms() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    TreeSet<String> names = new TreeSet<>();
    PinnedContexts contexts = PinnedContexts.bundled();
    for (String url : contexts.urls()) {
      collect(mapper.readTree(contexts.get(url).orElseThrow()), names);
    }
    StringBuilder s = new StringBuilder();
    for (String n : names) {
      s.append('"').append(n).append("\":");
    }
    return s.toString();
  }

  private static void collect(JsonNode node, TreeSet<String> names) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (!e.getKey().startsWith("@") && !e.getKey().contains(":")) {
          names.add(e.getKey());
        }
        collect(e.getValue(), names);
      }
    } else if (node.isArray()) {
      node.forEach(n -> collect(n, names));
    }
  }

  /** A header skeleton in the issuer's member order, with empty certificate references. */
  private static byte[] header(String alg, boolean jades, boolean qr) throws IOException {
    ObjectNode h = JsonNodeFactory.instance.objectNode();
    h.put(JoseHeader.ALG, alg);
    if (!jades) {
      h.put(JoseHeader.TYP, JoseHeader.TYP_VC_JWT);
    }
    h.put(JoseHeader.CTY, JoseHeader.CTY_VC);
    h.put(JoseHeader.KID, "MI");
    h.put(JoseHeader.X5T_S256, "");
    if (!qr) {
      h.putArray(JoseHeader.X5C).add("MII");
    }
    if (jades) {
      h.put(JoseHeader.TYP, JoseHeader.TYP_JADES);
      h.put(JoseHeader.B64, false);
    }
    h.put(JoseHeader.IAT, PLACEHOLDER_TIME.getEpochSecond());
    if (jades) {
      h.putArray(JoseHeader.CRIT).add(JoseHeader.B64);
    }
    return new ObjectMapper().writeValueAsBytes(h);
  }
}
