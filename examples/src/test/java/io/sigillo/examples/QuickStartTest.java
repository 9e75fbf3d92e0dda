package io.sigillo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.verifier.CheckId;
import io.sigillo.verifier.Indication;
import io.sigillo.verifier.ReasonCode;
import io.sigillo.verifier.VerificationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickStartTest {
  @TempDir Path dir;

  @Test
  void issueThenVerify_testPki_totalPassed() throws Exception {
    Map<String, Path> files = TestPki.newBuilder().build().writeTo(dir.resolve("keys"), "pw".toCharArray());
    Path jades = dir.resolve("giulia.jades.json");

    SealedCredential sealed = QuickStart.issue(files.get("pkcs12"), "pw".toCharArray(), jades);
    assertThat(Files.readString(jades)).isEqualTo(sealed.jades());
    assertThat(sealed.credential().subject().familyName().get("en")).contains("Rossi");

    VerificationReport report = QuickStart.verify(files.get("root"), jades);
    assertThat(report.indication()).as(report.summary()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(report.verifiedCredential().orElseThrow().organizationIdentifier()).isEqualTo("VATIT-12345678901");
  }

  @Test
  void verify_otherRootCa_notTrusted() throws Exception {
    Map<String, Path> files = TestPki.newBuilder().build().writeTo(dir.resolve("keys"), "pw".toCharArray());
    Map<String, Path> other = TestPki.newBuilder().build().writeTo(dir.resolve("other"), "pw".toCharArray());
    Path jades = dir.resolve("giulia.jades.json");
    QuickStart.issue(files.get("pkcs12"), "pw".toCharArray(), jades);

    VerificationReport report = QuickStart.verify(other.get("root"), jades);
    assertThat(report.isValid()).isFalse();
    assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
    assertThat(report.check(CheckId.TRUST).reason()).isEqualTo(ReasonCode.CHAIN_NOT_TRUSTED);
  }
}
