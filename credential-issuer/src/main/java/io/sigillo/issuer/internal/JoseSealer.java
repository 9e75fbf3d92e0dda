package io.sigillo.issuer.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.issuer.Seal;
import io.sigillo.issuer.SealingException;
import io.sigillo.seal.JoseHeader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Produces the sealed forms of a payload with one seal: JAdES baseline B (JWS JSON
 * serialization, {@code b64: false}), the same without {@code x5c} for QR codes, and compact
 * {@code vc+jwt}.
 *
 * <p>The JAdES protected header follows what the European Commission's DSS library writes for a
 * baseline-B enveloping seal: {@code alg}, {@code cty}, {@code kid} (base64 DER IssuerSerial),
 * {@code x5t#S256}, {@code x5c}, {@code typ: jose+json}, {@code b64: false}, {@code iat} (claimed
 * signing time; {@code sigT} is obsolete for signatures made after 15 July 2025) and
 * {@code crit: ["b64"]}. Thread-safe.
 */
public final class JoseSealer {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

  private final Seal seal;
  private final List<String> x5c;
  private final String kid;
  private final String thumbprint;

  /**
   * Creates a sealer for one seal.
   *
   * @param seal the seal
   */
  public JoseSealer(Seal seal) {
    this.seal = seal;
    List<String> certs = new ArrayList<>();
    for (X509Certificate c : seal.chain()) {
      try {
        certs.add(Base64.getEncoder().encodeToString(c.getEncoded()));
      } catch (CertificateEncodingException e) {
        throw new IllegalStateException("seal certificate cannot be encoded", e);
      }
    }
    this.x5c = List.copyOf(certs);
    this.kid = seal.sealCertificate().kid();
    this.thumbprint = seal.sealCertificate().thumbprintS256();
  }

  /**
   * Seals a payload as JAdES baseline B.
   *
   * @param payload the credential bytes (UTF-8 JSON)
   * @param signingTime the claimed signing time
   * @return the JWS JSON serialization
   * @throws SealingException if the signer fails
   */
  public String jades(byte[] payload, Instant signingTime) throws SealingException {
    return jades(payload, signingTime, true);
  }

  /**
   * Seals a payload as JAdES baseline B for QR codes: the same header without {@code x5c}, the
   * seal certificate referenced by {@code kid} and {@code x5t#S256} only.
   *
   * @param payload the credential bytes (UTF-8 JSON)
   * @param signingTime the claimed signing time
   * @return the JWS JSON serialization
   * @throws SealingException if the signer fails
   */
  public String jadesQr(byte[] payload, Instant signingTime) throws SealingException {
    return jades(payload, signingTime, false);
  }

  private String jades(byte[] payload, Instant signingTime, boolean withChain) throws SealingException {
    ObjectNode h = JsonNodeFactory.instance.objectNode();
    h.put(JoseHeader.ALG, seal.signer().algorithm().jwsName());
    h.put(JoseHeader.CTY, JoseHeader.CTY_VC);
    h.put(JoseHeader.KID, kid);
    h.put(JoseHeader.X5T_S256, thumbprint);
    if (withChain) {
      ArrayNode chain = h.putArray(JoseHeader.X5C);
      x5c.forEach(chain::add);
    }
    h.put(JoseHeader.TYP, JoseHeader.TYP_JADES);
    h.put(JoseHeader.B64, false);
    h.put(JoseHeader.IAT, signingTime.getEpochSecond());
    h.putArray(JoseHeader.CRIT).add(JoseHeader.B64);
    String protectedB64 = B64URL.encodeToString(json(h).getBytes(StandardCharsets.UTF_8));
    byte[] prefix = (protectedB64 + ".").getBytes(StandardCharsets.US_ASCII);
    byte[] input = new byte[prefix.length + payload.length];
    System.arraycopy(prefix, 0, input, 0, prefix.length);
    System.arraycopy(payload, 0, input, prefix.length, payload.length);
    byte[] signature = seal.signer().sign(input);

    ObjectNode jws = JsonNodeFactory.instance.objectNode();
    jws.put("payload", new String(payload, StandardCharsets.UTF_8));
    ObjectNode sig = jws.putArray("signatures").addObject();
    sig.put("protected", protectedB64);
    sig.put("signature", B64URL.encodeToString(signature));
    return json(jws);
  }

  /**
   * Seals a payload as a compact {@code vc+jwt} (VC-JOSE-COSE).
   *
   * @param payload the credential bytes (UTF-8 JSON)
   * @param signingTime the claimed signing time
   * @return the compact JWS
   * @throws SealingException if the signer fails
   */
  public String vcJwt(byte[] payload, Instant signingTime) throws SealingException {
    ObjectNode h = JsonNodeFactory.instance.objectNode();
    h.put(JoseHeader.ALG, seal.signer().algorithm().jwsName());
    h.put(JoseHeader.TYP, JoseHeader.TYP_VC_JWT);
    h.put(JoseHeader.CTY, JoseHeader.CTY_VC);
    h.put(JoseHeader.KID, kid);
    h.put(JoseHeader.X5T_S256, thumbprint);
    ArrayNode chain = h.putArray(JoseHeader.X5C);
    x5c.forEach(chain::add);
    h.put(JoseHeader.IAT, signingTime.getEpochSecond());
    String signingInput = B64URL.encodeToString(json(h).getBytes(StandardCharsets.UTF_8))
        + "." + B64URL.encodeToString(payload);
    byte[] signature = seal.signer().sign(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + B64URL.encodeToString(signature);
  }

  private static String json(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
