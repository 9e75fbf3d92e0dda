package io.sigillo.verifier;

import static io.sigillo.verifier.Fixtures.NOW;
import static io.sigillo.verifier.Fixtures.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.seal.SealAlgorithm;
import io.sigillo.x509.QcOids;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;

/**
 * The TRUST check at its edges: time (signing time against certificate validity, the verifier's
 * clock and the skew), chains, revocation, qualified-certificate statements and key usage.
 */
class TrustEdgesTest {
  static final Duration DAY = Duration.ofDays(1);

  static Verifier verifierAt(TestPki pki, Instant now) {
    return Verifier.create(Fixtures.policy(pki).clock(Fixtures.clock(now)).build());
  }

  // ---- time ----

  @Test
  void verify_sealCertificateExpiredSinceSigning_indeterminateNoPoe() {
    TestPki pki = TestPki.newBuilder().clock(Fixtures.CLOCK).sealNotAfter(NOW.plus(DAY.multipliedBy(30))).build();
    SealedCredential sealed = Fixtures.issue(pki.seal(), Fixtures.clock(NOW.plus(DAY)));

    assertThat(verifierAt(pki, NOW.plus(DAY.multipliedBy(2))).verify(sealed.jades()).indication())
        .isEqualTo(Indication.TOTAL_PASSED);
    VerificationReport report = verifierAt(pki, NOW.plus(DAY.multipliedBy(60))).verify(sealed.jades());

    assertRejected(report, CheckId.TRUST, Outcome.INDETERMINATE, ReasonCode.CERTIFICATE_EXPIRED_NO_POE);
    assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
    assertThat(report.check(CheckId.VALIDITY).outcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  void verify_signingTimeAfterTheCertificatesNotAfter_certificateExpired() {
    TestPki pki = TestPki.newBuilder().clock(Fixtures.CLOCK).sealNotAfter(NOW.plus(DAY.multipliedBy(30))).build();
    Instant signedAt = NOW.plus(DAY.multipliedBy(45));
    // The Issuer refuses to seal with an expired certificate, so the token is made by hand.
    SealedCredential sealed = Fixtures.issue(pki.seal(), Fixtures.clock(NOW.plus(DAY)));
    String token = Tokens.compact(Tokens.jwtHeader(pki.seal().signer().algorithm(), pki.chain(), signedAt),
        sealed.document(), pki.sealPrivateKey(), pki.seal().signer().algorithm());

    VerificationReport report = verifierAt(pki, signedAt.plus(DAY)).verify(token);

    assertRejected(report, CheckId.TRUST, Outcome.FAILED, ReasonCode.CERTIFICATE_EXPIRED);
    assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
  }

  @Test
  void verify_signingTimeBeforeTheCertificatesNotBefore_certificateNotYetValid() {
    TestPki pki = Fixtures.pki();
    Instant signedAt = pki.sealCertificate().getNotBefore().toInstant().minus(DAY);
    // The Issuer refuses to seal with a not-yet-valid certificate, so the token is made by hand.
    SealedCredential sealed = Fixtures.issue(pki.seal(), Fixtures.CLOCK,
        Fixtures.request().validFrom(NOW.minus(DAY)).build());
    String token = Tokens.jades(Tokens.jadesHeader(pki.seal().signer().algorithm(), pki.chain(), signedAt),
        sealed.document(), pki.sealPrivateKey(), pki.seal().signer().algorithm());

    assertRejected(Fixtures.verifier().verify(token), CheckId.TRUST, Outcome.FAILED,
        ReasonCode.CERTIFICATE_NOT_YET_VALID);
  }

  @Test
  void verify_signingTimeLaterThanClockPlusSkew_signingTimeInFuture() {
    Duration skew = Duration.ofMinutes(2);
    SealedCredential later = Fixtures.issue(Fixtures.pki().seal(), Fixtures.clock(NOW.plus(skew).plusSeconds(1)),
        Fixtures.request().validFrom(NOW.minus(DAY)).build());
    SealedCredential atSkew = Fixtures.issue(Fixtures.pki().seal(), Fixtures.clock(NOW.plus(skew)),
        Fixtures.request().validFrom(NOW.minus(DAY)).build());
    Verifier verifier = Verifier.create(Fixtures.policy().maxClockSkew(skew).build());

    VerificationReport report = verifier.verify(later.jades());

    assertRejected(report, CheckId.TRUST, Outcome.FAILED, ReasonCode.SIGNING_TIME_IN_FUTURE);
    assertThat(report.check(CheckId.VALIDITY).outcome()).isEqualTo(Outcome.PASSED);
    assertThat(verifier.verify(atSkew.jades()).indication()).isEqualTo(Indication.TOTAL_PASSED);
  }

  // ---- anchors and chains ----

  @Test
  void verify_policyWithoutTrustAnchors_noTrustAnchors() {
    Verifier verifier = Verifier.create(VerificationPolicy.newBuilder().clock(Fixtures.CLOCK).build());
    VerificationReport report = verifier.verify(Fixtures.sealed().jades());
    assertRejected(report, CheckId.TRUST, Outcome.INDETERMINATE, ReasonCode.NO_TRUST_ANCHORS);
    assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
  }

  @Test
  void verify_chainWithAnIntermediateCa_passes() {
    TestPki pki = TestPki.newBuilder().clock(Fixtures.CLOCK).withIntermediate().build();
    SealedCredential sealed = Fixtures.issue(pki.seal(), Fixtures.CLOCK);
    assertThat(pki.chain()).hasSize(2);

    VerificationReport report = verifierAt(pki, NOW).verify(sealed.jades());

    assertThat(report.indication()).as(report.summary()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(report.check(CheckId.TRUST).evidence().get("trustAnchor")).contains("Sigillo Test Root CA");
    // the issuing CA alone may be the anchor, as on a trusted list
    Verifier issuingCaAnchor = Verifier.create(VerificationPolicy.newBuilder().clock(Fixtures.CLOCK)
        .trustAnchors(List.of(pki.intermediate())).build());
    assertThat(issuingCaAnchor.verify(sealed.vcJwt()).indication()).isEqualTo(Indication.TOTAL_PASSED);
  }

  @Test
  void verify_chainMissingItsIntermediateCa_chainNotTrusted() {
    TestPki pki = TestPki.newBuilder().clock(Fixtures.CLOCK).withIntermediate().build();
    List<java.security.cert.X509Certificate> leafOnly = List.of(pki.sealCertificate());
    String token = Tokens.jades(Tokens.jadesHeader(SealAlgorithm.ES256, leafOnly, NOW),
        Fixtures.sealed().document(), pki.sealPrivateKey(), SealAlgorithm.ES256);

    assertRejected(verifierAt(pki, NOW).verify(token), CheckId.TRUST, Outcome.INDETERMINATE,
        ReasonCode.CHAIN_NOT_TRUSTED);
  }

  @Test
  void policyBuilder_sealCertificateAsTrustAnchor_refused() {
    VerificationPolicy.Builder b = VerificationPolicy.newBuilder()
        .trustAnchors(List.of(Fixtures.pki().sealCertificate()));
    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end-entity certificate");
  }

  // ---- revocation ----

  @Test
  void verify_crlRevokingTheSealCertificate_certificateRevoked() {
    TestPki pki = Fixtures.pki();
    Verifier verifier = Verifier.create(Fixtures.policy()
        .crls(List.of(pki.crl(pki.sealCertificate().getSerialNumber()))).build());

    VerificationReport report = verifier.verify(Fixtures.sealed().jades());

    assertRejected(report, CheckId.TRUST, Outcome.FAILED, ReasonCode.CERTIFICATE_REVOKED);
    assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
  }

  @Test
  void verify_crlOfTheIssuingCaNotListingTheSeal_passes() {
    Verifier verifier = Verifier.create(Fixtures.policy().crls(List.of(Fixtures.pki().crl())).build());
    VerificationReport report = verifier.verify(Fixtures.sealed().jades());
    assertThat(report.indication()).as(report.summary()).isEqualTo(Indication.TOTAL_PASSED);
  }

  @Test
  void verify_crlThatDoesNotCoverTheChain_revocationUnknown() {
    TestPki other = TestPki.newBuilder().clock(Fixtures.CLOCK).build();
    Verifier verifier = Verifier.create(Fixtures.policy().crls(List.of(other.crl())).build());

    VerificationReport report = verifier.verify(Fixtures.sealed().jades());

    assertRejected(report, CheckId.TRUST, Outcome.INDETERMINATE, ReasonCode.REVOCATION_UNKNOWN);
  }

  @Test
  void verify_crlPublishedAMonthAfterSigning_revocationCheckedAtValidationTime() {
    SettableClock pkiClock = new SettableClock(NOW);
    TestPki pki = TestPki.newBuilder().clock(pkiClock).build();
    SealedCredential sealed = Fixtures.issue(pki.seal(), Fixtures.CLOCK);
    Instant month = NOW.plus(DAY.multipliedBy(30));
    pkiClock.set(month);
    Verifier clean = Verifier.create(Fixtures.policy(pki).clock(Fixtures.clock(month))
        .crls(List.of(pki.crl())).build());
    Verifier revoked = Verifier.create(Fixtures.policy(pki).clock(Fixtures.clock(month))
        .crls(List.of(pki.crl(pki.sealCertificate().getSerialNumber()))).build());

    // today's CRL answers for a seal made a month ago
    assertThat(clean.verify(sealed.jades()).indication()).as(clean.verify(sealed.jades()).summary())
        .isEqualTo(Indication.TOTAL_PASSED);
    // the key was revoked a minute before the CRL, after the claimed signing time; without a
    // time-stamp nothing proves the seal was made before the revocation
    VerificationReport report = revoked.verify(sealed.jades());
    assertRejected(report, CheckId.TRUST, Outcome.FAILED, ReasonCode.CERTIFICATE_REVOKED);
  }

  @Test
  void verify_backdatedSealWithARevokedKey_certificateRevoked() {
    // a thief of a revoked key claims a signing time before the revocation
    TestPki pki = Fixtures.pki();
    Instant backdated = NOW.minus(Duration.ofHours(1));
    SealedCredential sealed = Fixtures.issue(pki.seal(), Fixtures.clock(backdated),
        Fixtures.request().validFrom(NOW.minus(DAY)).build());
    Verifier verifier = Verifier.create(Fixtures.policy()
        .crls(List.of(pki.crl(pki.sealCertificate().getSerialNumber()))).build());

    assertRejected(verifier.verify(sealed.jades()), CheckId.TRUST, Outcome.FAILED, ReasonCode.CERTIFICATE_REVOKED);
  }

  // ---- certificate content ----

  @Test
  void verify_sealCertificateWithoutQcStatements_qcEsealMissingUnlessRelaxed() {
    TestPki pki = TestPki.newBuilder().clock(Fixtures.CLOCK).withoutQcStatements().build();
    SealedCredential sealed = Fixtures.issue(pki.seal(), Fixtures.CLOCK);

    assertRejected(verifierAt(pki, NOW).verify(sealed.jades()), CheckId.TRUST, Outcome.FAILED,
        ReasonCode.QC_ESEAL_MISSING);
    VerificationReport relaxed = Verifier.create(Fixtures.policy(pki).allowNonQualifiedSealCertificates().build())
        .verify(sealed.jades());
    assertThat(relaxed.check(CheckId.TRUST).outcome()).isEqualTo(Outcome.PASSED);
    assertThat(relaxed.indication()).isEqualTo(Indication.TOTAL_PASSED);
  }

  @Test
  void verify_sealCertificateOfQcTypeEsign_qcEsealMissing() {
    TestPki pki = TestPki.newBuilder().clock(Fixtures.CLOCK).qcType(QcOids.QC_TYPE_ESIGN).build();
    SealedCredential sealed = Fixtures.issue(pki.seal(), Fixtures.CLOCK);

    VerificationReport report = verifierAt(pki, NOW).verify(sealed.jades());

    assertRejected(report, CheckId.TRUST, Outcome.FAILED, ReasonCode.QC_ESEAL_MISSING);
    assertThat(report.check(CheckId.TRUST).evidence()).containsEntry("qcTypeEseal", "false");
  }

  @Test
  void verify_sealCertificateWithKeyUsageKeyCertSignOnly_keyUsageInvalid() {
    TestPki pki = TestPki.newBuilder().clock(Fixtures.CLOCK).keyUsage(KeyUsage.keyCertSign).build();
    assertThatThrownBy(pki::seal).isInstanceOf(IllegalStateException.class);
    String token = Tokens.jades(Tokens.jadesHeader(SealAlgorithm.ES256, pki.chain(), NOW),
        Fixtures.sealed().document(), pki.sealPrivateKey(), SealAlgorithm.ES256);

    assertRejected(verifierAt(pki, NOW).verify(token), CheckId.TRUST, Outcome.FAILED, ReasonCode.KEY_USAGE_INVALID);
  }

  // ---- the chain cache ----

  @Test
  void verify_cachedChainLaterThatDayAfterExpiry_certificateExpired() {
    // the seal certificate expires at 19:00; the validator caches chains per UTC day
    Instant expiry = NOW.plus(Duration.ofHours(10));
    TestPki pki = TestPki.newBuilder().clock(Fixtures.CLOCK).sealNotAfter(expiry).build();
    SettableClock verifierClock = new SettableClock(NOW.plus(Duration.ofHours(1)));
    Verifier verifier = Verifier.create(Fixtures.policy(pki).clock(verifierClock).build());
    SealedCredential before = Fixtures.issue(pki.seal(), Fixtures.clock(NOW.plus(Duration.ofHours(1))));
    // the Issuer refuses to seal after expiry, so the later seal is made by hand
    String after = Tokens.jades(Tokens.jadesHeader(SealAlgorithm.ES256, pki.chain(), NOW.plus(Duration.ofHours(12))),
        before.document(), pki.sealPrivateKey(), SealAlgorithm.ES256);

    assertThat(verifier.verify(before.jades()).indication()).isEqualTo(Indication.TOTAL_PASSED);
    verifierClock.set(NOW.plus(Duration.ofHours(12)));
    assertRejected(verifier.verify(after), CheckId.TRUST, Outcome.FAILED, ReasonCode.CERTIFICATE_EXPIRED);
    verifierClock.set(NOW.plus(DAY.multipliedBy(2)));
    assertRejected(verifier.verify(before.jades()), CheckId.TRUST, Outcome.INDETERMINATE,
        ReasonCode.CERTIFICATE_EXPIRED_NO_POE);
    verifierClock.set(NOW.plus(Duration.ofHours(2)));
    assertThat(verifier.verify(before.jades()).indication()).isEqualTo(Indication.TOTAL_PASSED);
  }
}
