package io.sigillo.credential;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Writes the JSON-LD document of a credential, in a fixed member order. */
final class CredentialWriter {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private CredentialWriter() {}

  static ObjectNode write(EdcCredential c) {
    ObjectNode o = F.objectNode();
    ArrayNode ctx = o.putArray("@context");
    ctx.add(Vocabulary.CREDENTIALS_V2_CONTEXT);
    ctx.add(Vocabulary.SIGILLO_EDC_CONTEXT);
    o.put("id", c.id().toString());
    ArrayNode types = o.putArray("type");
    c.types().forEach(types::add);
    o.set("issuer", organisation(c.issuer()));
    o.put("validFrom", Timestamps.format(c.validFrom()));
    o.put("validUntil", Timestamps.format(c.validUntil()));
    ObjectNode subject = person(c.subject());
    subject.set("hasClaim", c.isAttestation() ? attestation(c.attestation().orElseThrow()) : achievement(c.achievement()));
    o.set("credentialSubject", subject);
    c.replaces().ifPresent(r -> o.put("replaces", r.toString()));
    if (!c.evidence().isEmpty()) {
      ArrayNode ev = o.putArray("evidence");
      for (Evidence e : c.evidence()) {
        ObjectNode n = ev.addObject();
        n.put("id", e.id().toString());
        n.put("type", "Evidence");
        n.set("dcType", concept(e.type()));
        n.put("evidenceStatement", e.statement());
      }
    }
    if (!c.credentialStatus().isEmpty()) {
      ArrayNode status = o.putArray("credentialStatus");
      c.credentialStatus().forEach(e -> status.add(e.toJson()));
    }
    ArrayNode profiles = o.putArray("credentialProfiles");
    c.credentialProfiles().forEach(p -> profiles.add(concept(p)));
    o.set("displayParameter", display(c.displayParameter()));
    ArrayNode schemas = o.putArray("credentialSchema");
    for (CredentialSchemaRef s : c.credentialSchemas()) {
      ObjectNode n = schemas.addObject();
      n.put("id", s.id().toString());
      n.put("type", s.type());
    }
    if (c.proofs().size() == 1) {
      o.set("proof", c.proofs().get(0).toJson());
    } else if (!c.proofs().isEmpty()) {
      ArrayNode proofs = o.putArray("proof");
      c.proofs().forEach(p -> proofs.add(p.toJson()));
    }
    return o;
  }

  static ObjectNode organisation(Organisation org) {
    ObjectNode n = F.objectNode();
    n.put("id", org.id().toString());
    n.put("type", "Organisation");
    n.set("legalName", languageMap(org.legalName()));
    org.eidasIdentifier().ifPresent(li -> {
      ObjectNode l = n.putObject("eIDASIdentifier");
      l.put("type", "LegalIdentifier");
      l.put("notation", li.notation());
      l.set("spatial", concept(li.spatial()));
    });
    org.homepage().ifPresent(h -> {
      ObjectNode w = n.putObject("homepage");
      w.put("type", "WebResource");
      w.put("contentURL", h.toString());
    });
    return n;
  }

  private static ObjectNode person(Person p) {
    ObjectNode n = F.objectNode();
    n.put("id", p.id().toString());
    n.put("type", "Person");
    n.set("givenName", languageMap(p.givenName()));
    n.set("familyName", languageMap(p.familyName()));
    p.birthDate().ifPresent(d ->
        n.put("dateOfBirth", Timestamps.format(d.atStartOfDay(ZoneOffset.UTC).toInstant())));
    p.identifier().ifPresent(i -> {
      ObjectNode id = n.putObject("identifier");
      id.put("type", "Identifier");
      id.put("notation", i.notation());
      id.put("schemeName", i.schemeName());
    });
    p.email().ifPresent(e -> {
      ObjectNode cp = n.putObject("contactPoint");
      cp.put("type", "ContactPoint");
      ObjectNode mb = cp.putObject("emailAddress");
      mb.put("id", "mailto:" + e);
      mb.put("type", "Mailbox");
    });
    return n;
  }

  private static ObjectNode achievement(LearningAchievement a) {
    ObjectNode n = F.objectNode();
    n.put("id", a.id().toString());
    n.put("type", "LearningAchievement");
    n.set("title", languageMap(a.title()));
    ObjectNode aw = n.putObject("awardedBy");
    aw.put("type", "AwardingProcess");
    aw.set("awardingBody", organisation(a.awardedBy().awardingBody()));
    aw.put("awardingDate", Timestamps.format(a.awardedBy().awardingDate()));
    n.set("specifiedBy", qualification(a.specifiedBy()));
    return n;
  }

  private static ObjectNode attestation(QualityAttestation a) {
    ObjectNode n = F.objectNode();
    n.put("id", a.id().toString());
    n.put("type", "QualityAttestation");
    n.set("title", languageMap(a.title()));
    n.set("legalBasis", concept(a.legalBasis()));
    n.put("membershipNumber", a.membershipNumber());
    n.put("memberSince", Timestamps.format(a.memberSince().atStartOfDay(ZoneOffset.UTC).toInstant()));
    n.set("qualityStandard", qualification(a.qualityStandard()));
    ObjectNode desk = n.putObject("consumerDesk");
    desk.put("type", "WebResource");
    desk.put("contentURL", a.consumerDesk().toString());
    n.put("professionalLiabilityInsurance", a.professionalLiabilityInsurance());
    ObjectNode aw = n.putObject("awardedBy");
    aw.put("type", "AwardingProcess");
    aw.set("awardingBody", organisation(a.awardedBy().awardingBody()));
    aw.put("awardingDate", Timestamps.format(a.awardedBy().awardingDate()));
    return n;
  }

  private static ObjectNode qualification(Qualification q) {
    ObjectNode n = F.objectNode();
    n.put("id", q.id().toString());
    n.put("type", "Qualification");
    n.set("title", languageMap(q.title()));
    q.description().ifPresent(d -> n.set("description", languageMap(d)));
    if (!q.learningOutcomes().isEmpty()) {
      ArrayNode lo = n.putArray("learningOutcome");
      for (LearningOutcome o : q.learningOutcomes()) {
        ObjectNode on = lo.addObject();
        on.put("id", o.id().toString());
        on.put("type", "LearningOutcome");
        on.set("title", languageMap(o.title()));
      }
    }
    if (!q.notes().isEmpty()) {
      ArrayNode notes = n.putArray("additionalNote");
      for (LanguageMap note : q.notes()) {
        ObjectNode nn = notes.addObject();
        nn.put("type", "Note");
        nn.set("noteLiteral", languageMap(note));
      }
    }
    return n;
  }

  private static ObjectNode display(DisplayParameter d) {
    ObjectNode n = F.objectNode();
    n.put("type", "DisplayParameter");
    n.set("title", languageMap(d.title()));
    d.descriptionText().ifPresent(t -> n.set("description", languageMap(t)));
    n.set("primaryLanguage", concept(Concept.language(d.primaryLanguage())));
    ArrayNode langs = n.putArray("language");
    for (String l : d.languages()) {
      langs.add(concept(Concept.language(l)));
    }
    return n;
  }

  static ObjectNode concept(Concept c) {
    ObjectNode n = F.objectNode();
    n.put("id", c.id().toString());
    n.put("type", "Concept");
    c.inScheme().ifPresent(s -> {
      ObjectNode sn = n.putObject("inScheme");
      sn.put("id", s.toString());
      sn.put("type", "ConceptScheme");
    });
    c.prefLabel().ifPresent(l -> n.set("prefLabel", languageMap(l)));
    return n;
  }

  static ObjectNode languageMap(LanguageMap m) {
    ObjectNode n = F.objectNode();
    for (Map.Entry<String, String> e : m.asMap().entrySet()) {
      n.put(e.getKey(), e.getValue());
    }
    return n;
  }

  static List<String> contexts() {
    return List.of(Vocabulary.CREDENTIALS_V2_CONTEXT, Vocabulary.SIGILLO_EDC_CONTEXT);
  }
}
