package io.sigillo.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.Identifier;
import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.Person;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The {@code holder.json} file: the person a credential is issued to.
 *
 * <pre>{@code
 * {
 *   "id": "urn:uuid:6f1c1bb4-3b0e-4e7b-9a43-1d2f8f4c2a10",
 *   "givenName": "Giulia",
 *   "familyName": "Rossi",
 *   "birthDate": "1990-04-12",
 *   "identifier": {"notation": "AIPIA-000042", "schemeName": "AIPIA member register"},
 *   "email": "giulia.rossi@example.org"
 * }
 * }</pre>
 *
 * <p>{@code givenName} and {@code familyName} are required: a string (stored under the language
 * tag {@code en}) or an object of language tag to text. {@code id} is optional (an absolute URI; a
 * random {@code urn:uuid} is generated if absent); {@code birthDate}, {@code identifier} (both of
 * its members required) and {@code email} are optional. Any other member is refused.
 */
final class HolderFile {
  private static final List<String> MEMBERS =
      List.of("id", "givenName", "familyName", "birthDate", "identifier", "email");
  private static final List<String> IDENTIFIER_MEMBERS = List.of("notation", "schemeName");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private HolderFile() {}

  static Person read(Path path, Supplier<UUID> ids) throws CliException {
    JsonInput in = JsonInput.read(path, MEMBERS);
    URI id = in.uri("id", false);
    LanguageMap given = in.languageMap("givenName", true);
    LanguageMap family = in.languageMap("familyName", true);
    LocalDate birthDate = in.date("birthDate");
    JsonInput ident = in.object("identifier", IDENTIFIER_MEMBERS);
    Identifier identifier = ident == null ? null
        : Identifier.of(ident.text("notation", true), ident.text("schemeName", true));
    String email = in.text("email", false);
    try {
      return Person.newBuilder()
          .id(id != null ? id : URI.create("urn:uuid:" + ids.get()))
          .givenName(given).familyName(family).birthDate(birthDate)
          .identifier(identifier).email(email)
          .build();
    } catch (IllegalArgumentException e) {
      throw in.invalid("email", e.getMessage());
    }
  }

  static String toJson(Person p) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("id", p.id().toString());
    n.set("givenName", name(p.givenName()));
    n.set("familyName", name(p.familyName()));
    p.birthDate().ifPresent(d -> n.put("birthDate", d.toString()));
    p.identifier().ifPresent(i -> {
      ObjectNode o = n.putObject("identifier");
      o.put("notation", i.notation());
      o.put("schemeName", i.schemeName());
    });
    p.email().ifPresent(e -> n.put("email", e));
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode name(LanguageMap m) {
    if (m.asMap().size() == 1 && m.get("en").isPresent()) {
      return JsonNodeFactory.instance.textNode(m.get("en").get());
    }
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, String> e : m.asMap().entrySet()) {
      o.put(e.getKey(), e.getValue());
    }
    return o;
  }

  /** A short display name: given and family name in the first language of each. */
  static String displayName(Person p) {
    return p.givenName().asMap().values().iterator().next() + " "
        + p.familyName().asMap().values().iterator().next();
  }
}
