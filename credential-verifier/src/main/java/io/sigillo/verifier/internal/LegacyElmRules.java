package io.sigillo.verifier.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillo.credential.FormatCode;
import io.sigillo.credential.FormatProblem;
import io.sigillo.credential.Timestamps;
import io.sigillo.credential.Vcdm2Rules;
import io.sigillo.credential.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * Structural rules for European Digital Credentials on the VC 1.1 data model (ELM v3, as the
 * European Commission's tools issued them in 2023).
 */
final class LegacyElmRules {
  private LegacyElmRules() {}

  static List<FormatProblem> check(JsonNode doc) {
    List<FormatProblem> out = new ArrayList<>();
    JsonNode ctx = doc.get("@context");
    if (ctx == null || !ctx.isArray() || ctx.isEmpty() || !ctx.get(0).isTextual()
        || !ctx.get(0).asText().equals(Vocabulary.CREDENTIALS_V1_CONTEXT)) {
      out.add(new FormatProblem(FormatCode.CONTEXT_BASE_NOT_FIRST, "$.@context",
          "the first @context entry must be " + Vocabulary.CREDENTIALS_V1_CONTEXT));
    }
    JsonNode type = doc.get("type");
    boolean vc = false;
    boolean edc = false;
    if (type != null && type.isArray()) {
      for (JsonNode t : type) {
        vc |= t.asText().equals(Vocabulary.VERIFIABLE_CREDENTIAL);
        edc |= t.asText().equals(Vocabulary.EUROPEAN_DIGITAL_CREDENTIAL);
      }
    }
    if (!vc || !edc) {
      out.add(new FormatProblem(FormatCode.TYPE_MISSING, "$.type",
          "type must include VerifiableCredential and EuropeanDigitalCredential"));
    }
    if (!Vcdm2Rules.isUrl(doc.get("id"))) {
      out.add(new FormatProblem(FormatCode.ID_INVALID, "$.id", "id must be a URL"));
    }
    JsonNode issuer = doc.get("issuer");
    if (issuer == null || !issuer.isObject() || !Vcdm2Rules.isUrl(issuer.get("id"))) {
      out.add(new FormatProblem(FormatCode.ISSUER_INVALID, "$.issuer", "issuer must be an object with a URL id"));
    }
    JsonNode subject = doc.get("credentialSubject");
    if (subject == null || !subject.isObject() || subject.isEmpty()) {
      out.add(new FormatProblem(FormatCode.SUBJECT_INVALID, "$.credentialSubject", "credentialSubject must be a non-empty object"));
    }
    if (!doc.has("validFrom") && !doc.has("issuanceDate")) {
      out.add(new FormatProblem(FormatCode.PROPERTY_MISSING, "$.validFrom", "validFrom or issuanceDate is required"));
    }
    for (String name : List.of("validFrom", "issuanceDate", "issued", "expirationDate", "validUntil")) {
      JsonNode v = doc.get(name);
      if (v != null && !(v.isTextual() && Timestamps.isDateTime(v.asText()))) {
        out.add(new FormatProblem(FormatCode.DATE_INVALID, "$." + name, name + " must be an XML Schema dateTime"));
      }
    }
    return out;
  }
}
