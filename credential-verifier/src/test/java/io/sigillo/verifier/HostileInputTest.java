package io.sigillo.verifier;

import static io.sigillo.verifier.Fixtures.NOW;
import static io.sigillo.verifier.Fixtures.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.json.JsonLimits;
import io.sigillo.seal.SealAlgorithm;
import io.sigillo.seal.SecuringForm;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs an attacker controls. Every test builds the token itself (see {@link Tokens}) and asserts
 * the exact reason, a verdict other than TOTAL_PASSED and no verified credential; none may throw.
 */
class HostileInputTest {
  static final SealAlgorithm ES256 = SealAlgorithm.ES256;

  static TestPki pki() {
    return Fixtures.pki();
  }

  static byte[] payload() {
    return Fixtures.sealed().document();
  }

  static ObjectNode jadesHeader() {
    return Tokens.jadesHeader(ES256, pki().chain(), NOW);
  }

  static ObjectNode jwtHeader() {
    return Tokens.jwtHeader(ES256, pki().chain(), NOW);
  }

  static String jades(ObjectNode header) {
    return Tokens.jades(header, payload(), pki().sealPrivateKey(), ES256);
  }

  static String compact(ObjectNode header) {
    return Tokens.compact(header, payload(), pki().sealPrivateKey(), ES256);
  }

  static VerificationReport verify(String input) {
    return Fixtures.verifier().verify(input);
  }

  @Test
  void forgedTokens_withTheIssuersHeaders_totalPassed() {
    // the helper itself makes valid seals, so each negative test below changes exactly one thing
    assertThat(verify(jades(jadesHeader())).indication()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(verify(compact(jwtHeader())).indication()).isEqualTo(Indication.TOTAL_PASSED);
  }

  // ---- algorithms ----

  @Test
  void verify_algNoneUnsigned_algorithmNotAllowed() {
    ObjectNode h = jadesHeader().put("alg", "none");
    String protectedB64 = Tokens.b64(Tokens.json(h).getBytes(StandardCharsets.UTF_8));
    String jades = Tokens.envelope(protectedB64, new String(payload(), StandardCharsets.UTF_8), "");
    assertRejected(verify(jades), CheckId.SEAL, Outcome.FAILED, ReasonCode.ALGORITHM_NOT_ALLOWED);

    ObjectNode j = jwtHeader().put("alg", "none");
    String compact = Tokens.b64(Tokens.json(j).getBytes(StandardCharsets.UTF_8)) + "." + Tokens.b64(payload()) + ".";
    assertRejected(verify(compact), CheckId.SEAL, Outcome.FAILED, ReasonCode.ALGORITHM_NOT_ALLOWED);
  }

  @Test
  void verify_hs256KeyedWithTheSealCertificatesPublicKey_algorithmNotAllowed() throws Exception {
    ObjectNode h = jwtHeader().put("alg", "HS256");
    String input = Tokens.b64(Tokens.json(h).getBytes(StandardCharsets.UTF_8)) + "." + Tokens.b64(payload());
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(pki().sealCertificate().getPublicKey().getEncoded(), "HmacSHA256"));
    String token = input + "." + Tokens.b64(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));

    VerificationReport report = verify(token);

    assertRejected(report, CheckId.SEAL, Outcome.FAILED, ReasonCode.ALGORITHM_NOT_ALLOWED);
    assertThat(report.check(CheckId.TRUST).outcome()).isEqualTo(Outcome.INDETERMINATE);
  }

  @Test
  void verify_ps256SealWhenPolicyAllowsOnlyEs256_algorithmNotAllowed() {
    TestPki rsa = Fixtures.rsaPki();
    SealAlgorithm ps256 = SealAlgorithm.PS256;
    String jades = Tokens.jades(Tokens.jadesHeader(ps256, rsa.chain(), NOW), payload(), rsa.sealPrivateKey(), ps256);
    String jwt = Tokens.compact(Tokens.jwtHeader(ps256, rsa.chain(), NOW), payload(), rsa.sealPrivateKey(), ps256);
    Verifier defaults = Verifier.create(Fixtures.policy(rsa).build());
    Verifier onlyEs256 = Verifier.create(Fixtures.policy(rsa).allowedAlgorithms(EnumSet.of(ES256)).build());

    assertThat(defaults.verify(jades).indication()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(defaults.verify(jwt).indication()).isEqualTo(Indication.TOTAL_PASSED);
    assertRejected(onlyEs256.verify(jades), CheckId.SEAL, Outcome.FAILED, ReasonCode.ALGORITHM_NOT_ALLOWED);
    assertRejected(onlyEs256.verify(jwt), CheckId.SEAL, Outcome.FAILED, ReasonCode.ALGORITHM_NOT_ALLOWED);
  }

  @Test
  void verify_rs256SealWhenPolicyAllowsOnlyPs256_algorithmNotAllowed() {
    TestPki rsa = Fixtures.rsaPki();
    SealedCredential sealed = Fixtures.issue(rsa.seal(), Fixtures.CLOCK);
    Verifier onlyPs256 = Verifier.create(Fixtures.policy(rsa).allowedAlgorithms(EnumSet.of(SealAlgorithm.PS256)).build());

    assertThat(Verifier.create(Fixtures.policy(rsa).build()).verify(sealed.jades()).indication())
        .isEqualTo(Indication.TOTAL_PASSED);
    assertRejected(onlyPs256.verify(sealed.jades()), CheckId.SEAL, Outcome.FAILED, ReasonCode.ALGORITHM_NOT_ALLOWED);
  }

  @Test
  void verify_ecKeyOnP384WithAlgEs256_keyNotSuitable() {
    TestPki p384 = TestPki.newBuilder().clock(Fixtures.CLOCK).keyType(TestPki.KeyType.EC_P384).build();
    ObjectNode h = Tokens.jadesHeader(ES256, p384.chain(), NOW);
    String token = Tokens.jades(h, payload(), p384.sealPrivateKey(), ES256);

    assertRejected(Verifier.create(Fixtures.policy(p384).build()).verify(token),
        CheckId.SEAL, Outcome.FAILED, ReasonCode.KEY_NOT_SUITABLE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"secp256k1", "brainpoolP256r1"})
  void verify_ecKeyOnAnother256BitCurveWithAlgEs256_keyNotSuitable(String curve) {
    KeyPair kp = TestCertificates.ec(curve);
    X509Certificate cert = TestCertificates.seal(kp, Fixtures.AIPIA_ID, null, null, NOW);
    ObjectNode h = Tokens.jadesHeader(ES256, List.of(cert), NOW);
    String token = Tokens.jades(h, payload(), kp.getPrivate(), ES256);

    assertRejected(verify(token), CheckId.SEAL, Outcome.FAILED, ReasonCode.KEY_NOT_SUITABLE);
  }

  @Test
  void verify_rsa1024SealCertificate_keyNotSuitable() {
    KeyPair kp = TestCertificates.rsa(1024);
    X509Certificate cert = TestCertificates.seal(kp, Fixtures.AIPIA_ID, null, null, NOW);
    String token = Tokens.jades(Tokens.jadesHeader(SealAlgorithm.RS256, List.of(cert), NOW), payload(),
        kp.getPrivate(), SealAlgorithm.RS256);

    assertRejected(verify(token), CheckId.SEAL, Outcome.FAILED, ReasonCode.KEY_NOT_SUITABLE);
  }

  // ---- crit and b64 ----

  @Test
  void verify_critListsAnUnknownParameter_critInvalid() {
    ObjectNode h = jadesHeader();
    h.put("sigillo:unknown", 1);
    h.putArray("crit").add("b64").add("sigillo:unknown");
    assertRejected(verify(jades(h)), CheckId.SEAL, Outcome.FAILED, ReasonCode.CRIT_INVALID);
  }

  @Test
  void verify_critListsARegisteredName_critInvalid() {
    ObjectNode h = jadesHeader();
    h.putArray("crit").add("b64").add("alg");
    assertRejected(verify(jades(h)), CheckId.SEAL, Outcome.FAILED, ReasonCode.CRIT_INVALID);
  }

  @Test
  void verify_critEmpty_critInvalid() {
    ObjectNode h = jadesHeader();
    h.putArray("crit");
    assertRejected(verify(jades(h)), CheckId.SEAL, Outcome.FAILED, ReasonCode.CRIT_INVALID);
  }

  @Test
  void verify_critListsAParameterTheHeaderLacks_critInvalid() {
    ObjectNode h = jadesHeader();
    h.putArray("crit").add("b64").add("sigT");
    assertRejected(verify(jades(h)), CheckId.SEAL, Outcome.FAILED, ReasonCode.CRIT_INVALID);
  }

  @Test
  void verify_critInCompactToken_critInvalid() {
    ObjectNode h = jwtHeader();
    h.put("sigillo:unknown", true);
    h.putArray("crit").add("sigillo:unknown");
    assertRejected(verify(compact(h)), CheckId.SEAL, Outcome.FAILED, ReasonCode.CRIT_INVALID);
  }

  @Test
  void verify_b64PresentButNotInCrit_payloadEncodingInvalid() {
    ObjectNode h = jadesHeader();
    h.remove("crit");
    assertRejected(verify(jades(h)), CheckId.SEAL, Outcome.FAILED, ReasonCode.PAYLOAD_ENCODING_INVALID);
  }

  @Test
  void verify_b64InCompactToken_payloadEncodingInvalid() {
    ObjectNode h = jwtHeader().put("b64", true);
    h.putArray("crit").add("b64");
    assertRejected(verify(compact(h)), CheckId.SEAL, Outcome.FAILED, ReasonCode.PAYLOAD_ENCODING_INVALID);
  }

  @Test
  void verify_b64NotABoolean_payloadEncodingInvalid() {
    ObjectNode h = jadesHeader().put("b64", "false");
    String protectedB64 = Tokens.b64(Tokens.json(h).getBytes(StandardCharsets.UTF_8));
    String payloadText = new String(payload(), StandardCharsets.UTF_8);
    byte[] sig = Tokens.sign(pki().sealPrivateKey(), ES256, Tokens.concat(protectedB64 + ".", payloadText));
    String token = Tokens.envelope(protectedB64, payloadText, Tokens.b64(sig));

    assertRejected(verify(token), CheckId.SEAL, Outcome.FAILED, ReasonCode.PAYLOAD_ENCODING_INVALID);
  }

  @Test
  void verify_typOfTheOtherForm_typeInvalid() {
    assertRejected(verify(jades(jadesHeader().put("typ", "vc+jwt"))), CheckId.SEAL, Outcome.FAILED,
        ReasonCode.TYPE_INVALID);
    assertRejected(verify(compact(jwtHeader().put("typ", "jose+json"))), CheckId.SEAL, Outcome.FAILED,
        ReasonCode.TYPE_INVALID);
    ObjectNode noTyp = jwtHeader();
    noTyp.remove("typ");
    assertRejected(verify(compact(noTyp)), CheckId.SEAL, Outcome.FAILED, ReasonCode.TYPE_INVALID);
  }

  @Test
  void verify_unprotectedHeaderOtherThanEtsiU_headerInvalid() {
    ObjectNode jws = Tokens.parse(Fixtures.sealed().jades());
    ((ObjectNode) jws.get("signatures").get(0)).putObject("header").put("kid", "attacker");
    assertRejected(verify(Tokens.json(jws)), CheckId.SEAL, Outcome.FAILED, ReasonCode.HEADER_INVALID);
  }

  // ---- keys from the header ----

  @ParameterizedTest
  @ValueSource(strings = {"jwk", "jku", "x5u", "x5t"})
  void verify_headerNamesAKeySource_forbiddenParameter(String name) {
    ObjectNode h = jadesHeader();
    switch (name) {
      case "jwk":
        h.putObject("jwk").put("kty", "EC").put("crv", "P-256").put("x", "AAAA").put("y", "AAAA");
        break;
      case "x5t":
        h.put("x5t", Tokens.b64(new byte[20]));
        break;
      default:
        h.put(name, "https://attacker.example/keys");
    }
    assertRejected(verify(jades(h)), CheckId.SEAL, Outcome.FAILED, ReasonCode.HEADER_FORBIDDEN_PARAMETER);
    ObjectNode j = jwtHeader();
    j.set(name, h.get(name));
    assertRejected(verify(compact(j)), CheckId.SEAL, Outcome.FAILED, ReasonCode.HEADER_FORBIDDEN_PARAMETER);
  }

  // ---- certificates ----

  @Test
  void verify_sealFromAnUntrustedPki_chainNotTrusted() {
    TestPki stranger = TestPki.newBuilder().clock(Fixtures.CLOCK).build();
    SealedCredential sealed = Fixtures.issue(stranger.seal(), Fixtures.CLOCK);

    VerificationReport report = verify(sealed.jades());

    assertRejected(report, CheckId.TRUST, Outcome.INDETERMINATE, ReasonCode.CHAIN_NOT_TRUSTED);
    assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
    assertThat(report.check(CheckId.SEAL).outcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  void verify_x5cEntryNotACertificate_certificateMalformed() {
    ObjectNode h = jadesHeader();
    h.remove("x5t#S256");
    h.remove("kid");
    h.putArray("x5c").add(java.util.Base64.getEncoder().encodeToString("not a certificate".getBytes(StandardCharsets.US_ASCII)));
    assertRejected(verify(jades(h)), CheckId.SEAL, Outcome.FAILED, ReasonCode.CERTIFICATE_MALFORMED);
    h.putArray("x5c").add("%%% not base64 %%%");
    assertRejected(verify(jades(h)), CheckId.SEAL, Outcome.FAILED, ReasonCode.CERTIFICATE_MALFORMED);
    h.putArray("x5c").add(42);
    assertRejected(verify(jades(h)), CheckId.SEAL, Outcome.FAILED, ReasonCode.CERTIFICATE_MALFORMED);
  }

  @Test
  void verify_noX5c_certificateMissing() {
    ObjectNode h = jadesHeader();
    h.remove("x5c");
    assertRejected(verify(jades(h)), CheckId.SEAL, Outcome.FAILED, ReasonCode.CERTIFICATE_MISSING);
  }

  @Test
  void verify_x5tS256OfAnotherCertificate_referenceMismatch() {
    ObjectNode h = jadesHeader().put("x5t#S256",
        io.sigillo.x509.SealCertificate.thumbprintS256(pki().trustAnchor()));
    assertRejected(verify(jades(h)), CheckId.SEAL, Outcome.FAILED, ReasonCode.CERTIFICATE_REFERENCE_MISMATCH);
    ObjectNode j = jwtHeader().put("x5t#S256", h.get("x5t#S256").asText());
    assertRejected(verify(compact(j)), CheckId.SEAL, Outcome.FAILED, ReasonCode.CERTIFICATE_REFERENCE_MISMATCH);
  }

  @Test
  void verify_kidOfAnotherCertificate_referenceMismatch() {
    ObjectNode h = jadesHeader().put("kid", io.sigillo.x509.SealCertificate.kid(pki().trustAnchor()));
    assertRejected(verify(jades(h)), CheckId.SEAL, Outcome.FAILED, ReasonCode.CERTIFICATE_REFERENCE_MISMATCH);
    h.put("kid", "not base64 at all!");
    assertRejected(verify(jades(h)), CheckId.SEAL, Outcome.FAILED, ReasonCode.CERTIFICATE_REFERENCE_MISMATCH);
  }

  // ---- tampering ----

  @Test
  void verify_jadesPayloadWithOneByteChanged_signatureInvalid() {
    ObjectNode jws = Tokens.parse(Fixtures.sealed().jades());
    jws.put("payload", jws.get("payload").asText().replace("\"Giulia\"", "\"Giulio\""));

    VerificationReport report = verify(Tokens.json(jws));

    assertRejected(report, CheckId.SEAL, Outcome.FAILED, ReasonCode.SIGNATURE_INVALID);
    assertThat(report.check(CheckId.FORMAT).outcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  void verify_vcJwtPayloadWithOneByteChanged_signatureInvalid() {
    String[] parts = Fixtures.sealed().vcJwt().split("\\.");
    String payload = new String(Tokens.unb64(parts[1]), StandardCharsets.UTF_8).replace("\"Giulia\"", "\"Giulio\"");
    String token = parts[0] + "." + Tokens.b64(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

    assertRejected(verify(token), CheckId.SEAL, Outcome.FAILED, ReasonCode.SIGNATURE_INVALID);

    char[] p = parts[1].toCharArray();
    p[p.length / 2] = p[p.length / 2] == 'A' ? 'B' : 'A';
    assertRejected(verify(parts[0] + "." + new String(p) + "." + parts[2]), CheckId.SEAL, Outcome.FAILED,
        ReasonCode.SIGNATURE_INVALID);
  }

  @Test
  void verify_protectedHeaderIatChangedAndReEncoded_signatureInvalid() {
    ObjectNode jws = Tokens.parse(Fixtures.sealed().jades());
    ObjectNode sig = (ObjectNode) jws.get("signatures").get(0);
    ObjectNode h = Tokens.parse(Tokens.unb64(sig.get("protected").asText()));
    h.put("iat", h.get("iat").asLong() - 3600);
    sig.put("protected", Tokens.b64(Tokens.json(h).getBytes(StandardCharsets.UTF_8)));
    assertRejected(verify(Tokens.json(jws)), CheckId.SEAL, Outcome.FAILED, ReasonCode.SIGNATURE_INVALID);

    String[] parts = Fixtures.sealed().vcJwt().split("\\.");
    ObjectNode j = Tokens.parse(Tokens.unb64(parts[0]));
    j.put("iat", j.get("iat").asLong() - 3600);
    String token = Tokens.b64(Tokens.json(j).getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + "." + parts[2];
    assertRejected(verify(token), CheckId.SEAL, Outcome.FAILED, ReasonCode.SIGNATURE_INVALID);
  }

  @Test
  void verify_allZeroEcdsaSignature_signatureInvalid() {
    ObjectNode jws = Tokens.parse(Fixtures.sealed().jades());
    ((ObjectNode) jws.get("signatures").get(0)).put("signature", Tokens.b64(new byte[64]));
    assertRejected(verify(Tokens.json(jws)), CheckId.SEAL, Outcome.FAILED, ReasonCode.SIGNATURE_INVALID);

    String[] parts = Fixtures.sealed().vcJwt().split("\\.");
    String token = parts[0] + "." + parts[1] + "." + Tokens.b64(new byte[64]);
    assertRejected(verify(token), CheckId.SEAL, Outcome.FAILED, ReasonCode.SIGNATURE_INVALID);
  }

  @Test
  void verify_signatureOfWrongLength_signatureInvalid() {
    String[] parts = Fixtures.sealed().vcJwt().split("\\.");
    byte[] sig = Tokens.unb64(parts[2]);
    String token = parts[0] + "." + parts[1] + "." + Tokens.b64(Arrays.copyOf(sig, 63));
    assertRejected(verify(token), CheckId.SEAL, Outcome.FAILED, ReasonCode.SIGNATURE_INVALID);
    token = parts[0] + "." + parts[1] + "." + Tokens.b64(Arrays.copyOf(sig, 65));
    assertRejected(verify(token), CheckId.SEAL, Outcome.FAILED, ReasonCode.SIGNATURE_INVALID);
  }

  @Test
  void verify_signatureWithNonZeroUnusedBase64Bits_malformedJws() {
    // 64 bytes take 86 base64url characters; the last one carries 4 unused bits. Setting them
    // makes another text for the same bytes: accepting it would make the token malleable.
    String[] parts = Fixtures.sealed().vcJwt().split("\\.");
    String sig = parts[2];
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    char last = sig.charAt(sig.length() - 1);
    char flipped = alphabet.charAt(alphabet.indexOf(last) ^ 1);
    String token = parts[0] + "." + parts[1] + "." + sig.substring(0, sig.length() - 1) + flipped;
    assertThat(Tokens.unb64(token.split("\\.")[2])).isEqualTo(Tokens.unb64(sig));

    assertRejected(verify(token), CheckId.FORMAT, Outcome.FAILED, ReasonCode.MALFORMED_JWS);

    ObjectNode jws = Tokens.parse(Fixtures.sealed().jades());
    ObjectNode s = (ObjectNode) jws.get("signatures").get(0);
    String js = s.get("signature").asText();
    char jl = js.charAt(js.length() - 1);
    s.put("signature", js.substring(0, js.length() - 1) + alphabet.charAt(alphabet.indexOf(jl) ^ 1));
    assertRejected(verify(Tokens.json(jws)), CheckId.FORMAT, Outcome.FAILED, ReasonCode.MALFORMED_JWS);
  }

  // ---- structure ----

  @Test
  void verify_trailingDataAfterJadesJson_malformedJson() {
    VerificationReport report = verify(Fixtures.sealed().jades() + " {}");
    assertRejected(report, CheckId.FORMAT, Outcome.FAILED, ReasonCode.MALFORMED_JSON);
    assertThat(report.securingForm()).isEmpty();
    assertRejected(verify(Fixtures.sealed().jades() + Fixtures.sealed().jades()), CheckId.FORMAT, Outcome.FAILED,
        ReasonCode.MALFORMED_JSON);
  }

  @ParameterizedTest
  @ValueSource(strings = {" trailing", "\nsecond line", ".AAAA", "\t{}"})
  void verify_trailingDataAfterCompactJws_unrecognisedInput(String trailer) {
    VerificationReport report = verify(Fixtures.sealed().vcJwt() + trailer);
    assertRejected(report, CheckId.FORMAT, Outcome.FAILED, ReasonCode.UNRECOGNISED_INPUT);
  }

  @Test
  void verify_duplicateMemberInProtectedHeader_headerInvalid() {
    String h = Tokens.json(jadesHeader());
    String dup = h.substring(0, h.length() - 1) + ",\"alg\":\"ES256\"}";
    assertRejected(verify(Tokens.jadesRaw(dup, payload(), pki().sealPrivateKey(), ES256)),
        CheckId.SEAL, Outcome.FAILED, ReasonCode.HEADER_INVALID);
    String j = Tokens.json(jwtHeader());
    String jdup = "{\"alg\":\"none\"," + j.substring(1);
    assertRejected(verify(Tokens.compactRaw(jdup, payload(), pki().sealPrivateKey(), ES256)),
        CheckId.SEAL, Outcome.FAILED, ReasonCode.HEADER_INVALID);
  }

  @Test
  void verify_duplicateMemberInPayload_malformedJson() {
    String doc = new String(payload(), StandardCharsets.UTF_8);
    byte[] dup = (doc.substring(0, doc.length() - 1) + ",\"id\":\"urn:uuid:00000000-0000-4000-8000-000000000000\"}")
        .getBytes(StandardCharsets.UTF_8);

    VerificationReport jades = verify(Tokens.jades(jadesHeader(), dup, pki().sealPrivateKey(), ES256));
    assertRejected(jades, CheckId.FORMAT, Outcome.FAILED, ReasonCode.MALFORMED_JSON);
    assertThat(jades.check(CheckId.SEAL).outcome()).isEqualTo(Outcome.PASSED);

    VerificationReport jwt = verify(Tokens.compact(jwtHeader(), dup, pki().sealPrivateKey(), ES256));
    assertRejected(jwt, CheckId.FORMAT, Outcome.FAILED, ReasonCode.MALFORMED_JSON);
  }

  @Test
  void verify_duplicateMemberInJadesEnvelope_malformedJson() {
    String jades = Fixtures.sealed().jades();
    String dup = "{\"payload\":\"{}\"," + jades.substring(1);
    assertRejected(verify(dup), CheckId.FORMAT, Outcome.FAILED, ReasonCode.MALFORMED_JSON);
  }

  @Test
  void verify_payloadStringWithLoneSurrogate_malformedJws() {
    // "\ud800" cannot be encoded as UTF-8; a lenient encoder writes '?' and a signature over the
    // '?' text would then also verify for this different input
    String doc = new String(payload(), StandardCharsets.UTF_8).replace("\"Giulia\"", "\"Giuli?\"");
    String honest = Tokens.jades(jadesHeader(), doc.getBytes(StandardCharsets.UTF_8), pki().sealPrivateKey(), ES256);
    assertThat(verify(honest).indication()).isEqualTo(Indication.TOTAL_PASSED);
    String forged = honest.replace("Giuli?", "Giuli\\ud800");

    assertRejected(verify(forged), CheckId.FORMAT, Outcome.FAILED, ReasonCode.MALFORMED_JWS);
  }

  @Test
  void verify_iatAndSigTTogether_signingTimeInvalid() {
    ObjectNode h = jadesHeader().put("sigT", "2026-12-01T09:00:00Z");
    h.putArray("crit").add("b64").add("sigT");
    assertRejected(verify(jades(h)), CheckId.SEAL, Outcome.FAILED, ReasonCode.SIGNING_TIME_INVALID);
  }

  @Test
  void verify_jadesWithoutSigningTime_signingTimeInvalid() {
    ObjectNode h = jadesHeader();
    h.remove("iat");
    assertRejected(verify(jades(h)), CheckId.SEAL, Outcome.FAILED, ReasonCode.SIGNING_TIME_INVALID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"9223372036854775807", "31556889864403200", "-1", "1.5", "\"1764579600\"", "1e3"})
  void verify_iatOutOfRangeOrNotAnInteger_signingTimeInvalid(String iat) {
    String h = Tokens.json(jadesHeader()).replaceFirst("\"iat\":\\d+", "\"iat\":" + iat);
    assertRejected(verify(Tokens.jadesRaw(h, payload(), pki().sealPrivateKey(), ES256)),
        CheckId.SEAL, Outcome.FAILED, ReasonCode.SIGNING_TIME_INVALID);
  }

  @Test
  void verify_sigTWithoutCrit_critInvalid() {
    ObjectNode h = jadesHeader().put("sigT", "2026-12-01T09:00:00Z");
    h.remove("iat");
    assertRejected(verify(jades(h)), CheckId.SEAL, Outcome.FAILED, ReasonCode.CRIT_INVALID);
  }

  @Test
  void verify_twoSignatures_multipleSignatures() {
    ObjectNode jws = Tokens.parse(Fixtures.sealed().jades());
    jws.withArray("signatures").add(jws.get("signatures").get(0).deepCopy());
    assertRejected(verify(Tokens.json(jws)), CheckId.SEAL, Outcome.FAILED, ReasonCode.MULTIPLE_SIGNATURES);
  }

  @Test
  void verify_unsecuredCredentialDocument_unsecuredCredential() {
    VerificationReport report = verify(new String(payload(), StandardCharsets.UTF_8));
    assertRejected(report, CheckId.SEAL, Outcome.FAILED, ReasonCode.UNSECURED_CREDENTIAL);
    assertThat(report.check(CheckId.FORMAT).outcome()).isEqualTo(Outcome.PASSED);
    assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
  }

  @ParameterizedTest
  @EnumSource(value = SecuringForm.class, names = {"JADES", "VC_JWT"})
  void verify_inputLargerThanThePolicyLimit_inputTooLarge(SecuringForm form) {
    Verifier small = Verifier.create(Fixtures.policy().jsonLimits(JsonLimits.DEFAULT.withMaxBytes(2048)).build());
    VerificationReport report = small.verify(Fixtures.sealed().form(form));
    assertRejected(report, CheckId.FORMAT, Outcome.FAILED, ReasonCode.INPUT_TOO_LARGE);
  }

  @Test
  void verify_payloadNestedDeeperThanTheLimit_malformedJson() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    String doc = new String(payload(), StandardCharsets.UTF_8);
    byte[] nested = (doc.substring(0, doc.length() - 1) + ",\"deep\":" + deep + "}").getBytes(StandardCharsets.UTF_8);
    VerificationReport report = verify(Tokens.jades(jadesHeader(), nested, pki().sealPrivateKey(), ES256));
    assertRejected(report, CheckId.FORMAT, Outcome.FAILED, ReasonCode.MALFORMED_JSON);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "null", "[]", "{}", "\"a string\"", "{\"payload\":1}", "a.b",
      "a.b.c.d", "...", "{\"payload\":\"x\",\"signatures\":[]}", "{\"payload\":\"x\",\"signatures\":[1]}",
      "{\"payload\":\"x\",\"protected\":\"e30\",\"signature\":\"\",\"extra\":1}", "\uFEFF{}"})
  void verify_garbage_neverThrowsNeverPasses(String input) {
    VerificationReport report = verify(input);
    assertThat(report.indication()).isNotEqualTo(Indication.TOTAL_PASSED);
    assertThat(report.verifiedCredential()).isEmpty();
    assertThat(report.checks()).hasSize(CheckId.values().length);
    assertThat(report.firstProblem()).isPresent();
  }
}
