package io.sigillo.verifier.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillo.credential.CredentialFormatException;
import io.sigillo.credential.CredentialJson;
import io.sigillo.credential.EdcCredential;
import io.sigillo.credential.FormatCode;
import io.sigillo.credential.FormatProblem;
import io.sigillo.credential.LearningOutcome;
import io.sigillo.credential.Qualification;
import io.sigillo.credential.Timestamps;
import io.sigillo.credential.Vocabulary;
import io.sigillo.json.StrictJson;
import io.sigillo.json.StrictJsonException;
import io.sigillo.jsonld.JsonLdValidator;
import io.sigillo.profile.Competence;
import io.sigillo.profile.Profile;
import io.sigillo.profile.ProfileCatalogue;
import io.sigillo.verifier.CredentialFormat;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the FORMAT check learned about a credential document, and the facts the other checks read
 * from it (issuer identifier, validity dates, status entry) whether or not FORMAT passed.
 *
 * @param document the parsed document, or null if it is not JSON
 * @param format the format it was read as, or null
 * @param credential the typed credential, for the Sigillo EDC format
 * @param problems every format problem found; empty when FORMAT passes
 * @param jsonError the JSON error when the payload is not JSON, else null
 * @param issuerNotation {@code issuer.eIDASIdentifier.notation}, or null
 * @param validFrom start of validity, or null
 * @param validUntil end of validity, or null
 * @param validityProblem why the validity dates could not be read, or null
 * @param hasStatus whether the document has {@code credentialStatus}
 */
public record CredentialFacts(
    JsonNode document, CredentialFormat format, EdcCredential credential,
    List<FormatProblem> problems, String jsonError, String issuerNotation,
    Instant validFrom, Instant validUntil, String validityProblem, boolean hasStatus) {

  /**
   * Reads a payload.
   *
   * @param payload the credential bytes
   * @param json the JSON reader
   * @param formats the accepted formats
   * @param catalogue the recognised profiles
   * @param jsonLd the JSON-LD validator, or null to skip expansion
   * @return the facts
   */
  public static CredentialFacts read(byte[] payload, StrictJson json, Set<CredentialFormat> formats,
      ProfileCatalogue catalogue, JsonLdValidator jsonLd) {
    JsonNode doc;
    try {
      doc = json.parse(payload);
    } catch (StrictJsonException e) {
      return new CredentialFacts(null, null, null,
          List.of(new FormatProblem(FormatCode.MALFORMED_JSON, "$", e.code() + ": " + e.getMessage())),
          e.code() + ": " + e.getMessage(), null, null, null, "the credential is not JSON", false);
    }
    List<FormatProblem> problems = new ArrayList<>();
    CredentialFormat format = null;
    EdcCredential credential = null;
    String base = doc.path("@context").isArray() ? doc.path("@context").path(0).asText(null)
        : doc.path("@context").asText(null);
    boolean legacy = Vocabulary.CREDENTIALS_V1_CONTEXT.equals(base);
    if (legacy) {
      if (formats.contains(CredentialFormat.ELM_V3_LEGACY)) {
        format = CredentialFormat.ELM_V3_LEGACY;
        problems.addAll(LegacyElmRules.check(doc));
      } else {
        problems.add(new FormatProblem(FormatCode.CONTEXT_BASE_NOT_FIRST, "$.@context",
            "a VC 1.1 credential (ELM v3 legacy); the policy accepts only " + formats));
      }
    } else if (formats.contains(CredentialFormat.SIGILLO_EDC)) {
      format = CredentialFormat.SIGILLO_EDC;
      try {
        credential = CredentialJson.read(doc);
        problems.addAll(profileProblems(credential, catalogue));
      } catch (CredentialFormatException e) {
        problems.addAll(e.problems());
      }
      if (jsonLd != null && problems.isEmpty()) {
        problems.addAll(jsonLd.validate(doc));
      }
    } else {
      problems.add(new FormatProblem(FormatCode.CONTEXT_NOT_PROFILE, "$.@context",
          "not a format the policy accepts: " + formats));
    }
    JsonNode issuer = doc.path("issuer");
    String notation = issuer.path("eIDASIdentifier").path("notation").isTextual()
        ? issuer.path("eIDASIdentifier").path("notation").asText() : null;
    Instant from = null;
    Instant until = null;
    String validityProblem = null;
    try {
      from = date(doc, legacy ? new String[] {"validFrom", "issuanceDate"} : new String[] {"validFrom"});
      until = date(doc, legacy ? new String[] {"expirationDate", "validUntil"} : new String[] {"validUntil"});
    } catch (DateTimeParseException e) {
      validityProblem = "a validity date is not an XML Schema dateTime";
    }
    return new CredentialFacts(doc, format, problems.isEmpty() ? credential : null, List.copyOf(problems),
        null, notation, from, until, validityProblem, doc.has("credentialStatus"));
  }

  private static Instant date(JsonNode doc, String[] names) {
    for (String n : names) {
      JsonNode v = doc.get(n);
      if (v != null) {
        if (!v.isTextual()) {
          throw new DateTimeParseException("not a string", String.valueOf(v), 0);
        }
        return Timestamps.parse(v.asText());
      }
    }
    return null;
  }

  /**
   * The qualification (of a certificate's achievement, or the quality standard of a professional
   * quality attestation) must be a catalogue profile, with exactly its competences.
   */
  private static List<FormatProblem> profileProblems(EdcCredential c, ProfileCatalogue catalogue) {
    List<FormatProblem> out = new ArrayList<>();
    Qualification q = c.qualification();
    String at = c.isAttestation() ? "$.credentialSubject.hasClaim.qualityStandard"
        : "$.credentialSubject.hasClaim.specifiedBy";
    Profile profile = catalogue.find(q.id()).orElse(null);
    if (profile == null) {
      out.add(new FormatProblem(FormatCode.PROFILE_UNKNOWN, at + ".id",
          "the qualification " + q.id() + " is not a profile the verifier recognises"));
      return out;
    }
    // The outcome ids, as a set, must be the competence ids. Both are free of repeats (Qualification
    // and Profile refuse repeated ids), so that holds when every outcome names a competence and
    // there are as many outcomes as competences: map lookups instead of building two sets.
    List<LearningOutcome> outcomes = q.learningOutcomes();
    Competence[] matched = new Competence[outcomes.size()];
    boolean same = matched.length == profile.competences().size();
    for (int i = 0; i < matched.length && same; i++) {
      matched[i] = profile.competence(outcomes.get(i).id()).orElse(null);
      same = matched[i] != null;
    }
    if (!same) {
      out.add(new FormatProblem(FormatCode.PROFILE_UNKNOWN, at + ".learningOutcome",
          "the learning outcomes are not the competences of " + profile.code()));
      return out;
    }
    for (int i = 0; i < matched.length; i++) {
      LearningOutcome o = outcomes.get(i);
      Competence comp = matched[i];
      if (!comp.text().equals(o.title())) {
        out.add(new FormatProblem(FormatCode.PROFILE_UNKNOWN, at + ".learningOutcome",
            "learning outcome " + o.id() + " does not state the catalogue's competence text"));
      }
    }
    return out;
  }
}
