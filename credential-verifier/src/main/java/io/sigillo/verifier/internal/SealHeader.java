package io.sigillo.verifier.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.Timestamps;
import io.sigillo.seal.JoseHeader;
import io.sigillo.seal.SealAlgorithm;
import io.sigillo.seal.SecuringForm;
import io.sigillo.verifier.ReasonCode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checked content of a seal's protected header. {@link #read} applies every header rule of
 * RFC 7515, RFC 7797 and ETSI TS 119 182-1 that a verifier must enforce, with the algorithm
 * allow-list chosen by the verifier.
 *
 * @param algorithm the allowed algorithm
 * @param signingTime the claimed signing time ({@code iat} or {@code sigT}), or null
 * @param x5c the certificate chain entries, standard base64; empty for the QR form, whose
 *     certificate is referenced by {@code x5tS256}
 * @param x5tS256 the SHA-256 thumbprint, or null
 * @param kid the key identifier, or null
 */
public record SealHeader(
    SealAlgorithm algorithm, Instant signingTime, List<String> x5c, String x5tS256, String kid) {

  /** 9999-12-31T23:59:59Z, the latest instant sigT can express; larger values overflow Instant. */
  private static final long MAX_IAT = 253_402_300_799L;
  private static final Pattern SIG_T = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
  private static final Set<String> UNDERSTOOD_CRIT_JADES = Set.of(JoseHeader.B64, JoseHeader.SIG_T, JoseHeader.ADO_TST);
  private static final Set<String> UNDERSTOOD_CRIT_JWT = Set.of();

  /**
   * Reads and checks a header.
   *
   * @param envelope the parsed input
   * @param allowed the verifier's allowed algorithms
   * @return the header content
   * @throws HeaderException with a SEAL reason
   */
  public static SealHeader read(Envelope envelope, Set<SealAlgorithm> allowed) throws HeaderException {
    ObjectNode h = envelope.header();
    boolean jades = envelope.form() == SecuringForm.JADES || envelope.form() == SecuringForm.JADES_QR;

    JsonNode alg = h.get(JoseHeader.ALG);
    if (alg == null || !alg.isTextual()) {
      throw new HeaderException(ReasonCode.HEADER_INVALID, "the header has no 'alg'");
    }
    String algName = alg.asText();
    if (algName.equalsIgnoreCase("none")) {
      throw new HeaderException(ReasonCode.ALGORITHM_NOT_ALLOWED, "alg 'none' (an unsigned token) is never accepted");
    }
    if (algName.startsWith("HS")) {
      throw new HeaderException(ReasonCode.ALGORITHM_NOT_ALLOWED,
          "alg '" + abbreviate(algName) + "' is a shared-secret MAC, never accepted for a seal");
    }
    SealAlgorithm algorithm = SealAlgorithm.parse(algName).orElseThrow(() -> new HeaderException(
        ReasonCode.ALGORITHM_NOT_ALLOWED, "alg '" + abbreviate(algName) + "' is not a seal algorithm"));
    if (!allowed.contains(algorithm)) {
      throw new HeaderException(ReasonCode.ALGORITHM_NOT_ALLOWED,
          "alg " + algorithm + " is not on the verifier's allow-list " + allowed);
    }

    for (String forbidden : List.of(JoseHeader.JWK, JoseHeader.JKU, JoseHeader.X5U, JoseHeader.X5T)) {
      if (h.has(forbidden)) {
        throw new HeaderException(ReasonCode.HEADER_FORBIDDEN_PARAMETER,
            "the header carries '" + forbidden + "'; keys come only from x5c checked against trust anchors"
                + (forbidden.equals(JoseHeader.X5T) ? " (and SHA-1 thumbprints are forbidden by JAdES)" : ""));
      }
    }

    Set<String> crit = crit(h, jades ? UNDERSTOOD_CRIT_JADES : UNDERSTOOD_CRIT_JWT);

    JsonNode b64 = h.get(JoseHeader.B64);
    if (b64 != null) {
      if (!b64.isBoolean()) {
        throw new HeaderException(ReasonCode.PAYLOAD_ENCODING_INVALID, "'b64' must be a boolean");
      }
      if (!crit.contains(JoseHeader.B64)) {
        throw new HeaderException(ReasonCode.PAYLOAD_ENCODING_INVALID, "'b64' must be listed in 'crit' (RFC 7797)");
      }
    }

    JsonNode typ = h.get(JoseHeader.TYP);
    if (jades) {
      if (typ != null && !(typ.isTextual() && typ.asText().equalsIgnoreCase(JoseHeader.TYP_JADES))) {
        throw new HeaderException(ReasonCode.TYPE_INVALID, "a JAdES seal's typ must be 'jose+json'");
      }
    } else if (typ == null || !typ.isTextual()
        || !(typ.asText().equals(JoseHeader.TYP_VC_JWT) || typ.asText().equals("application/vc+jwt"))) {
      throw new HeaderException(ReasonCode.TYPE_INVALID, "a compact credential's typ must be 'vc+jwt'");
    }

    Instant signingTime = signingTime(h, crit, jades);

    JsonNode x5cNode = h.get(JoseHeader.X5C);
    List<String> x5c = new ArrayList<>();
    if (x5cNode == null) {
      if (envelope.form() != SecuringForm.JADES_QR) {
        throw new HeaderException(ReasonCode.CERTIFICATE_MISSING, "the header has no x5c certificate chain");
      }
    } else {
      if (!x5cNode.isArray() || x5cNode.isEmpty()) {
        throw new HeaderException(ReasonCode.CERTIFICATE_MALFORMED, "x5c must be a non-empty array");
      }
      for (JsonNode c : x5cNode) {
        if (!c.isTextual()) {
          throw new HeaderException(ReasonCode.CERTIFICATE_MALFORMED, "x5c entries must be base64 strings");
        }
        x5c.add(c.asText());
      }
    }
    JsonNode x5t = h.get(JoseHeader.X5T_S256);
    if (x5t != null && !x5t.isTextual()) {
      throw new HeaderException(ReasonCode.HEADER_INVALID, "x5t#S256 must be a string");
    }
    JsonNode kid = h.get(JoseHeader.KID);
    if (kid != null && !kid.isTextual()) {
      throw new HeaderException(ReasonCode.HEADER_INVALID, "kid must be a string");
    }
    if (envelope.unprotectedHeader() != null) {
      for (Iterator<String> it = envelope.unprotectedHeader().fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!name.equals("etsiU")) {
          throw new HeaderException(ReasonCode.HEADER_INVALID,
              "unprotected header parameter '" + abbreviate(name) + "' is not accepted (only etsiU)");
        }
      }
    }
    return new SealHeader(algorithm, signingTime, List.copyOf(x5c),
        x5t == null ? null : x5t.asText(), kid == null ? null : kid.asText());
  }

  private static Set<String> crit(ObjectNode h, Set<String> understood) throws HeaderException {
    JsonNode crit = h.get(JoseHeader.CRIT);
    Set<String> out = new HashSet<>();
    if (crit == null) {
      return out;
    }
    if (!crit.isArray() || crit.isEmpty()) {
      throw new HeaderException(ReasonCode.CRIT_INVALID, "'crit' must be a non-empty array");
    }
    for (JsonNode c : crit) {
      if (!c.isTextual()) {
        throw new HeaderException(ReasonCode.CRIT_INVALID, "'crit' entries must be strings");
      }
      String name = c.asText();
      if (!out.add(name)) {
        throw new HeaderException(ReasonCode.CRIT_INVALID, "'crit' lists '" + abbreviate(name) + "' twice");
      }
      if (JoseHeader.REGISTERED.contains(name)) {
        throw new HeaderException(ReasonCode.CRIT_INVALID,
            "'crit' must not list the registered parameter '" + name + "'");
      }
      if (!h.has(name)) {
        throw new HeaderException(ReasonCode.CRIT_INVALID, "'crit' lists '" + abbreviate(name) + "', which the header lacks");
      }
      if (!understood.contains(name)) {
        throw new HeaderException(ReasonCode.CRIT_INVALID,
            "critical header parameter '" + abbreviate(name) + "' is not understood by this verifier");
      }
    }
    return out;
  }

  private static Instant signingTime(ObjectNode h, Set<String> crit, boolean jades) throws HeaderException {
    JsonNode iat = h.get(JoseHeader.IAT);
    JsonNode sigT = h.get(JoseHeader.SIG_T);
    if (iat != null && sigT != null) {
      throw new HeaderException(ReasonCode.SIGNING_TIME_INVALID, "the header has both iat and sigT (JAdES allows one)");
    }
    if (iat != null) {
      if (!iat.isIntegralNumber() || !iat.canConvertToLong() || iat.asLong() < 0 || iat.asLong() > MAX_IAT) {
        throw new HeaderException(ReasonCode.SIGNING_TIME_INVALID,
            "iat must be an integer NumericDate between 0 and " + MAX_IAT + " (9999-12-31T23:59:59Z)");
      }
      return Instant.ofEpochSecond(iat.asLong());
    }
    if (sigT != null) {
      if (!sigT.isTextual() || !SIG_T.matcher(sigT.asText()).matches()) {
        throw new HeaderException(ReasonCode.SIGNING_TIME_INVALID, "sigT must be a UTC date-time such as 2026-12-01T09:00:00Z");
      }
      if (!crit.contains(JoseHeader.SIG_T)) {
        throw new HeaderException(ReasonCode.CRIT_INVALID, "sigT must be listed in 'crit' (ETSI TS 119 182-1)");
      }
      try {
        return Timestamps.parse(sigT.asText());
      } catch (DateTimeParseException e) {
        throw new HeaderException(ReasonCode.SIGNING_TIME_INVALID, "sigT is not a valid date-time");
      }
    }
    if (jades) {
      throw new HeaderException(ReasonCode.SIGNING_TIME_INVALID,
          "a JAdES baseline-B seal must claim its signing time (iat or sigT)");
    }
    return null;
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }
}
