package io.sigillo.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.issuer.testpki.TestPki;
import java.util.List;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;

class SealTest {
  @Test
  void of_chainWithIntermediate_sealCertificateFirst() throws Exception {
    TestPki pki = TestPki.newBuilder().clock(Fixtures.CLOCK).withIntermediate().build();

    Seal seal = Seal.of(pki.seal().signer(), pki.chain());

    assertThat(seal.chain()).containsExactly(pki.sealCertificate(), pki.intermediate());
    assertThat(seal.certificate()).isEqualTo(pki.sealCertificate());
    assertThat(seal.organizationIdentifier()).isEqualTo(Fixtures.ORG_ID);
  }

  @Test
  void of_chainOutOfOrder_invalidChain() {
    TestPki pki = TestPki.newBuilder().clock(Fixtures.CLOCK).withIntermediate().build();
    SealSigner signer = pki.seal().signer();

    assertThatThrownBy(() -> Seal.of(signer, List.of(pki.intermediate(), pki.sealCertificate())))
        .isInstanceOfSatisfying(SealingException.class,
            e -> assertThat(e.reason()).isEqualTo(SealingException.Reason.INVALID_CHAIN));
  }

  @Test
  void of_emptyChain_invalidChain() {
    TestPki pki = TestPki.newBuilder().clock(Fixtures.CLOCK).build();

    assertThatThrownBy(() -> Seal.of(pki.seal().signer(), List.of()))
        .isInstanceOfSatisfying(SealingException.class,
            e -> assertThat(e.reason()).isEqualTo(SealingException.Reason.INVALID_CHAIN));
  }

  @Test
  void of_certificateWithoutOrganizationIdentifier_invalidChain() {
    TestPki pki = TestPki.newBuilder().clock(Fixtures.CLOCK)
        .organisation("AIPIA Test Association", null).build();

    assertThatThrownBy(() -> SealKeys.fromKey(pki.sealPrivateKey(), pki.chain(), null))
        .isInstanceOfSatisfying(SealingException.class, e -> {
          assertThat(e.reason()).isEqualTo(SealingException.Reason.INVALID_CHAIN);
          assertThat(e.getMessage()).contains("organizationIdentifier");
        });
  }

  @Test
  void of_keyUsageWithoutDigitalSignatureOrNonRepudiation_invalidChain() {
    TestPki pki = TestPki.newBuilder().clock(Fixtures.CLOCK)
        .keyUsage(KeyUsage.keyAgreement | KeyUsage.keyEncipherment).build();

    assertThatThrownBy(() -> SealKeys.fromKey(pki.sealPrivateKey(), pki.chain(), null))
        .isInstanceOfSatisfying(SealingException.class, e -> {
          assertThat(e.reason()).isEqualTo(SealingException.Reason.INVALID_CHAIN);
          assertThat(e.getMessage()).contains("key usage");
        });
  }

  @Test
  void of_nonRepudiationOnly_accepted() throws Exception {
    TestPki pki = TestPki.newBuilder().clock(Fixtures.CLOCK).keyUsage(KeyUsage.nonRepudiation).build();

    Seal seal = SealKeys.fromKey(pki.sealPrivateKey(), pki.chain(), null);

    assertThat(seal.certificate()).isEqualTo(pki.sealCertificate());
  }
}
