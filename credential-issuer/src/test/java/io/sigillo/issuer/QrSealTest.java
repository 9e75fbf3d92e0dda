package io.sigillo.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.Organisation;
import io.sigillo.credential.Person;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.seal.SecuringForm;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class QrSealTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
  static final ObjectMapper MAPPER = new ObjectMapper();

  private static SealedCredential issue(TestPki pki, boolean qrSeal) throws Exception {
    Issuer issuer = Issuer.newBuilder().seal(pki.seal()).clock(CLOCK).qrSeal(qrSeal)
        .organisation(Organisation.newBuilder().id("https://aipia.example/id")
            .legalName(LanguageMap.of("en", "AIPIA")).eidasIdentifier("VATIT-12345678901").build())
        .build();
    return issuer.issue(IssuanceRequest.newBuilder()
        .holder(Person.newBuilder().id("urn:uuid:6f1c1bb4-3b0e-4e7b-9a43-1d2f8f4c2a10")
            .givenName("Giulia").familyName("Rossi").build())
        .profile("ai-security-specialist")
        .committeeDecision("AIPIA technical committee", LocalDate.of(2026, 11, 20))
        .build());
  }

  private static JsonNode protectedHeader(String jades) throws Exception {
    String p = MAPPER.readTree(jades).get("signatures").get(0).get("protected").asText();
    return MAPPER.readTree(Base64.getUrlDecoder().decode(p));
  }

  @Test
  void issue_withQrSeal_headerReferencesTheCertificateByThumbprintWithoutX5c() throws Exception {
    TestPki pki = TestPki.newBuilder().clock(CLOCK).build();
    SealedCredential s = issue(pki, true);
    JsonNode qr = protectedHeader(s.jadesQr().orElseThrow());
    JsonNode full = protectedHeader(s.jades());
    assertThat(qr.has("x5c")).isFalse();
    assertThat(full.has("x5c")).isTrue();
    List<String> expected = List.of("alg", "cty", "kid", "x5t#S256", "typ", "b64", "iat", "crit");
    assertThat(qr.fieldNames()).toIterable().containsExactlyElementsOf(expected);
    assertThat(qr.get("x5t#S256")).isEqualTo(full.get("x5t#S256"));
    assertThat(qr.get("kid")).isEqualTo(full.get("kid"));
    assertThat(qr.get("iat")).isEqualTo(full.get("iat"));
    assertThat(MAPPER.readTree(s.jadesQr().orElseThrow()).get("payload").asText())
        .isEqualTo(MAPPER.readTree(s.jades()).get("payload").asText());
    assertThat(s.form(SecuringForm.JADES_QR)).isEqualTo(s.jadesQr().orElseThrow());
  }

  @Test
  void issue_withoutQrSeal_qrFormAbsentAndOtherFormsUnchanged() throws Exception {
    TestPki pki = TestPki.newBuilder().clock(CLOCK).build();
    SealedCredential plain = issue(pki, false);
    assertThat(plain.jadesQr()).isEmpty();
    assertThatThrownBy(() -> plain.form(SecuringForm.JADES_QR)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("qrSeal(true)");
    assertThat(plain.form(SecuringForm.JADES)).isEqualTo(plain.jades());
    assertThat(plain.form(SecuringForm.VC_JWT)).isEqualTo(plain.vcJwt());
  }
}
