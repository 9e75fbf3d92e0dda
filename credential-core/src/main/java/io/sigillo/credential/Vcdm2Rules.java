package io.sigillo.credential;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The W3C Verifiable Credentials Data Model 2.0 rules a credential document must follow,
 * independent of any credential profile: base context first, {@code VerifiableCredential} type,
 * issuer and subject present, URLs where URLs are required, XML Schema date-times, a
 * {@code type} on every status, schema, evidence, proof, refresh and terms-of-use object, and
 * {@code name}/{@code description} of the credential and its issuer as strings or language value
 * objects.
 *
 * <p>These rules work on the JSON tree; the JSON-LD rules (contexts resolve, terms are defined,
 * protected terms are not redefined) are checked separately by {@code io.sigillo.jsonld}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Vcdm2Rules {
  private static final List<String> LANGUAGE_VALUE_PROPERTIES = List.of("name", "description");
  private static final Set<String> LANGUAGE_VALUE_MEMBERS = Set.of("@value", "@language", "@direction");

  private Vcdm2Rules() {}

  /**
   * Checks a credential document.
   *
   * @param doc the parsed document
   * @return every problem found, in document order; empty when the document follows the rules
   */
  public static List<FormatProblem> check(JsonNode doc) {
    List<FormatProblem> out = new ArrayList<>();
    if (doc == null || !doc.isObject()) {
      out.add(new FormatProblem(FormatCode.PROPERTY_INVALID, "$", "a credential must be a JSON object"));
      return out;
    }
    context(doc.get("@context"), out);
    types(doc, out);
    JsonNode id = doc.get("id");
    if (doc.has("id") && !isUrl(id)) {
      out.add(new FormatProblem(FormatCode.ID_INVALID, "$.id", "id must be a single URL"));
    }
    languageValues(doc, "$", out);
    issuer(doc, out);
    subjects(doc, out);
    Instant from = dateTime(doc, "validFrom", out);
    Instant until = dateTime(doc, "validUntil", out);
    if (from != null && until != null && until.isBefore(from)) {
      out.add(new FormatProblem(FormatCode.VALIDITY_ORDER, "$.validUntil", "validUntil precedes validFrom"));
    }
    typedObjects(doc, "credentialStatus", FormatCode.STATUS_INVALID, true, false, out);
    typedObjects(doc, "credentialSchema", FormatCode.SCHEMA_INVALID, true, true, out);
    typedObjects(doc, "evidence", FormatCode.EVIDENCE_INVALID, true, false, out);
    typedObjects(doc, "proof", FormatCode.PROOF_INVALID, true, false, out);
    typedObjects(doc, "refreshService", FormatCode.REFRESH_INVALID, true, false, out);
    typedObjects(doc, "termsOfUse", FormatCode.TERMS_OF_USE_INVALID, true, false, out);
    return out;
  }

  private static void context(JsonNode ctx, List<FormatProblem> out) {
    if (ctx == null) {
      out.add(new FormatProblem(FormatCode.CONTEXT_INVALID, "$.@context", "@context is missing"));
      return;
    }
    if (ctx.isTextual()) {
      if (!ctx.asText().equals(Vocabulary.CREDENTIALS_V2_CONTEXT)) {
        out.add(new FormatProblem(FormatCode.CONTEXT_BASE_NOT_FIRST, "$.@context",
            "the first @context entry must be " + Vocabulary.CREDENTIALS_V2_CONTEXT));
      }
      return;
    }
    if (!ctx.isArray() || ctx.isEmpty()) {
      out.add(new FormatProblem(FormatCode.CONTEXT_INVALID, "$.@context", "@context must be a non-empty array"));
      return;
    }
    if (!ctx.get(0).isTextual() || !ctx.get(0).asText().equals(Vocabulary.CREDENTIALS_V2_CONTEXT)) {
      out.add(new FormatProblem(FormatCode.CONTEXT_BASE_NOT_FIRST, "$.@context[0]",
          "the first @context entry must be " + Vocabulary.CREDENTIALS_V2_CONTEXT));
    }
    for (int i = 1; i < ctx.size(); i++) {
      JsonNode c = ctx.get(i);
      if (c.isTextual()) {
        if (!isUrl(c)) {
          out.add(new FormatProblem(FormatCode.CONTEXT_INVALID, "$.@context[" + i + "]",
              "context entries must be URLs: " + NodeReader.abbreviate(c.asText())));
        }
      } else if (!c.isObject()) {
        out.add(new FormatProblem(FormatCode.CONTEXT_INVALID, "$.@context[" + i + "]",
            "context entries must be URLs or objects"));
      }
    }
  }

  private static void types(JsonNode doc, List<FormatProblem> out) {
    JsonNode t = doc.get("type");
    if (t == null) {
      out.add(new FormatProblem(FormatCode.TYPE_INVALID, "$.type", "type is missing"));
      return;
    }
    List<String> values = new ArrayList<>();
    if (t.isTextual()) {
      values.add(t.asText());
    } else if (t.isArray()) {
      for (JsonNode e : t) {
        if (!e.isTextual()) {
          out.add(new FormatProblem(FormatCode.TYPE_INVALID, "$.type", "type entries must be strings"));
          return;
        }
        values.add(e.asText());
      }
    } else {
      out.add(new FormatProblem(FormatCode.TYPE_INVALID, "$.type", "type must be a string or an array of strings"));
      return;
    }
    if (!values.contains(Vocabulary.VERIFIABLE_CREDENTIAL)
        && !values.contains("https://www.w3.org/2018/credentials#VerifiableCredential")) {
      out.add(new FormatProblem(FormatCode.TYPE_MISSING, "$.type", "type must include VerifiableCredential"));
    }
  }

  private static void issuer(JsonNode doc, List<FormatProblem> out) {
    if (!doc.has("issuer")) {
      out.add(new FormatProblem(FormatCode.ISSUER_MISSING, "$.issuer", "issuer is missing"));
      return;
    }
    JsonNode issuer = doc.get("issuer");
    if (issuer.isTextual()) {
      if (!isUrl(issuer)) {
        out.add(new FormatProblem(FormatCode.ISSUER_INVALID, "$.issuer", "issuer must be a URL"));
      }
    } else if (issuer.isObject()) {
      if (!isUrl(issuer.get("id"))) {
        out.add(new FormatProblem(FormatCode.ISSUER_INVALID, "$.issuer.id", "issuer.id must be a URL"));
      }
      languageValues(issuer, "$.issuer", out);
    } else {
      out.add(new FormatProblem(FormatCode.ISSUER_INVALID, "$.issuer", "issuer must be a URL or an object with an id"));
    }
  }

  /**
   * VC 2.0 section 4.6: {@code name} and {@code description} of a credential or issuer are each a
   * string or a language value object ({@code @value} with optional {@code @language} and
   * {@code @direction}, nothing else), or an array of these.
   */
  private static void languageValues(JsonNode owner, String at, List<FormatProblem> out) {
    for (String name : LANGUAGE_VALUE_PROPERTIES) {
      JsonNode v = owner.get(name);
      if (v == null) {
        continue;
      }
      String path = at + "." + name;
      if (v.isArray()) {
        if (v.isEmpty()) {
          out.add(new FormatProblem(FormatCode.LANGUAGE_VALUE_INVALID, path, name + " is an empty array"));
        }
        for (int i = 0; i < v.size(); i++) {
          languageValue(v.get(i), name, path + "[" + i + "]", out);
        }
      } else {
        languageValue(v, name, path, out);
      }
    }
  }

  private static void languageValue(JsonNode v, String name, String at, List<FormatProblem> out) {
    if (v.isTextual()) {
      return;
    }
    if (!v.isObject()) {
      out.add(new FormatProblem(FormatCode.LANGUAGE_VALUE_INVALID, at,
          name + " must be a string or a language value object"));
      return;
    }
    JsonNode value = v.get("@value");
    if (value == null || !value.isTextual()) {
      out.add(new FormatProblem(FormatCode.LANGUAGE_VALUE_INVALID, at + ".@value",
          "a language value object needs a string @value"));
    }
    JsonNode language = v.get("@language");
    if (language != null && !(language.isTextual() && LanguageMap.isLanguageTag(language.asText()))) {
      out.add(new FormatProblem(FormatCode.LANGUAGE_VALUE_INVALID, at + ".@language",
          "@language must be a BCP 47 language tag"));
    }
    JsonNode direction = v.get("@direction");
    if (direction != null && !(direction.isTextual()
        && (direction.asText().equals("ltr") || direction.asText().equals("rtl")))) {
      out.add(new FormatProblem(FormatCode.LANGUAGE_VALUE_INVALID, at + ".@direction",
          "@direction must be \"ltr\" or \"rtl\""));
    }
    for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
      String member = it.next();
      if (!LANGUAGE_VALUE_MEMBERS.contains(member)) {
        out.add(new FormatProblem(FormatCode.LANGUAGE_VALUE_INVALID, at + "." + NodeReader.abbreviate(member),
            "a language value object holds only @value, @language and @direction"));
      }
    }
  }

  private static void subjects(JsonNode doc, List<FormatProblem> out) {
    JsonNode s = doc.get("credentialSubject");
    if (s == null || s.isNull()) {
      out.add(new FormatProblem(FormatCode.SUBJECT_MISSING, "$.credentialSubject", "credentialSubject is missing"));
      return;
    }
    List<JsonNode> subjects = new ArrayList<>();
    if (s.isArray()) {
      s.forEach(subjects::add);
      if (subjects.isEmpty()) {
        out.add(new FormatProblem(FormatCode.SUBJECT_INVALID, "$.credentialSubject", "credentialSubject is empty"));
      }
    } else {
      subjects.add(s);
    }
    for (int i = 0; i < subjects.size(); i++) {
      JsonNode subject = subjects.get(i);
      String at = s.isArray() ? "$.credentialSubject[" + i + "]" : "$.credentialSubject";
      if (!subject.isObject()) {
        out.add(new FormatProblem(FormatCode.SUBJECT_INVALID, at, "credentialSubject must be an object"));
      } else if (subject.isEmpty()) {
        out.add(new FormatProblem(FormatCode.SUBJECT_INVALID, at, "credentialSubject makes no claim"));
      } else if (subject.has("id") && !isUrl(subject.get("id"))) {
        out.add(new FormatProblem(FormatCode.SUBJECT_INVALID, at + ".id", "credentialSubject.id must be a single URL"));
      }
    }
  }

  private static Instant dateTime(JsonNode doc, String name, List<FormatProblem> out) {
    JsonNode v = doc.get(name);
    if (v == null) {
      return null;
    }
    if (v.isTextual() && Timestamps.isDateTime(v.asText())) {
      return Timestamps.parse(v.asText());
    }
    out.add(new FormatProblem(FormatCode.DATE_INVALID, "$." + name, name + " must be an XML Schema dateTimeStamp"));
    return null;
  }

  private static void typedObjects(
      JsonNode doc, String name, FormatCode code, boolean typeRequired, boolean idRequired,
      List<FormatProblem> out) {
    JsonNode v = doc.get(name);
    if (v == null) {
      return;
    }
    List<JsonNode> items = new ArrayList<>();
    if (v.isArray()) {
      v.forEach(items::add);
    } else {
      items.add(v);
    }
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String at = "$." + name + (v.isArray() ? "[" + i + "]" : "");
      if (!item.isObject()) {
        out.add(new FormatProblem(code, at, name + " must be an object"));
        continue;
      }
      JsonNode type = item.get("type");
      if (typeRequired && !isTypeValue(type)) {
        out.add(new FormatProblem(code, at + ".type", name + " must have a type"));
      }
      if (item.has("id") ? !isUrl(item.get("id")) : idRequired) {
        out.add(new FormatProblem(code, at + ".id", name + ".id must be a single URL"));
      }
    }
  }

  private static boolean isTypeValue(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isTextual()) {
      return !type.asText().isBlank();
    }
    if (type.isArray() && !type.isEmpty()) {
      for (JsonNode t : type) {
        if (!t.isTextual() || t.asText().isBlank()) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * Whether a JSON value is a single absolute URL (a URI with a scheme).
   *
   * @param v the value
   * @return true if it is a string holding an absolute URI
   */
  public static boolean isUrl(JsonNode v) {
    if (v == null || !v.isTextual()) {
      return false;
    }
    try {
      return AbsoluteUris.parse(v.asText()).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }

}
