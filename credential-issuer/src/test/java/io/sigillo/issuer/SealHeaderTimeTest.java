package io.sigillo.issuer;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sigillo.core.internal.Signatures;
import io.sigillo.credential.EdcCredential;
import io.sigillo.issuer.route.MutableClock;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.seal.SealAlgorithm;
import java.io.ByteArrayOutputStream;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every seal's protected header carries its own signing time, and only the forms that need it carry x5c. */
class SealHeaderTimeTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Base64.Decoder B64URL = Base64.getUrlDecoder();

  static TestPki pki;

  @BeforeAll
  static void pki() {
    pki = TestPki.newBuilder().clock(Fixtures.CLOCK).build();
  }

  @Test
  void seal_atChangingTimes_eachHeaderCarriesItsOwnSigningTimeAndVerifies() throws Exception {
    MutableClock clock = new MutableClock(Fixtures.NOW);
    Issuer issuer = Issuer.newBuilder().seal(pki.seal()).organisation(Fixtures.organisation()).clock(clock)
        .qrSeal(true).build();
    EdcCredential credential = issuer.prepare(Fixtures.request().build());
    PublicKey key = pki.sealCertificate().getPublicKey();

    for (Instant t : List.of(Fixtures.NOW, Fixtures.NOW.plusMillis(999), Fixtures.NOW.plusSeconds(1),
        Fixtures.NOW, Fixtures.NOW.plusSeconds(3600))) {
      clock.set(t);
      SealedCredential s = issuer.seal(credential);

      long iat = t.getEpochSecond();
      assertThat(jades(s.jades(), key)).as("JAdES at %s", t).isEqualTo(iat);
      assertThat(jades(s.jadesQr().orElseThrow(), key)).as("QR JAdES at %s", t).isEqualTo(iat);
      assertThat(vcJwt(s.vcJwt(), key)).as("vc+jwt at %s", t).isEqualTo(iat);
    }
  }

  @Test
  void seal_sameSecond_headersAreEqualAndCarryTheChainOnlyWhereExpected() throws Exception {
    Issuer issuer = Issuer.newBuilder().seal(pki.seal()).organisation(Fixtures.organisation())
        .clock(Fixtures.CLOCK).qrSeal(true).build();
    EdcCredential credential = issuer.prepare(Fixtures.request().build());

    SealedCredential a = issuer.seal(credential);
    SealedCredential b = issuer.seal(credential);

    assertThat(protectedOf(b.jades())).isEqualTo(protectedOf(a.jades()));
    assertThat(header(protectedOf(a.jades())).has("x5c")).isTrue();
    assertThat(header(protectedOf(a.jadesQr().orElseThrow())).has("x5c")).isFalse();
    assertThat(header(a.vcJwt().substring(0, a.vcJwt().indexOf('.'))).has("x5c")).isTrue();
  }

  private static long jades(String jades, PublicKey key) throws Exception {
    JsonNode jws = MAPPER.readTree(jades);
    JsonNode sig = jws.get("signatures").get(0);
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.write((sig.get("protected").asText() + ".").getBytes(US_ASCII));
    input.write(jws.get("payload").asText().getBytes(UTF_8));
    assertThat(Signatures.verify(key, SealAlgorithm.ES256, input.toByteArray(),
        B64URL.decode(sig.get("signature").asText()))).isTrue();
    return header(sig.get("protected").asText()).get("iat").asLong();
  }

  private static long vcJwt(String jwt, PublicKey key) throws Exception {
    int dot = jwt.lastIndexOf('.');
    assertThat(Signatures.verify(key, SealAlgorithm.ES256, jwt.substring(0, dot).getBytes(US_ASCII),
        B64URL.decode(jwt.substring(dot + 1)))).isTrue();
    return header(jwt.substring(0, jwt.indexOf('.'))).get("iat").asLong();
  }

  private static String protectedOf(String jades) throws Exception {
    return MAPPER.readTree(jades).get("signatures").get(0).get("protected").asText();
  }

  private static JsonNode header(String b64) throws Exception {
    return MAPPER.readTree(B64URL.decode(b64));
  }
}
