package io.sigillo.verifier.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.CredentialJson;
import io.sigillo.credential.EdcCredential;
import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.SealedStatusList;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.status.BitstringStatusListEntry;
import io.sigillo.status.StatusPurpose;
import io.sigillo.verifier.CheckId;
import io.sigillo.verifier.CheckResult;
import io.sigillo.verifier.Indication;
import io.sigillo.verifier.OfflineStatusListResolver;
import io.sigillo.verifier.Outcome;
import io.sigillo.verifier.ReasonCode;
import io.sigillo.verifier.ResolvedStatusList;
import io.sigillo.verifier.StatusListResolver;
import io.sigillo.verifier.VerificationReport;
import io.sigillo.verifier.Verifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusCheckTest {
  static TestPki pki;

  @TempDir
  Path dir;
  StatusFixture fx;
  SealedCredential sealed;

  @BeforeAll
  static void pki() {
    pki = TestPki.newBuilder().clock(java.time.Clock.fixed(StatusFixture.T0, java.time.ZoneOffset.UTC)).build();
  }

  @BeforeEach
  void issue() throws Exception {
    fx = new StatusFixture(pki, dir);
    sealed = fx.issuer.issue(StatusFixture.request());
  }

  @AfterEach
  void close() {
    fx.close();
  }

  URI id() {
    return sealed.credential().id();
  }

  static CheckResult status(VerificationReport r) {
    return r.check(CheckId.STATUS);
  }

  static void assertIndeterminate(VerificationReport r, ReasonCode reason) {
    assertThat(r.indication()).as(r.toString()).isEqualTo(Indication.INDETERMINATE);
    assertThat(status(r).outcome()).isEqualTo(Outcome.INDETERMINATE);
    assertThat(status(r).reason()).as(status(r).message()).isEqualTo(reason);
    assertThat(r.verifiedCredential()).isEmpty();
  }

  @Test
  void verify_statusButNoResolver_indeterminateRetrievalErrorAndNothingFetched() {
    VerificationReport r = Verifier.create(fx.policy().build()).verify(sealed.jades());
    assertIndeterminate(r, ReasonCode.STATUS_RETRIEVAL_ERROR);
    assertThat(status(r).message()).contains("no status list resolver");
    assertThat(status(r).evidence().get("revocation.error"))
        .isEqualTo("https://www.w3.org/ns/credentials/status-list#STATUS_RETRIEVAL_ERROR");
  }

  @Test
  void verify_activeCredentialWithPublishedLists_totalPassedInBothForms() throws Exception {
    Verifier v = fx.verifier(fx.publishedNow());
    for (String form : List.of(sealed.jades(), sealed.vcJwt())) {
      VerificationReport r = v.verify(form);
      assertThat(r.indication()).as(status(r).message()).isEqualTo(Indication.TOTAL_PASSED);
      assertThat(status(r).evidence()).containsEntry("revocation.status", "0x0").containsEntry("suspension.status", "0x0");
    }
  }

  @Test
  void verify_listsInJadesForm_totalPassed() throws Exception {
    OfflineStatusListResolver.Builder b = OfflineStatusListResolver.newBuilder();
    for (SealedStatusList l : fx.issuer.publishStatusLists()) {
      b.add(l.jades().getBytes(StandardCharsets.UTF_8));
    }
    assertThat(fx.verifier(b.build()).verify(sealed.vcJwt()).indication()).isEqualTo(Indication.TOTAL_PASSED);
  }

  @Test
  void verify_revokedCredential_totalFailedRevoked() throws Exception {
    fx.store.revoke(id(), "committee", "withdrawn");
    VerificationReport r = fx.verifier(fx.publishedNow()).verify(sealed.jades());
    assertThat(r.indication()).isEqualTo(Indication.TOTAL_FAILED);
    assertThat(status(r).reason()).isEqualTo(ReasonCode.REVOKED);
    assertThat(status(r).evidence()).containsEntry("revocation.status", "0x1");
  }

  @Test
  void verify_suspendedThenReinstated_failedSuspendedThenPassed() throws Exception {
    fx.store.suspend(id(), "registrar", "payment overdue");
    VerificationReport r = fx.verifier(fx.publishedNow()).verify(sealed.jades());
    assertThat(r.indication()).isEqualTo(Indication.TOTAL_FAILED);
    assertThat(status(r).reason()).isEqualTo(ReasonCode.SUSPENDED);
    fx.store.reinstate(id(), "registrar", "paid");
    assertThat(fx.verifier(fx.publishedNow()).verify(sealed.jades()).indication()).isEqualTo(Indication.TOTAL_PASSED);
  }

  @Test
  void verify_listChangesAfterRevocation_sameVerifierSeesTheNewList() throws Exception {
    Map<URI, ResolvedStatusList> current = new ConcurrentHashMap<>();
    StatusListResolver live = url -> current.get(url);
    publishInto(current);
    Verifier v = fx.verifier(live);
    assertThat(v.verify(sealed.jades()).indication()).isEqualTo(Indication.TOTAL_PASSED);
    fx.store.revoke(id(), "committee", "withdrawn");
    assertThat(status(v.verify(sealed.jades())).reason()).as("old list still served").isEqualTo(ReasonCode.OK);
    publishInto(current);
    assertThat(status(v.verify(sealed.jades())).reason()).isEqualTo(ReasonCode.REVOKED);
  }

  private void publishInto(Map<URI, ResolvedStatusList> current) throws Exception {
    for (SealedStatusList l : fx.issuer.publishStatusLists()) {
      current.put(l.credential().id(), new ResolvedStatusList(l.credential().id(), l.formBytes(
          io.sigillo.seal.SecuringForm.VC_JWT), fx.clock.instant()));
    }
  }

  @Test
  void verify_listExpired_indeterminateVerificationError() throws Exception {
    OfflineStatusListResolver old = fx.publishedNow();
    fx.clock.advance(Duration.ofDays(2));
    VerificationReport r = fx.verifier(old).verify(sealed.jades());
    assertIndeterminate(r, ReasonCode.STATUS_VERIFICATION_ERROR);
    assertThat(status(r).message()).contains("expired");
  }

  @Test
  void verify_listSealedByAnotherOrganisation_indeterminateUnlessDelegated() throws Exception {
    io.sigillo.issuer.Seal other = pki.sealFor("Status Service SRL", "VATIT-99999999999");
    OfflineStatusListResolver.Builder b = OfflineStatusListResolver.newBuilder();
    for (SealedStatusList l : fx.issuer.publishStatusLists()) {
      b.add(fx.seal(other, l.document()).getBytes(StandardCharsets.US_ASCII));
    }
    OfflineStatusListResolver resolver = b.build();
    VerificationReport r = fx.verifier(resolver).verify(sealed.jades());
    assertIndeterminate(r, ReasonCode.STATUS_VERIFICATION_ERROR);
    assertThat(status(r).message()).contains("VATIT-99999999999");
    Verifier delegated = Verifier.create(fx.policy().statusListResolver(resolver)
        .allowDelegatedStatusListIssuers(List.of("VATIT-99999999999")).build());
    assertThat(delegated.verify(sealed.jades()).indication()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(delegated.policy().toString()).contains("RELAXED: status lists may be sealed by [VATIT-99999999999]");
  }

  @Test
  void verify_listNamingAnotherIssuerId_indeterminateVerificationError() throws Exception {
    OfflineStatusListResolver.Builder b = OfflineStatusListResolver.newBuilder();
    for (SealedStatusList l : fx.issuer.publishStatusLists()) {
      ObjectNode doc = l.credential().toJson();
      doc.put("issuer", "https://someone-else.example/id");
      b.add(fx.seal(pki.seal(), CredentialJson.compact(doc).getBytes(StandardCharsets.UTF_8))
          .getBytes(StandardCharsets.US_ASCII));
    }
    VerificationReport r = fx.verifier(b.build()).verify(sealed.jades());
    assertIndeterminate(r, ReasonCode.STATUS_VERIFICATION_ERROR);
    assertThat(status(r).message()).contains("someone-else");
  }

  @Test
  void verify_tamperedOrUntrustedOrUnsealedList_indeterminateVerificationError() throws Exception {
    SealedStatusList r1 = fx.issuer.publishStatusList("r1");
    SealedStatusList s1 = fx.issuer.publishStatusList("s1");
    String jwt = r1.vcJwt();
    String tampered = jwt.substring(0, jwt.length() - 4) + (jwt.endsWith("AAAA") ? "BBBB" : "AAAA");
    TestPki stranger = TestPki.newBuilder().clock(java.time.Clock.fixed(StatusFixture.T0, java.time.ZoneOffset.UTC))
        .organisation("AIPIA", "VATIT-12345678901").build();
    for (byte[] bad : List.of(tampered.getBytes(StandardCharsets.US_ASCII),
        fx.seal(stranger.seal(), r1.document()).getBytes(StandardCharsets.US_ASCII), r1.document())) {
      OfflineStatusListResolver resolver = OfflineStatusListResolver.newBuilder()
          .add(r1.credential().id(), bad).add(s1.formBytes(io.sigillo.seal.SecuringForm.JADES)).build();
      assertIndeterminate(fx.verifier(resolver).verify(sealed.jades()), ReasonCode.STATUS_VERIFICATION_ERROR);
    }
  }

  @Test
  void verify_listShorterThanMinimum_indeterminateLengthError() throws Exception {
    verifyWithCraftedRevocationList("uH4sIAAAAAAACA2NgGAWjYBSMVAAALq-17wAEAAA", ReasonCode.STATUS_LIST_LENGTH_ERROR);
  }

  @Test
  void verify_listNotGzip_indeterminateMalformedValue() throws Exception {
    verifyWithCraftedRevocationList("uAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", ReasonCode.MALFORMED_VALUE_ERROR);
  }

  private void verifyWithCraftedRevocationList(String encodedList, ReasonCode expected) throws Exception {
    SealedStatusList r1 = fx.issuer.publishStatusList("r1");
    SealedStatusList s1 = fx.issuer.publishStatusList("s1");
    ObjectNode doc = r1.credential().toJson();
    ((ObjectNode) doc.get("credentialSubject")).put("encodedList", encodedList);
    OfflineStatusListResolver resolver = OfflineStatusListResolver.newBuilder()
        .add(fx.seal(pki.seal(), CredentialJson.compact(doc).getBytes(StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII))
        .add(s1.vcJwt().getBytes(StandardCharsets.US_ASCII)).build();
    assertIndeterminate(fx.verifier(resolver).verify(sealed.jades()), expected);
  }

  @Test
  void verify_entryIndexOutsideList_indeterminateRangeError() throws Exception {
    SealedCredential crafted = withEntries(List.of(entry(StatusPurpose.REVOCATION, "r1", 200_000)));
    assertIndeterminate(fx.verifier(fx.publishedNow()).verify(crafted.jades()), ReasonCode.RANGE_ERROR);
  }

  @Test
  void verify_suspensionEntryPointingAtRevocationList_indeterminateVerificationError() throws Exception {
    SealedCredential crafted = withEntries(List.of(entry(StatusPurpose.SUSPENSION, "r1", 5)));
    VerificationReport r = fx.verifier(fx.publishedNow()).verify(crafted.jades());
    assertIndeterminate(r, ReasonCode.STATUS_VERIFICATION_ERROR);
    assertThat(status(r).message()).contains("serves [revocation], not suspension");
  }

  @Test
  void verify_revokedAndOtherListUnreachable_stillTotalFailedRevoked() throws Exception {
    fx.store.revoke(id(), "committee", "withdrawn");
    SealedStatusList r1 = fx.issuer.publishStatusList("r1");
    OfflineStatusListResolver onlyRevocation = OfflineStatusListResolver.newBuilder()
        .add(r1.vcJwt().getBytes(StandardCharsets.US_ASCII)).build();
    VerificationReport r = fx.verifier(onlyRevocation).verify(sealed.jades());
    assertThat(r.indication()).isEqualTo(Indication.TOTAL_FAILED);
    assertThat(status(r).reason()).isEqualTo(ReasonCode.REVOKED);
    assertThat(status(r).evidence()).containsKey("suspension.error");
  }

  @Test
  void verify_noStatusEntry_passesReportedAsSuchUnlessPolicyRequiresStatus() throws Exception {
    SealedCredential plain = withEntries(List.of());
    VerificationReport r = fx.verifier(fx.publishedNow()).verify(plain.jades());
    assertThat(r.indication()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(status(r).outcome()).isEqualTo(Outcome.NOT_CHECKED);
    assertThat(status(r).reason()).isEqualTo(ReasonCode.NO_STATUS_ENTRY);
    VerificationReport required = Verifier.create(fx.policy().requireStatus().build()).verify(plain.jades());
    assertThat(required.indication()).isEqualTo(Indication.INDETERMINATE);
    assertThat(status(required).reason()).isEqualTo(ReasonCode.NO_STATUS_ENTRY);
  }

  @Test
  void verify_brokenSeal_statusListsNotFetched() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    OfflineStatusListResolver lists = fx.publishedNow();
    StatusListResolver counting = url -> {
      calls.incrementAndGet();
      return lists.resolve(url);
    };
    String jwt = sealed.vcJwt();
    String broken = jwt.substring(0, jwt.length() - 4) + (jwt.endsWith("AAAA") ? "BBBB" : "AAAA");
    VerificationReport r = fx.verifier(counting).verify(broken);
    assertThat(r.indication()).isEqualTo(Indication.TOTAL_FAILED);
    assertThat(status(r).reason()).isEqualTo(ReasonCode.PREREQUISITE_FAILED);
    assertThat(calls).hasValue(0);
    fx.verifier(counting).verify(sealed.vcJwt());
    assertThat(calls).hasValue(2);
  }

  @Test
  void verify_resolverThrowsUnexpectedly_indeterminateRetrievalError() {
    StatusListResolver failing = url -> {
      throw new IllegalStateException("disk gone");
    };
    assertIndeterminate(fx.verifier(failing).verify(sealed.jades()), ReasonCode.STATUS_RETRIEVAL_ERROR);
  }

  private SealedCredential withEntries(List<BitstringStatusListEntry> entries) throws Exception {
    EdcCredential c = sealed.credential().toBuilder().id(java.util.UUID.randomUUID()).credentialStatus(entries).build();
    return fx.issuer.seal(c);
  }

  private static BitstringStatusListEntry entry(StatusPurpose purpose, String list, long index) {
    return BitstringStatusListEntry.newBuilder().purpose(purpose).index(index)
        .listCredential(StatusFixture.BASE.resolve(list)).build();
  }
}
