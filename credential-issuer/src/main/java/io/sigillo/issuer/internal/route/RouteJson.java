package io.sigillo.issuer.internal.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.CredentialJson;
import io.sigillo.credential.Identifier;
import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.Person;
import io.sigillo.issuer.route.Assessment;
import io.sigillo.issuer.route.CriterionOutcome;
import io.sigillo.issuer.route.DocumentKind;
import io.sigillo.issuer.route.Dossier;
import io.sigillo.issuer.route.DossierDocument;
import io.sigillo.issuer.route.Interview;
import io.sigillo.issuer.route.Membership;
import io.sigillo.issuer.route.RouteInput;
import io.sigillo.json.StrictJson;
import io.sigillo.json.StrictJsonException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON the route store keeps: the holder of an application and the details of each step, in
 * a fixed member order so that the same input always gives the same text (and digest).
 */
public final class RouteJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private RouteJson() {}

  /**
   * A new empty object.
   *
   * @return the object
   */
  public static ObjectNode object() {
    return F.objectNode();
  }

  /**
   * Compact text of a tree.
   *
   * @param node the tree
   * @return the text
   */
  public static String text(JsonNode node) {
    return CredentialJson.compact(node);
  }

  /**
   * The holder as JSON.
   *
   * @param p the person
   * @return the object
   */
  public static ObjectNode person(Person p) {
    ObjectNode n = F.objectNode();
    n.put("id", p.id().toString());
    n.set("givenName", map(p.givenName()));
    n.set("familyName", map(p.familyName()));
    p.birthDate().ifPresent(d -> n.put("birthDate", d.toString()));
    p.identifier().ifPresent(i -> {
      ObjectNode id = n.putObject("identifier");
      id.put("notation", i.notation());
      id.put("schemeName", i.schemeName());
    });
    p.email().ifPresent(e -> n.put("email", e));
    return n;
  }

  /**
   * Reads a holder written by {@link #person(Person)}.
   *
   * @param text the JSON
   * @return the person
   * @throws IllegalStateException if the stored text is not a holder (a corrupted store)
   */
  public static Person readPerson(String text) {
    try {
      JsonNode n = StrictJson.standard().parse(text);
      Person.Builder b = Person.newBuilder().id(n.get("id").asText())
          .givenName(readMap(n.get("givenName"))).familyName(readMap(n.get("familyName")));
      if (n.has("birthDate")) {
        b.birthDate(LocalDate.parse(n.get("birthDate").asText()));
      }
      if (n.has("identifier")) {
        b.identifier(Identifier.of(n.get("identifier").get("notation").asText(),
            n.get("identifier").get("schemeName").asText()));
      }
      if (n.has("email")) {
        b.email(n.get("email").asText());
      }
      return b.build();
    } catch (StrictJsonException | RuntimeException e) {
      throw new IllegalStateException("the stored holder cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Parses stored step details.
   *
   * @param text the JSON
   * @return the tree
   * @throws IllegalStateException if the stored text is not JSON (a corrupted store)
   */
  public static JsonNode parse(String text) {
    try {
      return StrictJson.standard().parse(text);
    } catch (StrictJsonException e) {
      throw new IllegalStateException("stored step details cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Step details of a membership verification.
   *
   * @param m the membership
   * @return the object
   */
  public static ObjectNode membership(Membership m) {
    ObjectNode n = F.objectNode();
    n.put("memberNumber", m.memberNumber());
    n.put("memberSince", m.memberSince().toString());
    n.put("active", m.active());
    m.currentPeriodEnd().ifPresent(d -> n.put("paidUntil", d.toString()));
    return n;
  }

  /**
   * Reads membership details.
   *
   * @param n the details
   * @return the membership
   */
  public static Membership readMembership(JsonNode n) {
    return new Membership(n.get("memberNumber").asText(), LocalDate.parse(n.get("memberSince").asText()),
        n.get("active").asBoolean(), n.has("paidUntil") ? LocalDate.parse(n.get("paidUntil").asText()) : null);
  }

  /**
   * Step details of a dossier: references and digests only.
   *
   * @param d the dossier
   * @return the object
   */
  public static ObjectNode dossier(Dossier d) {
    ObjectNode n = F.objectNode();
    n.put("submittedOn", d.submittedOn().toString());
    ArrayNode docs = n.putArray("documents");
    for (DossierDocument doc : d.documents()) {
      ObjectNode e = docs.addObject();
      e.put("kind", doc.kind().name());
      e.put("id", doc.documentId());
      e.put("sha256", doc.sha256());
    }
    return n;
  }

  /**
   * Reads dossier details.
   *
   * @param n the details
   * @return the dossier
   */
  public static Dossier readDossier(JsonNode n) {
    List<DossierDocument> docs = new ArrayList<>();
    for (JsonNode e : n.get("documents")) {
      docs.add(new DossierDocument(DocumentKind.valueOf(e.get("kind").asText()), e.get("id").asText(),
          e.get("sha256").asText()));
    }
    return new Dossier(LocalDate.parse(n.get("submittedOn").asText()), docs);
  }

  /**
   * Step details of an interview.
   *
   * @param i the interview
   * @return the object
   */
  public static ObjectNode interview(Interview i) {
    ObjectNode n = F.objectNode();
    n.put("heldOn", i.heldOn().toString());
    n.put("passed", i.passed());
    ArrayNode who = n.putArray("interviewers");
    i.interviewers().forEach(who::add);
    return n;
  }

  /**
   * Reads interview details.
   *
   * @param n the details
   * @return the interview
   */
  public static Interview readInterview(JsonNode n) {
    List<String> who = new ArrayList<>();
    n.get("interviewers").forEach(w -> who.add(w.asText()));
    return new Interview(LocalDate.parse(n.get("heldOn").asText()), n.get("passed").asBoolean(), who);
  }

  /**
   * Step details of an assessment: every outcome, the assessors and the decision.
   *
   * @param a the assessment
   * @return the object
   */
  public static ObjectNode assessment(Assessment a) {
    ObjectNode n = F.objectNode();
    n.put("committee", a.committee());
    ArrayNode who = n.putArray("assessors");
    a.assessors().forEach(who::add);
    ObjectNode outcomes = n.putObject("outcomes");
    for (CriterionOutcome o : a.outcomes()) {
      outcomes.put(o.criterion(), o.met() ? "MET" : "NOT_MET");
    }
    n.put("decision", a.decision().name());
    n.put("decidedOn", a.decidedOn().toString());
    return n;
  }

  /**
   * Reads assessment details.
   *
   * @param n the details
   * @return the assessment
   */
  public static Assessment readAssessment(JsonNode n) {
    List<String> who = new ArrayList<>();
    n.get("assessors").forEach(w -> who.add(w.asText()));
    List<CriterionOutcome> outcomes = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.get("outcomes").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      outcomes.add(new CriterionOutcome(e.getKey(), e.getValue().asText().equals("MET")));
    }
    return new Assessment(n.get("committee").asText(), who, outcomes,
        io.sigillo.issuer.route.Decision.valueOf(n.get("decision").asText()), LocalDate.parse(n.get("decidedOn").asText()));
  }

  /**
   * The canonical JSON of a whole route input (holder, key and every step), for its digest.
   *
   * @param in the input
   * @return the object
   */
  public static ObjectNode input(RouteInput in) {
    ObjectNode n = F.objectNode();
    n.put("hrId", in.key().hrId());
    n.put("profile", in.key().profile());
    n.put("cycle", in.key().cycle());
    n.set("holder", person(in.holder()));
    n.set("membership", membership(in.membership()));
    n.set("dossier", dossier(in.dossier()));
    in.interview().ifPresent(i -> n.set("interview", interview(i)));
    n.set("assessment", assessment(in.assessment()));
    return n;
  }

  /**
   * SHA-256 of the canonical JSON of an input, with the holder's id left out (it may be generated
   * afresh for each run when the HR export has none).
   *
   * @param in the input
   * @return 64 lower-case hexadecimal digits
   */
  public static String digest(RouteInput in) {
    ObjectNode n = input(in);
    ((ObjectNode) n.get("holder")).remove("id");
    return sha256(text(n).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Lower-case hexadecimal SHA-256.
   *
   * @param bytes the bytes
   * @return 64 digits
   */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  private static ObjectNode map(LanguageMap m) {
    ObjectNode n = F.objectNode();
    m.asMap().forEach(n::put);
    return n;
  }

  private static LanguageMap readMap(JsonNode n) {
    Map<String, String> m = new LinkedHashMap<>();
    n.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
    return LanguageMap.copyOf(m);
  }
}
