package io.sigillo.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.LegalIdentifier;
import io.sigillo.credential.Organisation;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The {@code issuer.json} file: the issuing organisation as the credential names it.
 *
 * <pre>{@code
 * {
 *   "id": "https://aipia.example/id",
 *   "legalName": {"en": "AIPIA Test Association", "it": "Associazione AIPIA di prova"},
 *   "eidasIdentifier": "VATIT-12345678901",
 *   "homepage": "https://aipia.example/"
 * }
 * }</pre>
 *
 * <p>{@code id}, {@code legalName} (a string or a language map) and {@code eidasIdentifier} (the
 * seal certificate's {@code organizationIdentifier}) are required; {@code homepage} is optional.
 */
final class OrganisationFile {
  private static final List<String> MEMBERS = List.of("id", "legalName", "eidasIdentifier", "homepage");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private OrganisationFile() {}

  static Organisation read(Path path) throws CliException {
    JsonInput in = JsonInput.read(path, MEMBERS);
    URI id = in.uri("id", true);
    var legalName = in.languageMap("legalName", true);
    String eidas = in.text("eidasIdentifier", true);
    if (!LegalIdentifier.isEtsiNotation(eidas)) {
      throw in.invalid("eidasIdentifier", "not an ETSI EN 319 412-1 legal identifier such as VATIT-12345678901");
    }
    URI homepage = in.uri("homepage", false);
    try {
      return Organisation.newBuilder().id(id).legalName(legalName)
          .eidasIdentifier(LegalIdentifier.parse(eidas)).homepage(homepage).build();
    } catch (IllegalArgumentException e) {
      throw in.invalid("eidasIdentifier", e.getMessage());
    }
  }

  static String toJson(Organisation org) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("id", org.id().toString());
    ObjectNode names = n.putObject("legalName");
    for (Map.Entry<String, String> e : org.legalName().asMap().entrySet()) {
      names.put(e.getKey(), e.getValue());
    }
    org.eidasIdentifier().ifPresent(li -> n.put("eidasIdentifier", li.notation()));
    org.homepage().ifPresent(h -> n.put("homepage", h.toString()));
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
