package io.sigillo.credential;

import io.sigillo.profile.Profile;
import io.sigillo.profile.ProfileCatalogue;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Builds realistic credentials for core tests. */
public final class SampleCredentials {
  private SampleCredentials() {}

  public static Organisation issuer() {
    return Organisation.newBuilder()
        .id("https://aipia.example/id")
        .legalName(LanguageMap.of("it", "Associazione Italiana Professionisti dell'IA", "en", "Italian Association of AI Professionals"))
        .eidasIdentifier("VATIT-12345678901")
        .homepage(URI.create("https://aipia.example/"))
        .build();
  }

  public static Person holder() {
    return Person.newBuilder()
        .id("urn:uuid:6f1c1bb4-3b0e-4e7b-9a43-1d2f8f4c2a10")
        .givenName("Giulia")
        .familyName("Rossi")
        .birthDate(LocalDate.of(1990, 4, 12))
        .identifier(Identifier.of("AIPIA-000042", "AIPIA member register"))
        .email("giulia.rossi@example.org")
        .build();
  }

  public static EdcCredential credential(Instant validFrom) {
    Profile profile = ProfileCatalogue.bundled().find("ai-security-specialist").orElseThrow();
    Organisation issuer = issuer();
    return EdcCredential.newBuilder()
        .id(UUID.fromString("0b7d2e8a-43c5-4f43-9a8b-8d0e6f3f2d11"))
        .issuer(issuer)
        .validity(ValidityPeriod.threeYearsFrom(validFrom))
        .subject(holder())
        .achievement(new LearningAchievement(
            URI.create("urn:uuid:1c5e0f7e-9f61-4d0b-8b7e-2a4b9e0c7d55"),
            profile.title(),
            profile.toQualification(),
            new AwardingProcess(issuer, validFrom)))
        .evidence(List.of(
            new Evidence(URI.create("urn:uuid:8e2b8d7c-3a1f-4f6e-9d2c-5b7a1e0f4c33"),
                Vocabulary.DOSSIER_ASSESSMENT,
                "Competency dossier assessed by the technical committee against the UNI 11621-8:2026 criteria; positive decision."),
            new Evidence(URI.create("urn:uuid:2d4f6a8c-0e1b-4c3d-8e5f-7a9b1c3d5e7f"),
                Vocabulary.INTERVIEW,
                "Interview with the technical committee; outcome: passed.")))
        .displayParameter(new DisplayParameter(profile.title(),
            LanguageMap.of("en", "Certified against UNI 11621-8:2026", "it", "Certificato secondo la UNI 11621-8:2026"),
            "en", List.of("en", "it")))
        .build();
  }

  /** A professional quality attestation (Law 4/2013, art. 7) for the sample holder. */
  public static EdcCredential attestation(Instant validFrom, Instant validUntil) {
    Profile profile = ProfileCatalogue.bundled().find("ai-security-specialist").orElseThrow();
    Organisation issuer = issuer();
    return EdcCredential.newBuilder()
        .id(UUID.fromString("5a0c7d3e-1f2b-4c4d-8e9f-0a1b2c3d4e5f"))
        .types(EdcCredential.ATTESTATION_TYPES)
        .issuer(issuer)
        .validity(new ValidityPeriod(validFrom, validUntil))
        .subject(holder())
        .attestation(QualityAttestation.newBuilder()
            .id(URI.create("urn:uuid:7b1d2e3f-4a5b-4c6d-9e7f-8a9b0c1d2e3f"))
            .title(LanguageMap.of("it", "Attestato di qualità e di qualificazione professionale dei servizi",
                "en", "Attestation of service quality and professional qualification"))
            .membershipNumber("AIPIA-000042")
            .memberSince(LocalDate.of(2024, 3, 1))
            .qualityStandard(profile.toQualification())
            .consumerDesk(URI.create("https://aipia.example/sportello"))
            .professionalLiabilityInsurance(true)
            .awardedBy(new AwardingProcess(issuer, validFrom))
            .build())
        .displayParameter(new DisplayParameter(LanguageMap.of("it", "Attestato di qualità (L. 4/2013)",
            "en", "Professional quality attestation (Law 4/2013)"), null, "it", List.of("it", "en")))
        .build();
  }
}
