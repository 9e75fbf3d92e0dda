package io.sigillo.issuer.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sigillo.credential.CredentialJson;
import io.sigillo.credential.EdcCredential;
import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.Organisation;
import io.sigillo.credential.Person;
import io.sigillo.issuer.IssuanceException;
import io.sigillo.issuer.IssuanceRequest;
import io.sigillo.issuer.Issuer;
import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.SealedStatusList;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.status.BitstringStatusListCredential;
import io.sigillo.status.BitstringStatusListEntry;
import io.sigillo.status.StatusPurpose;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuerStatusTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
  static final Organisation AIPIA = Organisation.newBuilder().id("https://aipia.example/id")
      .legalName(LanguageMap.of("en", "AIPIA")).eidasIdentifier("VATIT-12345678901").build();
  static TestPki pki;

  @TempDir
  Path dir;
  TestDatabases.Db db;
  Issuer issuer;
  StatusStore store;

  @BeforeAll
  static void pki() {
    pki = TestPki.newBuilder().clock(CLOCK).build();
  }

  @BeforeEach
  void issuer() throws Exception {
    db = TestDatabases.h2(dir);
    store = JdbcStatusStore.newBuilder().connections(db.source()).clock(CLOCK).build();
    issuer = Issuer.newBuilder().seal(pki.seal()).organisation(AIPIA).clock(CLOCK)
        .status(StatusListConfig.newBuilder().store(store).baseUrl(URI.create("https://aipia.example/status/"))
            .ttl(Duration.ofMinutes(2)).validity(Duration.ofHours(6)).build())
        .build();
  }

  @AfterEach
  void close() {
    db.close();
  }

  static IssuanceRequest request() {
    return IssuanceRequest.newBuilder()
        .holder(Person.newBuilder().id("urn:uuid:6f1c1bb4-3b0e-4e7b-9a43-1d2f8f4c2a10").givenName("Giulia")
            .familyName("Rossi").build())
        .profile("ai-security-specialist")
        .committeeDecision("AIPIA technical committee", LocalDate.of(2026, 11, 20))
        .build();
  }

  @Test
  void issue_withStatusConfigured_registersAndAddsRevocationAndSuspensionEntries() throws Exception {
    SealedCredential sealed = issuer.issue(request());
    EdcCredential c = sealed.credential();
    assertThat(c.credentialStatus()).extracting(BitstringStatusListEntry::purpose)
        .containsExactly(StatusPurpose.REVOCATION, StatusPurpose.SUSPENSION);
    BitstringStatusListEntry rev = c.credentialStatus(StatusPurpose.REVOCATION).orElseThrow();
    assertThat(rev.listCredential()).isEqualTo(URI.create("https://aipia.example/status/r1"));
    assertThat(rev.id()).contains(URI.create("https://aipia.example/status/r1#" + rev.index()));
    CredentialRecord record = store.find(c.id()).orElseThrow();
    assertThat(record.registration().profile()).isEqualTo("ai-security-specialist");
    assertThat(record.registration().holderReference()).isEqualTo(c.subject().id().toString());
    assertThat(record.slot(StatusPurpose.REVOCATION).orElseThrow().index()).isEqualTo((int) rev.index());
    assertThat(CredentialJson.read(sealed.document())).isEqualTo(c);
  }

  @Test
  void publishStatusList_afterRevocation_sealedListHasTheBitInBothForms() throws Exception {
    EdcCredential c = issuer.issue(request()).credential();
    issuer.issue(request());
    store.revoke(c.id(), "committee", "withdrawn");
    SealedStatusList published = issuer.publishStatusList("r1");
    BitstringStatusListCredential list = published.credential();
    assertThat(list.id()).isEqualTo(URI.create("https://aipia.example/status/r1"));
    assertThat(list.issuer()).isEqualTo(AIPIA.id());
    assertThat(list.validFrom()).contains(CLOCK.instant());
    assertThat(list.validUntil()).contains(CLOCK.instant().plus(Duration.ofHours(6)));
    assertThat(list.ttl()).contains(Duration.ofMinutes(2));
    long index = c.credentialStatus(StatusPurpose.REVOCATION).orElseThrow().index();
    assertThat(list.list(1, io.sigillo.status.BitstringStatusList.DecodeLimits.DEFAULT).status(index)).isEqualTo(1);
    byte[] jadesPayload = new ObjectMapper().readTree(published.jades()).get("payload").asText()
        .getBytes(StandardCharsets.UTF_8);
    assertThat(jadesPayload).isEqualTo(published.document());
    byte[] jwtPayload = Base64.getUrlDecoder().decode(published.vcJwt().split("\\.")[1]);
    assertThat(jwtPayload).isEqualTo(published.document());
    assertThat(BitstringStatusListCredential.read(published.document())).isEqualTo(list);
  }

  @Test
  void publishStatusLists_everyListOnePublication() throws Exception {
    issuer.issue(request());
    List<SealedStatusList> all = issuer.publishStatusLists();
    assertThat(all).extracting(SealedStatusList::listId).containsExactly("r1", "s1");
    assertThat(all.get(1).credential().purposes()).containsExactly(StatusPurpose.SUSPENSION);
  }

  @Test
  void publishStatusList_unknownListOrNoStatusConfigured_typedError() {
    assertThatThrownBy(() -> issuer.publishStatusList("r7")).isInstanceOfSatisfying(IssuanceException.class,
        e -> assertThat(e.reason()).isEqualTo(IssuanceException.Reason.STATUS_STORE_FAILED));
    Issuer plain = Issuer.newBuilder().seal(pki.seal()).organisation(AIPIA).clock(CLOCK).build();
    assertThatThrownBy(plain::publishStatusLists).isInstanceOfSatisfying(IssuanceException.class,
        e -> assertThat(e.reason()).isEqualTo(IssuanceException.Reason.STATUS_NOT_CONFIGURED));
  }

  @Test
  void statusListConfig_baseUrlWithoutTrailingSlash_rejected() {
    assertThatThrownBy(() -> StatusListConfig.newBuilder().store(store)
        .baseUrl(URI.create("https://aipia.example/status")).build()).isInstanceOf(IllegalArgumentException.class);
    StatusListConfig ok = StatusListConfig.newBuilder().store(store).baseUrl(URI.create("https://aipia.example/s/")).build();
    assertThat(ok.listId(URI.create("https://aipia.example/s/r12"))).isEqualTo("r12");
    assertThat(ok.listId(URI.create("https://aipia.example/s/../x"))).isNull();
  }
}
