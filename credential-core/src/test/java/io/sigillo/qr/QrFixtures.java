package io.sigillo.qr;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.CredentialJson;
import io.sigillo.credential.SampleCredentials;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Random;

/**
 * Sealed-credential texts for core QR tests, in the issuer's exact serialization (the QR codec
 * does not check signatures, so the signature is seeded random bytes; the verifier's tests use
 * real seals).
 */
final class QrFixtures {
  static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
  static final ObjectMapper MAPPER = new ObjectMapper();

  private QrFixtures() {}

  static byte[] document() {
    return CredentialJson.toBytes(SampleCredentials.credential(Instant.parse("2026-12-01T09:00:00Z")));
  }

  static byte[] signature(int length, long seed) {
    byte[] s = new byte[length];
    new Random(seed).nextBytes(s);
    return s;
  }

  static ObjectNode jadesHeader(boolean withX5c) {
    ObjectNode h = JsonNodeFactory.instance.objectNode();
    h.put("alg", "ES256");
    h.put("cty", "vc");
    h.put("kid", "MIGGMHqkeDB2MQswCQYDVQQGEwJJVDEsMCoGA1UECgwjU2lnaWxsbyBUZXN0IFRydXN0IFNlcnZpY2UgUHJvdmlkZXIxGjAYBgNVBGEMEVZBVElULTAwMDAwMDAwMDAxMR0wGwYDVQQDDBRTaWdpbGxvIFRlc3QgUm9vdCBDQQIIL17yw9XHRbE=");
    h.put("x5t#S256", "xU2cOsaFZV20wLO37miOK1xiVEOHMwHKkEgHlnQs1X8");
    if (withX5c) {
      h.putArray("x5c").add(Base64.getEncoder().encodeToString(signature(900, 7)));
    }
    h.put("typ", "jose+json");
    h.put("b64", false);
    h.put("iat", 1796115600L);
    h.putArray("crit").add("b64");
    return h;
  }

  static String jades(ObjectNode header, byte[] payload, byte[] signature) throws Exception {
    ObjectNode jws = JsonNodeFactory.instance.objectNode();
    jws.put("payload", new String(payload, StandardCharsets.UTF_8));
    ObjectNode sig = jws.putArray("signatures").addObject();
    sig.put("protected", B64URL.encodeToString(MAPPER.writeValueAsBytes(header)));
    sig.put("signature", B64URL.encodeToString(signature));
    return MAPPER.writeValueAsString(jws);
  }

  /** A JAdES QR-form text of the sample credential: header without x5c, ES256-sized signature. */
  static String jadesQr() throws Exception {
    return jades(jadesHeader(false), document(), signature(64, 1));
  }

  static String compact(byte[] payload) throws Exception {
    ObjectNode h = JsonNodeFactory.instance.objectNode();
    h.put("alg", "ES256");
    h.put("typ", "vc+jwt");
    h.put("cty", "vc");
    return B64URL.encodeToString(MAPPER.writeValueAsBytes(h)) + "." + B64URL.encodeToString(payload) + "."
        + B64URL.encodeToString(signature(64, 2));
  }

  /** The offline payload of {@link #jadesQr()}. */
  static String offlineText() throws Exception {
    return OfflineQr.encode(jadesQr());
  }
}
