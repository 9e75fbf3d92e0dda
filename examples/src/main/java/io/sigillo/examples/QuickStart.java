package io.sigillo.examples;

import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.Organisation;
import io.sigillo.credential.Person;
import io.sigillo.issuer.IssuanceException;
import io.sigillo.issuer.IssuanceRequest;
import io.sigillo.issuer.Issuer;
import io.sigillo.issuer.Seal;
import io.sigillo.issuer.SealKeys;
import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.SealingException;
import io.sigillo.verifier.VerificationPolicy;
import io.sigillo.verifier.VerificationReport;
import io.sigillo.verifier.Verifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.List;

/**
 * The two quick starts of the README, as compiled code: the lines between the {@code tag::} and
 * {@code end::} markers are the README's snippets, and {@code QuickStartTest} runs them and
 * checks that the README still shows them unchanged.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Issues a credential for Giulia Rossi with a seal from a PKCS#12 file (for example the
   * {@code seal.p12} of {@code sigillo keys}, whose organisation is {@code VATIT-12345678901}) and
   * writes its JAdES form.
   *
   * @param p12 the PKCS#12 key store
   * @param password its password
   * @param jadesFile where to write the JAdES seal
   * @return the sealed credential
   * @throws SealingException if the key store cannot be used
   * @throws IssuanceException if the credential cannot be issued
   * @throws IOException if the file cannot be written
   */
  public static SealedCredential issue(Path p12, char[] password, Path jadesFile)
      throws SealingException, IssuanceException, IOException {
    // tag::issue[]
    Seal seal = SealKeys.pkcs12(p12, password);
    Organisation aipia = Organisation.newBuilder().id("https://aipia.example/id")
        .legalName(LanguageMap.of("en", "AIPIA Test Association"))
        .eidasIdentifier("VATIT-12345678901").build(); // = the seal certificate's organizationIdentifier
    Issuer issuer = Issuer.newBuilder().seal(seal).organisation(aipia).build();
    SealedCredential sealed = issuer.issue(IssuanceRequest.newBuilder()
        .holder(Person.newBuilder().id("urn:uuid:6f1c1bb4-3b0e-4e7b-9a43-1d2f8f4c2a10")
            .givenName("Giulia").familyName("Rossi").build())
        .profile("ai-security-specialist")
        .committeeDecision("AIPIA technical committee", LocalDate.of(2026, 11, 20))
        .build());
    Files.writeString(jadesFile, sealed.jades()); // also sealed.vcJwt(), sealed.jsonLd()
    // end::issue[]
    return sealed;
  }

  /**
   * Verifies a sealed credential (JAdES or {@code vc+jwt}) against one trusted root CA, with the
   * strict default policy and the system clock.
   *
   * @param rootCaPem the trust anchor, PEM
   * @param sealedFile the sealed credential
   * @return the report
   * @throws IOException if a file cannot be read
   * @throws CertificateException if the trust anchor is not a certificate
   */
  public static VerificationReport verify(Path rootCaPem, Path sealedFile)
      throws IOException, CertificateException {
    // tag::verify[]
    X509Certificate rootCa;
    try (InputStream in = Files.newInputStream(rootCaPem)) {
      rootCa = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
    Verifier verifier = Verifier.create(VerificationPolicy.newBuilder()
        .trustAnchors(List.of(rootCa)) // strict defaults: allow-listed algorithms, QC e-seal, <= 3 years
        .build());
    VerificationReport report = verifier.verify(Files.readAllBytes(sealedFile));
    // report.isValid() is true only for TOTAL_PASSED; see also report.checks(), report.summary()
    // end::verify[]
    return report;
  }
}
