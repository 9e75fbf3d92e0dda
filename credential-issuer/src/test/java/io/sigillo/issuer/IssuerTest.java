package io.sigillo.issuer;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sigillo.core.internal.Signatures;
import io.sigillo.credential.EdcCredential;
import io.sigillo.credential.Evidence;
import io.sigillo.credential.LearningOutcome;
import io.sigillo.credential.Organisation;
import io.sigillo.credential.ValidityPeriod;
import io.sigillo.credential.Vocabulary;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.profile.Competence;
import io.sigillo.profile.Profile;
import io.sigillo.profile.ProfileCatalogue;
import io.sigillo.seal.SealAlgorithm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IssuerTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Base64.Decoder B64URL = Base64.getUrlDecoder();

  static TestPki pki;
  static Profile profile;

  @BeforeAll
  static void pki() {
    pki = TestPki.newBuilder().clock(Fixtures.CLOCK).build();
    profile = ProfileCatalogue.bundled().find(Fixtures.PROFILE).orElseThrow();
  }

  static Issuer issuer(Clock clock) {
    return Issuer.newBuilder().seal(pki.seal()).organisation(Fixtures.organisation())
        .clock(clock).ids(Fixtures.sequentialIds()).build();
  }

  @Test
  void build_organisationIdentifierDiffersFromSealCertificate_refused() {
    Organisation other = Fixtures.organisationBuilder().eidasIdentifier("VATIT-99999999999").build();
    Issuer.Builder b = Issuer.newBuilder().seal(pki.seal()).organisation(other);

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("VATIT-99999999999").hasMessageContaining(Fixtures.ORG_ID);
  }

  @Test
  void seal_sealCertificateExpiredAtSigningTime_sealCertificateNotValid() throws Exception {
    TestPki shortLived = TestPki.newBuilder().clock(Fixtures.CLOCK)
        .sealNotAfter(Fixtures.CLOCK.instant().plus(Duration.ofDays(30))).build();
    Clock later = Clock.fixed(Fixtures.CLOCK.instant().plus(Duration.ofDays(31)), ZoneOffset.UTC);
    Issuer issuer = Issuer.newBuilder().seal(shortLived.seal()).organisation(Fixtures.organisation())
        .clock(later).build();
    EdcCredential credential = issuer.prepare(Fixtures.request().build());

    assertThatThrownBy(() -> issuer.seal(credential)).isInstanceOf(IssuanceException.class)
        .satisfies(e -> assertThat(((IssuanceException) e).reason())
            .isEqualTo(IssuanceException.Reason.SEAL_CERTIFICATE_NOT_VALID))
        .hasMessageContaining("not valid at the signing time");
  }

  @Test
  void seal_signingTimeBeforeCertificateNotBefore_sealCertificateNotValid() throws Exception {
    Clock before = Clock.fixed(pki.sealCertificate().getNotBefore().toInstant().minusSeconds(1),
        ZoneOffset.UTC);
    Issuer issuer = issuer(before);
    EdcCredential credential = issuer.prepare(Fixtures.request().build());

    assertThatThrownBy(() -> issuer.seal(credential)).isInstanceOf(IssuanceException.class)
        .satisfies(e -> assertThat(((IssuanceException) e).reason())
            .isEqualTo(IssuanceException.Reason.SEAL_CERTIFICATE_NOT_VALID));
  }

  @Test
  void build_organisationWithoutEidasIdentifier_refused() {
    Organisation none = Organisation.newBuilder().id("https://aipia.example/id")
        .legalName(Fixtures.organisation().legalName()).build();
    Issuer.Builder b = Issuer.newBuilder().seal(pki.seal()).organisation(none);

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eIDAS");
  }

  @Test
  void prepare_defaultRequest_validFromClockUntilThreeCalendarYearsLater() throws Exception {
    EdcCredential c = issuer(Fixtures.CLOCK).prepare(Fixtures.request().build());

    assertThat(c.validFrom()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
    assertThat(c.validUntil()).isEqualTo(Instant.parse("2029-12-01T09:00:00Z"));
  }

  @Test
  void prepare_clockWithMilliseconds_validFromTruncatedToSeconds() throws Exception {
    Clock clock = Clock.fixed(Instant.parse("2026-12-01T09:00:00.789Z"), ZoneOffset.UTC);

    EdcCredential c = issuer(clock).prepare(Fixtures.request().build());

    assertThat(c.validFrom()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
    assertThat(c.validUntil()).isEqualTo(Instant.parse("2029-12-01T09:00:00Z"));
  }

  /** The rule lives in {@link ValidityPeriod}: 29 February maps to 28 February, never 1 March. */
  @Test
  void prepare_startOn29February_endsOn28FebruaryThreeYearsLater() throws Exception {
    Clock leap = Clock.fixed(Instant.parse("2028-02-29T10:15:30Z"), ZoneOffset.UTC);

    EdcCredential c = issuer(leap).prepare(Fixtures.request().build());

    assertThat(c.validFrom()).isEqualTo(Instant.parse("2028-02-29T10:15:30Z"));
    assertThat(c.validUntil()).isEqualTo(Instant.parse("2031-02-28T10:15:30Z"));
    assertThat(c.validity()).isEqualTo(ValidityPeriod.threeYearsFrom(Instant.parse("2028-02-29T10:15:30Z")));
  }

  @Test
  void prepare_explicitValidFrom_overridesClock() throws Exception {
    Instant from = Instant.parse("2027-01-15T00:00:00Z");

    EdcCredential c = issuer(Fixtures.CLOCK).prepare(Fixtures.request().validFrom(from).build());

    assertThat(c.validFrom()).isEqualTo(from);
    assertThat(c.validUntil()).isEqualTo(Instant.parse("2030-01-15T00:00:00Z"));
  }

  @Test
  void prepare_anyRequest_learningOutcomesAreExactlyTheProfileCompetences() throws Exception {
    EdcCredential c = issuer(Fixtures.CLOCK).prepare(Fixtures.request().build());

    List<LearningOutcome> outcomes = c.achievement().specifiedBy().learningOutcomes();
    assertThat(profile.competences()).hasSize(17);
    assertThat(outcomes).extracting(LearningOutcome::id)
        .containsExactlyElementsOf(profile.competences().stream().map(Competence::id).toList());
    assertThat(outcomes).extracting(LearningOutcome::title)
        .containsExactlyElementsOf(profile.competences().stream().map(Competence::text).toList());
    assertThat(c.achievement().specifiedBy().id()).isEqualTo(profile.id());
    assertThat(c.achievement().title()).isEqualTo(profile.title());
  }

  @Test
  void prepare_request_issuerSubjectAndAwardingFromRequest() throws Exception {
    EdcCredential c = issuer(Fixtures.CLOCK).prepare(Fixtures.request().build());

    assertThat(c.issuer()).isEqualTo(Fixtures.organisation());
    assertThat(c.subject()).isEqualTo(Fixtures.fullHolder());
    assertThat(c.achievement().awardedBy().awardingBody()).isEqualTo(Fixtures.organisation());
    assertThat(c.achievement().awardedBy().awardingDate()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
  }

  @Test
  void prepare_withoutInterview_onlyDossierAssessmentEvidence() throws Exception {
    EdcCredential c = issuer(Fixtures.CLOCK).prepare(Fixtures.request().build());

    assertThat(c.evidence()).extracting(Evidence::type).containsExactly(Vocabulary.DOSSIER_ASSESSMENT);
    assertThat(c.evidence().get(0).statement())
        .contains("AIPIA technical committee").contains("2026-11-20").contains(profile.standard());
  }

  @Test
  void prepare_withInterview_dossierAssessmentThenInterviewEvidence() throws Exception {
    EdcCredential c = issuer(Fixtures.CLOCK)
        .prepare(Fixtures.request().interview(LocalDate.of(2026, 11, 12), true).build());

    assertThat(c.evidence()).extracting(Evidence::type)
        .containsExactly(Vocabulary.DOSSIER_ASSESSMENT, Vocabulary.INTERVIEW);
    assertThat(c.evidence().get(1).statement()).contains("2026-11-12").contains("passed");
    assertThat(c.evidence()).extracting(Evidence::id).doesNotHaveDuplicates();
  }

  @Test
  void prepare_unknownProfile_profileUnknown() {
    IssuanceRequest request = Fixtures.request().profile("quantum-pastry-chef").build();

    assertThatThrownBy(() -> issuer(Fixtures.CLOCK).prepare(request))
        .isInstanceOfSatisfying(IssuanceException.class,
            e -> assertThat(e.reason()).isEqualTo(IssuanceException.Reason.PROFILE_UNKNOWN));
  }

  @Test
  void seal_credentialNamingAnotherIssuer_issuerMismatch() throws Exception {
    Organisation other = Organisation.newBuilder().id("https://other.example/id")
        .legalName(Fixtures.organisation().legalName()).eidasIdentifier("VATIT-99999999999").build();
    EdcCredential foreign = issuer(Fixtures.CLOCK).prepare(Fixtures.request().build())
        .toBuilder().issuer(other).build();

    assertThatThrownBy(() -> issuer(Fixtures.CLOCK).seal(foreign))
        .isInstanceOfSatisfying(IssuanceException.class,
            e -> assertThat(e.reason()).isEqualTo(IssuanceException.Reason.ISSUER_MISMATCH));
  }

  @Test
  void issue_jades_protectedHeaderHasExactlyTheJadesBaselineBMembersInOrder() throws Exception {
    SealedCredential sealed = issuer(Fixtures.CLOCK).issue(Fixtures.request().build());
    X509Certificate cert = pki.sealCertificate();

    JsonNode jws = MAPPER.readTree(sealed.jades());
    assertThat(names(jws)).containsExactly("payload", "signatures");
    assertThat(jws.get("signatures")).hasSize(1);
    assertThat(names(jws.get("signatures").get(0))).containsExactly("protected", "signature");
    JsonNode header = MAPPER.readTree(B64URL.decode(jws.get("signatures").get(0).get("protected").asText()));

    assertThat(names(header)).containsExactly(
        "alg", "cty", "kid", "x5t#S256", "x5c", "typ", "b64", "iat", "crit");
    assertThat(header.get("alg").asText()).isEqualTo("ES256");
    assertThat(header.get("cty").asText()).isEqualTo("vc");
    assertThat(header.get("kid").asText()).isEqualTo(issuerSerialBase64(cert));
    assertThat(header.get("x5t#S256").asText()).isEqualTo(sha256Base64Url(cert));
    assertThat(header.get("x5c")).hasSize(1);
    assertThat(header.get("x5c").get(0).asText())
        .isEqualTo(Base64.getEncoder().encodeToString(cert.getEncoded()));
    assertThat(header.get("typ").asText()).isEqualTo("jose+json");
    assertThat(header.get("b64").isBoolean()).isTrue();
    assertThat(header.get("b64").booleanValue()).isFalse();
    assertThat(header.get("iat").isIntegralNumber()).isTrue();
    assertThat(header.get("iat").longValue()).isEqualTo(Fixtures.NOW.getEpochSecond());
    assertThat(header.get("crit")).hasSize(1);
    assertThat(header.get("crit").get(0).asText()).isEqualTo("b64");
    assertThat(sealed.signingTime()).isEqualTo(Fixtures.NOW);
  }

  @Test
  void issue_withIntermediate_x5cCarriesSealCertificateThenIntermediate() throws Exception {
    TestPki withCa = TestPki.newBuilder().clock(Fixtures.CLOCK).withIntermediate().build();
    Issuer issuer = Issuer.newBuilder().seal(withCa.seal()).organisation(Fixtures.organisation())
        .clock(Fixtures.CLOCK).build();

    SealedCredential sealed = issuer.issue(Fixtures.request().build());

    JsonNode header = jadesHeader(sealed);
    assertThat(header.get("x5c")).hasSize(2);
    assertThat(header.get("x5c").get(0).asText())
        .isEqualTo(Base64.getEncoder().encodeToString(withCa.sealCertificate().getEncoded()));
    assertThat(header.get("x5c").get(1).asText())
        .isEqualTo(Base64.getEncoder().encodeToString(withCa.intermediate().getEncoded()));
  }

  @Test
  void issue_jades_payloadStringIsTheDocumentBytesExactly() throws Exception {
    SealedCredential sealed = issuer(Fixtures.CLOCK).issue(Fixtures.request().build());

    JsonNode jws = MAPPER.readTree(sealed.jades());

    assertThat(jws.get("payload").isTextual()).isTrue();
    assertThat(jws.get("payload").asText().getBytes(UTF_8)).isEqualTo(sealed.document());
    assertThat(sealed.document()).isEqualTo(io.sigillo.credential.CredentialJson.toBytes(sealed.credential()));
  }

  @Test
  void issue_holderWithNonAsciiName_payloadStringIsTheDocumentBytesExactly() throws Exception {
    IssuanceRequest request = Fixtures.request()
        .holder(Fixtures.holderBuilder().givenName("Zoë \"Zo\" Ñúñez").familyName("Łukasiewicz\u2028").build())
        .build();
    SealedCredential sealed = issuer(Fixtures.CLOCK).issue(request);

    JsonNode jws = MAPPER.readTree(sealed.jades());

    assertThat(jws.get("payload").asText().getBytes(UTF_8)).isEqualTo(sealed.document());
    assertThat(verifiesJades(jws, pki.sealCertificate(), SealAlgorithm.ES256)).isTrue();
  }

  @Test
  void issue_vcJwt_typVcJwtCtyVcAndPayloadIsTheDocument() throws Exception {
    SealedCredential sealed = issuer(Fixtures.CLOCK).issue(Fixtures.request().build());

    String[] parts = sealed.vcJwt().split("\\.", -1);
    assertThat(parts).hasSize(3);
    JsonNode header = MAPPER.readTree(B64URL.decode(parts[0]));

    assertThat(names(header)).containsExactly("alg", "typ", "cty", "kid", "x5t#S256", "x5c", "iat");
    assertThat(header.get("typ").asText()).isEqualTo("vc+jwt");
    assertThat(header.get("cty").asText()).isEqualTo("vc");
    assertThat(header.get("alg").asText()).isEqualTo("ES256");
    assertThat(header.get("kid").asText()).isEqualTo(issuerSerialBase64(pki.sealCertificate()));
    assertThat(header.get("iat").longValue()).isEqualTo(Fixtures.NOW.getEpochSecond());
    assertThat(B64URL.decode(parts[1])).isEqualTo(sealed.document());
  }

  /** Every algorithm family: ECDSA on two curves, RSA PKCS#1 v1.5 and RSA-PSS (on a 2048-bit key). */
  static Stream<Arguments> keyTypesAndAlgorithms() {
    return Stream.of(
        Arguments.of(TestPki.KeyType.EC_P256, SealAlgorithm.ES256),
        Arguments.of(TestPki.KeyType.EC_P384, SealAlgorithm.ES384),
        Arguments.of(TestPki.KeyType.RSA_2048, SealAlgorithm.RS256),
        Arguments.of(TestPki.KeyType.RSA_2048, SealAlgorithm.PS256));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("keyTypesAndAlgorithms")
  void issue_anyAlgorithm_bothSignaturesVerifyWithTheCertificateKey(TestPki.KeyType keyType,
      SealAlgorithm alg) throws Exception {
    TestPki keyPki = TestPki.newBuilder().clock(Fixtures.CLOCK).keyType(keyType).build();
    Seal seal = SealKeys.fromKey(keyPki.sealPrivateKey(), keyPki.chain(), alg);
    Issuer issuer = Issuer.newBuilder().seal(seal).organisation(Fixtures.organisation())
        .clock(Fixtures.CLOCK).build();

    SealedCredential sealed = issuer.issue(Fixtures.request().build());

    JsonNode jws = MAPPER.readTree(sealed.jades());
    assertThat(jadesHeader(sealed).get("alg").asText()).isEqualTo(alg.jwsName());
    assertThat(verifiesJades(jws, keyPki.sealCertificate(), alg)).isTrue();
    int dot = sealed.vcJwt().lastIndexOf('.');
    byte[] input = sealed.vcJwt().substring(0, dot).getBytes(US_ASCII);
    byte[] signature = B64URL.decode(sealed.vcJwt().substring(dot + 1));
    assertThat(Signatures.verify(keyPki.sealCertificate().getPublicKey(), alg, input, signature)).isTrue();
    input[input.length - 1] ^= 1;
    assertThat(Signatures.verify(keyPki.sealCertificate().getPublicKey(), alg, input, signature)).isFalse();
  }

  @Test
  void issue_twoCredentials_distinctIdentifiers() throws Exception {
    Issuer issuer = Issuer.newBuilder().seal(pki.seal()).organisation(Fixtures.organisation())
        .clock(Fixtures.CLOCK).build();

    EdcCredential a = issuer.issue(Fixtures.request().build()).credential();
    EdcCredential b = issuer.issue(Fixtures.request().build()).credential();

    assertThat(a.id()).isNotEqualTo(b.id());
    assertThat(a.achievement().id()).isNotEqualTo(b.achievement().id());
    assertThat(a.id().toString()).startsWith("urn:uuid:");
  }

  private static boolean verifiesJades(JsonNode jws, X509Certificate cert, SealAlgorithm alg)
      throws IOException {
    JsonNode sig = jws.get("signatures").get(0);
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.write((sig.get("protected").asText() + ".").getBytes(US_ASCII));
    input.write(jws.get("payload").asText().getBytes(UTF_8));
    return Signatures.verify(cert.getPublicKey(), alg, input.toByteArray(),
        B64URL.decode(sig.get("signature").asText()));
  }

  private static JsonNode jadesHeader(SealedCredential sealed) throws IOException {
    JsonNode jws = MAPPER.readTree(sealed.jades());
    return MAPPER.readTree(B64URL.decode(jws.get("signatures").get(0).get("protected").asText()));
  }

  /** Standard base64 of the DER IssuerSerial {GeneralNames{directoryName issuer}, serial}. */
  private static String issuerSerialBase64(X509Certificate cert) throws IOException {
    IssuerSerial is = new IssuerSerial(
        X500Name.getInstance(cert.getIssuerX500Principal().getEncoded()), cert.getSerialNumber());
    return Base64.getEncoder().encodeToString(is.getEncoded("DER"));
  }

  private static String sha256Base64Url(X509Certificate cert) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
    return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
  }

  private static List<String> names(JsonNode object) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }
}
