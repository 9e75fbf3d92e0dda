package io.sigillo.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillo.credential.CredentialFormatException;
import io.sigillo.credential.FormatCode;
import io.sigillo.credential.FormatProblem;
import io.sigillo.credential.Timestamps;
import io.sigillo.credential.Vcdm2Rules;
import io.sigillo.credential.Vocabulary;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a {@link BitstringStatusListCredential} document strictly, reporting every problem. */
final class ListCredentialReader {
  private static final Set<String> MEMBERS = Set.of("@context", "id", "type", "issuer", "validFrom",
      "validUntil", "credentialSubject");
  private static final Set<String> SUBJECT_MEMBERS = Set.of("id", "type", "statusPurpose", "encodedList", "ttl");

  private ListCredentialReader() {}

  static BitstringStatusListCredential read(JsonNode doc) throws CredentialFormatException {
    List<FormatProblem> problems = new ArrayList<>(Vcdm2Rules.check(doc));
    if (!doc.isObject()) {
      throw new CredentialFormatException(problems);
    }
    BitstringStatusListCredential.Builder b = BitstringStatusListCredential.newBuilder();
    JsonNode ctx = doc.get("@context");
    boolean ctxOk = ctx != null && (ctx.isTextual() && Vocabulary.CREDENTIALS_V2_CONTEXT.equals(ctx.asText())
        || ctx.isArray() && ctx.size() == 1 && Vocabulary.CREDENTIALS_V2_CONTEXT.equals(ctx.get(0).asText(null)));
    if (!ctxOk) {
      add(problems, FormatCode.CONTEXT_NOT_PROFILE, "$.@context",
          "a status list credential's @context must be [\"" + Vocabulary.CREDENTIALS_V2_CONTEXT + "\"]");
    }
    unknown(doc, MEMBERS, "$", problems);
    JsonNode type = doc.get("type");
    Set<String> types = new LinkedHashSet<>();
    if (type != null && type.isArray()) {
      type.forEach(t -> types.add(t.asText("")));
    }
    if (!types.equals(Set.of(Vocabulary.VERIFIABLE_CREDENTIAL, BitstringStatusListCredential.TYPE)) || type.size() != 2) {
      add(problems, FormatCode.TYPE_INVALID, "$.type",
          "type must be [\"VerifiableCredential\", \"" + BitstringStatusListCredential.TYPE + "\"]");
    }
    b.id(url(doc.get("id"), "$.id", problems));
    JsonNode issuer = doc.get("issuer");
    if (issuer != null && issuer.isObject()) {
      unknown(issuer, Set.of("id", "type", "name"), "$.issuer", problems);
      b.issuer(url(issuer.get("id"), "$.issuer.id", problems));
    } else {
      b.issuer(url(issuer, "$.issuer", problems));
    }
    b.validFrom(date(doc.get("validFrom")));
    b.validUntil(date(doc.get("validUntil")));
    JsonNode s = doc.get("credentialSubject");
    if (s == null || !s.isObject()) {
      add(problems, FormatCode.SUBJECT_INVALID, "$.credentialSubject", "credentialSubject must be one object");
    } else {
      subject(s, b, problems);
    }
    if (!problems.isEmpty()) {
      throw new CredentialFormatException(problems);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new CredentialFormatException(List.of(
          new FormatProblem(FormatCode.PROPERTY_INVALID, "$", String.valueOf(e.getMessage()))));
    }
  }

  private static void subject(JsonNode s, BitstringStatusListCredential.Builder b, List<FormatProblem> problems) {
    unknown(s, SUBJECT_MEMBERS, "$.credentialSubject", problems);
    b.subjectId(url(s.get("id"), "$.credentialSubject.id", problems));
    JsonNode st = s.get("type");
    if (st == null || !(st.isTextual() && BitstringStatusListCredential.SUBJECT_TYPE.equals(st.asText())
        || st.isArray() && st.size() == 1 && BitstringStatusListCredential.SUBJECT_TYPE.equals(st.get(0).asText(null)))) {
      add(problems, FormatCode.SUBJECT_INVALID, "$.credentialSubject.type", "type must be '" + BitstringStatusListCredential.SUBJECT_TYPE + "'");
    }
    JsonNode p = s.get("statusPurpose");
    List<JsonNode> values = new ArrayList<>();
    if (p != null && p.isArray()) {
      p.forEach(values::add);
    } else if (p != null) {
      values.add(p);
    }
    List<StatusPurpose> purposes = new ArrayList<>();
    for (JsonNode v : values) {
      Optional<StatusPurpose> sp = v.isTextual() ? StatusPurpose.fromValue(v.asText()) : Optional.empty();
      if (sp.isEmpty()) {
        add(problems, FormatCode.SUBJECT_INVALID, "$.credentialSubject.statusPurpose",
            "unknown statusPurpose " + v);
      } else {
        purposes.add(sp.get());
      }
    }
    if (values.isEmpty()) {
      add(problems, FormatCode.SUBJECT_INVALID, "$.credentialSubject.statusPurpose", "statusPurpose is missing");
    }
    b.purposes(purposes);
    JsonNode enc = s.get("encodedList");
    if (enc == null || !enc.isTextual() || !enc.asText().startsWith("u") || enc.asText().length() < 2) {
      add(problems, FormatCode.SUBJECT_INVALID, "$.credentialSubject.encodedList",
          "encodedList must be a multibase base64url string (prefix 'u')");
    } else {
      b.encodedList(enc.asText());
    }
    JsonNode ttl = s.get("ttl");
    if (ttl != null) {
      if (!ttl.isIntegralNumber() || !ttl.canConvertToLong() || ttl.asLong() <= 0) {
        add(problems, FormatCode.SUBJECT_INVALID, "$.credentialSubject.ttl", "ttl must be a positive number of milliseconds");
      } else {
        b.ttl(Duration.ofMillis(ttl.asLong()));
      }
    }
  }

  private static Instant date(JsonNode v) {
    return v != null && v.isTextual() && Timestamps.isDateTime(v.asText()) ? Timestamps.parse(v.asText()) : null;
  }

  private static URI url(JsonNode v, String at, List<FormatProblem> problems) {
    if (!Vcdm2Rules.isUrl(v)) {
      add(problems, FormatCode.PROPERTY_INVALID, at, "must be an absolute URL");
      return null;
    }
    return URI.create(v.asText());
  }

  private static void unknown(JsonNode n, Set<String> allowed, String at, List<FormatProblem> problems) {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        add(problems, FormatCode.PROPERTY_UNKNOWN, at + "." + f,
            "property '" + (f.length() > 80 ? f.substring(0, 80) + "..." : f) + "' is not part of a status list credential");
      }
    }
  }

  private static void add(List<FormatProblem> problems, FormatCode code, String at, String message) {
    FormatProblem p = new FormatProblem(code, at, message);
    if (!problems.contains(p)) {
      problems.add(p);
    }
  }
}
