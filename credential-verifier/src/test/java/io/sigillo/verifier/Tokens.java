package io.sigillo.verifier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.core.internal.Signatures;
import io.sigillo.issuer.SealSigner;
import io.sigillo.issuer.SealingException;
import io.sigillo.seal.JoseHeader;
import io.sigillo.seal.SealAlgorithm;
import io.sigillo.x509.SealCertificate;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Test helper: builds JAdES and compact JWS tokens with arbitrary headers and payloads and signs
 * them with any key, so that tests can produce what the issuer refuses to make.
 */
final class Tokens {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

  private Tokens() {}

  /** A JAdES baseline-B protected header as the issuer writes it ({@code iat}, crit b64). */
  static ObjectNode jadesHeader(SealAlgorithm alg, List<X509Certificate> chain, Instant signingTime) {
    ObjectNode h = JsonNodeFactory.instance.objectNode();
    h.put(JoseHeader.ALG, alg.jwsName());
    h.put(JoseHeader.CTY, JoseHeader.CTY_VC);
    h.put(JoseHeader.KID, SealCertificate.kid(chain.get(0)));
    h.put(JoseHeader.X5T_S256, SealCertificate.thumbprintS256(chain.get(0)));
    h.set(JoseHeader.X5C, x5c(chain));
    h.put(JoseHeader.TYP, JoseHeader.TYP_JADES);
    h.put(JoseHeader.B64, false);
    h.put(JoseHeader.IAT, signingTime.getEpochSecond());
    h.putArray(JoseHeader.CRIT).add(JoseHeader.B64);
    return h;
  }

  /** A compact {@code vc+jwt} protected header as the issuer writes it. */
  static ObjectNode jwtHeader(SealAlgorithm alg, List<X509Certificate> chain, Instant signingTime) {
    ObjectNode h = JsonNodeFactory.instance.objectNode();
    h.put(JoseHeader.ALG, alg.jwsName());
    h.put(JoseHeader.TYP, JoseHeader.TYP_VC_JWT);
    h.put(JoseHeader.CTY, JoseHeader.CTY_VC);
    h.put(JoseHeader.KID, SealCertificate.kid(chain.get(0)));
    h.put(JoseHeader.X5T_S256, SealCertificate.thumbprintS256(chain.get(0)));
    h.set(JoseHeader.X5C, x5c(chain));
    h.put(JoseHeader.IAT, signingTime.getEpochSecond());
    return h;
  }

  static ArrayNode x5c(List<X509Certificate> chain) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    for (X509Certificate c : chain) {
      try {
        a.add(Base64.getEncoder().encodeToString(c.getEncoded()));
      } catch (CertificateEncodingException e) {
        throw new IllegalStateException(e);
      }
    }
    return a;
  }

  /** JAdES JSON general serialization over a header object; unencoded payload when b64 is false. */
  static String jades(ObjectNode header, byte[] payload, PrivateKey key, SealAlgorithm signWith) {
    return jadesRaw(json(header), payload, key, signWith);
  }

  /**
   * JAdES JSON general serialization over the exact header text (so it can hold duplicate members);
   * the payload is unencoded unless the text lacks {@code "b64":false}.
   */
  static String jadesRaw(String headerJson, byte[] payload, PrivateKey key, SealAlgorithm signWith) {
    String protectedB64 = b64(headerJson.getBytes(StandardCharsets.UTF_8));
    boolean unencoded = headerJson.replace(" ", "").contains("\"b64\":false");
    String payloadText = unencoded ? new String(payload, StandardCharsets.UTF_8) : b64(payload);
    byte[] signature = sign(key, signWith, concat(protectedB64 + ".", payloadText));
    return envelope(protectedB64, payloadText, b64(signature));
  }

  /** The JAdES JSON text for given parts, with nothing checked. */
  static String envelope(String protectedB64, String payloadText, String signatureB64) {
    ObjectNode jws = JsonNodeFactory.instance.objectNode();
    jws.put("payload", payloadText);
    ObjectNode sig = jws.putArray("signatures").addObject();
    sig.put("protected", protectedB64);
    sig.put("signature", signatureB64);
    return json(jws);
  }

  /** JAdES over a header object, signed by a seal's signer (a key the test cannot see). */
  static String jades(ObjectNode header, byte[] payload, SealSigner signer) {
    String protectedB64 = b64(json(header).getBytes(StandardCharsets.UTF_8));
    String payloadText = new String(payload, StandardCharsets.UTF_8);
    return envelope(protectedB64, payloadText, b64(sign(signer, concat(protectedB64 + ".", payloadText))));
  }

  /** A compact JWS over a header object, signed by a seal's signer. */
  static String compact(ObjectNode header, byte[] payload, SealSigner signer) {
    String input = b64(json(header).getBytes(StandardCharsets.UTF_8)) + "." + b64(payload);
    return input + "." + b64(sign(signer, input.getBytes(StandardCharsets.US_ASCII)));
  }

  static byte[] sign(SealSigner signer, byte[] input) {
    try {
      return signer.sign(input);
    } catch (SealingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A compact JWS over a header object. */
  static String compact(ObjectNode header, byte[] payload, PrivateKey key, SealAlgorithm signWith) {
    return compactRaw(json(header), payload, key, signWith);
  }

  /** A compact JWS over the exact header text. */
  static String compactRaw(String headerJson, byte[] payload, PrivateKey key, SealAlgorithm signWith) {
    String input = b64(headerJson.getBytes(StandardCharsets.UTF_8)) + "." + b64(payload);
    return input + "." + b64(sign(key, signWith, input.getBytes(StandardCharsets.US_ASCII)));
  }

  static byte[] sign(PrivateKey key, SealAlgorithm alg, byte[] input) {
    try {
      return Signatures.sign(key, alg, input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] concat(String prefix, String payloadText) {
    return (prefix + payloadText).getBytes(StandardCharsets.UTF_8);
  }

  static String b64(byte[] bytes) {
    return B64URL.encodeToString(bytes);
  }

  static byte[] unb64(String text) {
    return Base64.getUrlDecoder().decode(text);
  }

  static String json(Object node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode parse(String json) {
    try {
      return (ObjectNode) MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode parse(byte[] json) {
    return parse(new String(json, StandardCharsets.UTF_8));
  }
}
