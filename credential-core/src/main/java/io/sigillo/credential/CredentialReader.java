package io.sigillo.credential;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillo.dataintegrity.DataIntegrityProof;
import io.sigillo.status.BitstringStatusListEntry;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Reads a credential document of the Sigillo EDC profile into the typed model. */
final class CredentialReader {
  private final List<FormatProblem> problems = new ArrayList<>();

  private CredentialReader() {}

  static EdcCredential read(JsonNode doc) throws CredentialFormatException {
    CredentialReader r = new CredentialReader();
    EdcCredential c = r.credential(doc);
    if (!r.problems.isEmpty() || c == null) {
      if (r.problems.isEmpty()) {
        r.problems.add(new FormatProblem(FormatCode.PROPERTY_INVALID, "$", "credential could not be read"));
      }
      throw new CredentialFormatException(r.problems);
    }
    return c;
  }

  private EdcCredential credential(JsonNode doc) {
    if (doc == null || !doc.isObject()) {
      problems.add(new FormatProblem(FormatCode.PROPERTY_INVALID, "$", "a credential must be a JSON object"));
      return null;
    }
    NodeReader r = new NodeReader(doc, "$", problems);
    JsonNode ctx = r.require("@context");
    if (ctx != null && !isProfileContext(ctx)) {
      r.problem(FormatCode.CONTEXT_NOT_PROFILE, "$.@context",
          "@context must be [\"" + Vocabulary.CREDENTIALS_V2_CONTEXT + "\", \""
              + Vocabulary.SIGILLO_EDC_CONTEXT + "\"]");
    }
    String id = r.string("id", true);
    if (id != null && !EdcCredential.isUrnUuid(id)) {
      r.problem(FormatCode.ID_INVALID, "$.id", "credential id must be a lower-case urn:uuid");
    }
    List<String> types = types(r);
    Organisation issuer = organisation(r.object("issuer", true), true);
    Instant from = r.dateTime("validFrom", true);
    Instant until = r.dateTime("validUntil", true);
    ValidityPeriod validity = null;
    if (from != null && until != null) {
      if (until.isBefore(from)) {
        r.problem(FormatCode.VALIDITY_ORDER, "$.validUntil", "validUntil precedes validFrom");
      } else if (!ValidityPeriod.isWithinMaximum(from, until)) {
        r.problem(FormatCode.VALIDITY_TOO_LONG, "$.validUntil",
            "validity window is longer than " + ValidityPeriod.MAXIMUM_YEARS + " years (latest permitted validUntil "
                + Timestamps.format(ValidityPeriod.maximumEnd(from)) + ")");
      } else {
        validity = new ValidityPeriod(from, until);
      }
    }
    Person subject = null;
    LearningAchievement achievement = null;
    QualityAttestation attestation = null;
    boolean isAttestation = types.contains(Vocabulary.PROFESSIONAL_QUALITY_ATTESTATION);
    NodeReader s = r.object("credentialSubject", true);
    if (s != null) {
      subject = person(s);
      if (isAttestation) {
        attestation = attestation(s.object("hasClaim", true));
      } else {
        achievement = achievement(s.object("hasClaim", true));
      }
      s.finish();
    }
    URI replaces = null;
    String replacesText = r.string("replaces", false);
    if (replacesText != null) {
      if (EdcCredential.isUrnUuid(replacesText) && !replacesText.equals(id)) {
        replaces = URI.create(replacesText);
      } else {
        r.problem(FormatCode.PROPERTY_INVALID, "$.replaces", "replaces must be another credential's lower-case urn:uuid");
      }
    }
    List<Evidence> evidence = new ArrayList<>();
    for (NodeReader e : r.objects("evidence", false)) {
      Evidence ev = evidence(e);
      if (ev != null) {
        evidence.add(ev);
      }
    }
    List<BitstringStatusListEntry> status = status(r);
    List<Concept> profiles = new ArrayList<>();
    for (NodeReader p : r.objects("credentialProfiles", true)) {
      Concept c = concept(p);
      if (c != null) {
        profiles.add(c);
      }
    }
    DisplayParameter display = display(r.object("displayParameter", true));
    List<CredentialSchemaRef> schemas = new ArrayList<>();
    for (NodeReader sc : r.objects("credentialSchema", true)) {
      URI sid = sc.uri("id", true);
      String stype = sc.string("type", true);
      sc.finish();
      if (sid != null && stype != null) {
        schemas.add(new CredentialSchemaRef(sid, stype));
      }
    }
    List<DataIntegrityProof> proofs = proofs(r.raw("proof"));
    r.finish();
    if (!problems.isEmpty()) {
      return null;
    }
    ValidityPeriod validityFinal = validity;
    Person subjectFinal = subject;
    LearningAchievement achievementFinal = achievement;
    QualityAttestation attestationFinal = attestation;
    URI replacesFinal = replaces;
    return build(r, () -> EdcCredential.newBuilder()
        .id(URI.create(id))
        .types(types)
        .issuer(issuer)
        .validity(validityFinal)
        .subject(subjectFinal)
        .achievement(achievementFinal)
        .attestation(attestationFinal)
        .replaces(replacesFinal)
        .evidence(evidence)
        .credentialProfiles(profiles)
        .displayParameter(display)
        .credentialSchemas(schemas)
        .credentialStatus(status)
        .proofs(proofs)
        .build());
  }

  private List<BitstringStatusListEntry> status(NodeReader r) {
    JsonNode v = r.raw("credentialStatus");
    List<BitstringStatusListEntry> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    List<JsonNode> items = new ArrayList<>();
    if (v.isArray() && !v.isEmpty()) {
      v.forEach(items::add);
    } else if (v.isObject()) {
      items.add(v);
    } else {
      r.problem(FormatCode.STATUS_INVALID, "$.credentialStatus", "credentialStatus must be an object or a non-empty array of objects");
      return out;
    }
    for (int i = 0; i < items.size(); i++) {
      String at = v.isArray() ? "$.credentialStatus[" + i + "]" : "$.credentialStatus";
      try {
        BitstringStatusListEntry e = BitstringStatusListEntry.fromJson(items.get(i), at);
        if (out.stream().anyMatch(x -> x.purpose() == e.purpose())) {
          r.problem(FormatCode.STATUS_INVALID, at + ".statusPurpose", "a second entry for purpose " + e.purpose());
        } else {
          out.add(e);
        }
      } catch (CredentialFormatException e) {
        problems.addAll(e.problems());
      }
    }
    return out;
  }

  /** The embedded Data Integrity proofs: one object or a non-empty array of them. */
  private List<DataIntegrityProof> proofs(JsonNode node) {
    List<DataIntegrityProof> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (node.isArray() && node.isEmpty()) {
      problems.add(new FormatProblem(FormatCode.PROOF_INVALID, "$.proof", "proof must not be an empty array"));
      return out;
    }
    int i = 0;
    for (JsonNode p : node.isArray() ? node : List.of(node)) {
      String path = node.isArray() ? "$.proof[" + i + "]" : "$.proof";
      i++;
      try {
        out.add(DataIntegrityProof.read(p, path));
      } catch (CredentialFormatException e) {
        problems.addAll(e.problems());
      }
    }
    return out;
  }

  private static boolean isProfileContext(JsonNode ctx) {
    return ctx.isArray() && ctx.size() == 2
        && ctx.get(0).isTextual() && ctx.get(0).asText().equals(Vocabulary.CREDENTIALS_V2_CONTEXT)
        && ctx.get(1).isTextual() && ctx.get(1).asText().equals(Vocabulary.SIGILLO_EDC_CONTEXT);
  }

  private List<String> types(NodeReader r) {
    JsonNode t = r.require("type");
    List<String> out = new ArrayList<>();
    if (t == null) {
      return out;
    }
    if (!t.isArray()) {
      r.problem(FormatCode.TYPE_INVALID, "$.type", "type must be an array of type names");
      return out;
    }
    for (JsonNode e : t) {
      if (!e.isTextual()) {
        r.problem(FormatCode.TYPE_INVALID, "$.type", "type entries must be strings");
      } else if (!e.asText().equals(Vocabulary.VERIFIABLE_CREDENTIAL)
          && !e.asText().equals(Vocabulary.EUROPEAN_DIGITAL_CREDENTIAL)
          && !e.asText().equals(Vocabulary.PROFESSIONAL_QUALITY_ATTESTATION)) {
        r.problem(FormatCode.TYPE_INVALID, "$.type", "type '" + NodeReader.abbreviate(e.asText()) + "' is not part of the credential profile");
      } else if (out.contains(e.asText())) {
        r.problem(FormatCode.TYPE_INVALID, "$.type", "type '" + e.asText() + "' is listed twice");
      } else {
        out.add(e.asText());
      }
    }
    for (String required : List.of(Vocabulary.VERIFIABLE_CREDENTIAL, Vocabulary.EUROPEAN_DIGITAL_CREDENTIAL)) {
      if (!out.contains(required)) {
        r.problem(FormatCode.TYPE_MISSING, "$.type", "type must include " + required);
      }
    }
    return out;
  }

  private Organisation organisation(NodeReader o, boolean requireEidas) {
    if (o == null) {
      return null;
    }
    URI id = o.uri("id", true);
    o.expectType("Organisation");
    LanguageMap name = o.languageMap("legalName", true);
    LegalIdentifier legal = null;
    NodeReader li = o.object("eIDASIdentifier", requireEidas);
    if (li != null) {
      li.expectType("LegalIdentifier");
      String notation = li.string("notation", true);
      Concept spatial = concept(li.object("spatial", true));
      li.finish();
      if (notation != null && spatial != null) {
        legal = build(li, () -> LegalIdentifier.of(notation, spatial));
      }
    }
    URI homepage = null;
    NodeReader hp = o.object("homepage", false);
    if (hp != null) {
      hp.expectType("WebResource");
      homepage = hp.uri("contentURL", true);
      hp.finish();
    }
    o.finish();
    if (id == null || name == null || (requireEidas && legal == null)) {
      return null;
    }
    LegalIdentifier legalFinal = legal;
    URI homepageFinal = homepage;
    return build(o, () -> Organisation.newBuilder()
        .id(id).legalName(name).eidasIdentifier(legalFinal).homepage(homepageFinal).build());
  }

  private Person person(NodeReader p) {
    URI id = p.uri("id", true);
    p.expectType("Person");
    LanguageMap given = p.languageMap("givenName", true);
    LanguageMap family = p.languageMap("familyName", true);
    Instant birth = p.dateTime("dateOfBirth", false);
    LocalDate birthDate = null;
    if (birth != null) {
      if (!birth.atOffset(ZoneOffset.UTC).toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
        p.problem(FormatCode.PROPERTY_INVALID, p.child("dateOfBirth"), "dateOfBirth must be a date at 00:00:00Z");
      } else {
        birthDate = LocalDate.ofInstant(birth, ZoneOffset.UTC);
      }
    }
    Identifier identifier = null;
    NodeReader idn = p.object("identifier", false);
    if (idn != null) {
      idn.expectType("Identifier");
      String notation = idn.string("notation", true);
      String scheme = idn.string("schemeName", true);
      idn.finish();
      if (notation != null && scheme != null) {
        identifier = Identifier.of(notation, scheme);
      }
    }
    String email = null;
    NodeReader cp = p.object("contactPoint", false);
    if (cp != null) {
      cp.expectType("ContactPoint");
      NodeReader mb = cp.object("emailAddress", true);
      if (mb != null) {
        mb.expectType("Mailbox");
        String mailto = mb.string("id", true);
        if (mailto != null) {
          if (mailto.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
            email = mailto.substring("mailto:".length());
          } else {
            mb.problem(FormatCode.PROPERTY_INVALID, mb.child("id"), "e-mail address must be a mailto: URI");
          }
        }
        mb.finish();
      }
      cp.finish();
    }
    if (id == null || given == null || family == null) {
      return null;
    }
    LocalDate bd = birthDate;
    Identifier ident = identifier;
    String mail = email;
    return build(p, () -> Person.newBuilder()
        .id(id).givenName(given).familyName(family).birthDate(bd).identifier(ident).email(mail).build());
  }

  private LearningAchievement achievement(NodeReader a) {
    if (a == null) {
      return null;
    }
    URI id = a.uri("id", true);
    a.expectType("LearningAchievement");
    LanguageMap title = a.languageMap("title", true);
    AwardingProcess awarded = awardingProcess(a.object("awardedBy", true));
    Qualification q = qualification(a.object("specifiedBy", true));
    a.finish();
    if (id == null || title == null || awarded == null || q == null) {
      return null;
    }
    AwardingProcess awardedFinal = awarded;
    return build(a, () -> new LearningAchievement(id, title, q, awardedFinal));
  }

  private QualityAttestation attestation(NodeReader a) {
    if (a == null) {
      return null;
    }
    URI id = a.uri("id", true);
    a.expectType("QualityAttestation");
    LanguageMap title = a.languageMap("title", true);
    Concept legalBasis = concept(a.object("legalBasis", true));
    String number = a.string("membershipNumber", true);
    LocalDate since = date(a, "memberSince", true);
    Qualification standard = qualification(a.object("qualityStandard", true));
    URI desk = null;
    NodeReader d = a.object("consumerDesk", true);
    if (d != null) {
      d.expectType("WebResource");
      desk = d.uri("contentURL", true);
      d.finish();
    }
    Boolean insured = null;
    JsonNode ins = a.require("professionalLiabilityInsurance");
    if (ins != null) {
      if (ins.isBoolean()) {
        insured = ins.booleanValue();
      } else {
        a.problem(FormatCode.PROPERTY_INVALID, a.child("professionalLiabilityInsurance"), "must be true or false");
      }
    }
    AwardingProcess awarded = awardingProcess(a.object("awardedBy", true));
    a.finish();
    if (id == null || title == null || legalBasis == null || number == null || since == null || standard == null
        || desk == null || insured == null || awarded == null) {
      return null;
    }
    URI deskFinal = desk;
    boolean insuredFinal = insured;
    return build(a, () -> QualityAttestation.newBuilder().id(id).title(title).legalBasis(legalBasis)
        .membershipNumber(number).memberSince(since).qualityStandard(standard).consumerDesk(deskFinal)
        .professionalLiabilityInsurance(insuredFinal).awardedBy(awarded).build());
  }

  /** A date written as a dateTime at 00:00:00Z. */
  private LocalDate date(NodeReader n, String name, boolean required) {
    Instant t = n.dateTime(name, required);
    if (t == null) {
      return null;
    }
    if (!t.atOffset(ZoneOffset.UTC).toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
      n.problem(FormatCode.PROPERTY_INVALID, n.child(name), name + " must be a date at 00:00:00Z");
      return null;
    }
    return LocalDate.ofInstant(t, ZoneOffset.UTC);
  }

  private AwardingProcess awardingProcess(NodeReader aw) {
    if (aw == null) {
      return null;
    }
    aw.expectType("AwardingProcess");
    Organisation body = organisation(aw.object("awardingBody", true), false);
    Instant date = aw.dateTime("awardingDate", true);
    aw.finish();
    return body != null && date != null ? new AwardingProcess(body, date) : null;
  }

  private Qualification qualification(NodeReader q) {
    if (q == null) {
      return null;
    }
    URI id = q.uri("id", true);
    q.expectType("Qualification");
    LanguageMap title = q.languageMap("title", true);
    LanguageMap description = q.languageMap("description", false);
    List<LearningOutcome> outcomes = new ArrayList<>();
    for (NodeReader lo : q.objects("learningOutcome", false)) {
      URI oid = lo.uri("id", true);
      lo.expectType("LearningOutcome");
      LanguageMap ot = lo.languageMap("title", true);
      lo.finish();
      if (oid != null && ot != null) {
        outcomes.add(new LearningOutcome(oid, ot));
      }
    }
    List<LanguageMap> notes = new ArrayList<>();
    for (NodeReader n : q.objects("additionalNote", false)) {
      n.expectType("Note");
      LanguageMap text = n.languageMap("noteLiteral", true);
      n.finish();
      if (text != null) {
        notes.add(text);
      }
    }
    q.finish();
    if (id == null || title == null) {
      return null;
    }
    return build(q, () -> Qualification.newBuilder()
        .id(id).title(title).description(description).learningOutcomes(outcomes).notes(notes).build());
  }

  private Evidence evidence(NodeReader e) {
    URI id = e.uri("id", true);
    e.expectType("Evidence");
    Concept type = concept(e.object("dcType", true));
    String statement = e.string("evidenceStatement", true);
    e.finish();
    if (id == null || type == null || statement == null) {
      return null;
    }
    return build(e, () -> new Evidence(id, type, statement));
  }

  private DisplayParameter display(NodeReader d) {
    if (d == null) {
      return null;
    }
    d.expectType("DisplayParameter");
    LanguageMap title = d.languageMap("title", true);
    LanguageMap description = d.languageMap("description", false);
    String primary = languageTag(d.object("primaryLanguage", true));
    List<String> languages = new ArrayList<>();
    for (NodeReader l : d.objects("language", true)) {
      String tag = languageTag(l);
      if (tag != null) {
        languages.add(tag);
      }
    }
    d.finish();
    if (title == null || primary == null || languages.isEmpty()) {
      return null;
    }
    return build(d, () -> new DisplayParameter(title, description, primary, languages));
  }

  private String languageTag(NodeReader l) {
    Concept c = concept(l);
    if (c == null) {
      return null;
    }
    String id = c.id().toString();
    String prefix = Vocabulary.LANGUAGE_AUTHORITY + "/";
    if (!id.startsWith(prefix)) {
      l.problem(FormatCode.PROPERTY_INVALID, l.child("id"), "not an EU language authority concept: " + NodeReader.abbreviate(id));
      return null;
    }
    String code = id.substring(prefix.length());
    String tag = Checks.languageTagOfAlpha3(code);
    if (tag == null) {
      l.problem(FormatCode.PROPERTY_INVALID, l.child("id"), "unknown language code: " + NodeReader.abbreviate(code));
    }
    return tag;
  }

  private Concept concept(NodeReader c) {
    if (c == null) {
      return null;
    }
    URI id = c.uri("id", true);
    c.expectType("Concept");
    URI scheme = null;
    NodeReader s = c.object("inScheme", false);
    if (s != null) {
      scheme = s.uri("id", true);
      s.expectType("ConceptScheme");
      s.finish();
    }
    LanguageMap label = c.languageMap("prefLabel", false);
    c.finish();
    if (id == null) {
      return null;
    }
    return Concept.of(id, scheme, label);
  }

  /**
   * Runs a model builder, recording its refusal as PROPERTY_INVALID at the path of {@code at}
   * (built only then).
   */
  private <T> T build(NodeReader at, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      problems.add(new FormatProblem(FormatCode.PROPERTY_INVALID, at.path(), e.getMessage() == null ? "invalid value" : e.getMessage()));
      return null;
    }
  }
}
