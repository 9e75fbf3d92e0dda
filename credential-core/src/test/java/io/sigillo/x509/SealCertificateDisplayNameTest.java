package io.sigillo.x509;

import static org.assertj.core.api.Assertions.assertThat;

import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;

/** {@link SealCertificate#displayName(X500Principal)}, which keeps the text per DER encoding. */
class SealCertificateDisplayNameTest {
  @Test
  void displayName_organizationIdentifier_spelledOutAndSameOnEveryCall() {
    X500Principal name = new X500Principal("CN=AIPIA, OID.2.5.4.97=VATIT-12345678901, O=AIPIA, C=IT");
    String first = SealCertificate.displayName(name);
    assertThat(first).isEqualTo("C=IT,O=AIPIA,organizationIdentifier=VATIT-12345678901,CN=AIPIA");
    assertThat(SealCertificate.displayName(new X500Principal(name.getEncoded()))).isEqualTo(first);
  }

  @Test
  void displayName_namesEqualAsPrincipalsButSpelledDifferently_eachKeepsItsOwnSpelling() {
    X500Principal upper = new X500Principal("CN=AIPIA, C=IT");
    X500Principal lower = new X500Principal("CN=aipia, C=IT");
    assertThat(upper).isEqualTo(lower);
    assertThat(SealCertificate.displayName(upper)).isEqualTo("C=IT,CN=AIPIA");
    assertThat(SealCertificate.displayName(lower)).isEqualTo("C=IT,CN=aipia");
  }

  @Test
  void displayName_moreNamesThanTheCacheHolds_everyNameStillCorrect() {
    for (int i = 0; i < 3000; i++) {
      assertThat(SealCertificate.displayName(new X500Principal("CN=Seal " + i + ", C=IT")))
          .isEqualTo("C=IT,CN=Seal " + i);
    }
  }
}
