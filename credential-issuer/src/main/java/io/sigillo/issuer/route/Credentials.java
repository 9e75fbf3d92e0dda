package io.sigillo.issuer.route;

import io.sigillo.credential.AwardingProcess;
import io.sigillo.credential.DisplayParameter;
import io.sigillo.credential.EdcCredential;
import io.sigillo.credential.Evidence;
import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.LearningAchievement;
import io.sigillo.credential.Organisation;
import io.sigillo.credential.Person;
import io.sigillo.credential.QualityAttestation;
import io.sigillo.credential.ValidityPeriod;
import io.sigillo.credential.Vocabulary;
import io.sigillo.issuer.IssuanceException;
import io.sigillo.issuer.IssuanceRequest;
import io.sigillo.issuer.Issuer;
import io.sigillo.profile.Profile;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Builds the credential of each route, without status. The evidence says how the award was
 * decided and no more: no assessor or interviewer names, no membership number in a certificate,
 * no dossier digests (those stay in the store).
 */
final class Credentials {
  private final Issuer issuer;
  private final Supplier<UUID> ids;

  Credentials(Issuer issuer, Supplier<UUID> ids) {
    this.issuer = issuer;
    this.ids = ids;
  }

  /** A certificate of the association route. */
  EdcCredential association(Profile p, Person holder, Membership m, Dossier d, Optional<Interview> i, Assessment a)
      throws RouteException {
    EdcCredential base = prepare(p, holder, a.committee(), a.decidedOn(), null);
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(membership(m));
    evidence.add(new Evidence(newId(), Vocabulary.DOSSIER_ASSESSMENT, "Competency dossier submitted on "
        + d.submittedOn() + " (CV, training, experience and project portfolio: " + d.documents().size()
        + " documents, each identified by its SHA-256 digest in the issuer's records) assessed by " + a.committee()
        + " (" + a.assessors().size() + (a.assessors().size() == 1 ? " assessor" : " assessors") + ") against the "
        + a.outcomes().size() + " criteria of " + p.standard() + " for " + p.title().preferred(List.of("en")) + ": "
        + a.met() + " of " + a.outcomes().size() + " met; positive decision on " + a.decidedOn() + "."));
    i.ifPresent(iv -> evidence.add(new Evidence(newId(), Vocabulary.INTERVIEW, "Interview held on " + iv.heldOn()
        + " by " + a.committee() + "; outcome: passed.")));
    return base.toBuilder().evidence(evidence).build();
  }

  /** A certificate of the third-party route: the accredited body is the awarding body. */
  EdcCredential thirdParty(Profile p, Person holder, Membership m, AccreditedBody body, ThirdPartyCertification t)
      throws RouteException {
    EdcCredential base = prepare(p, holder, body.name(), t.certifiedOn(), null);
    Organisation awarding = Organisation.newBuilder().id(body.id()).legalName(LanguageMap.of("en", body.name())).build();
    LearningAchievement a = base.achievement();
    LearningAchievement byBody = new LearningAchievement(a.id(), a.title(), a.specifiedBy(),
        new AwardingProcess(awarding, t.certifiedOn().atStartOfDay(ZoneOffset.UTC).toInstant()));
    List<Evidence> evidence = List.of(membership(m), new Evidence(newId(), Vocabulary.THIRD_PARTY_CERTIFICATION,
        "Certified on " + t.certifiedOn() + " by " + body.name() + " (accredited under ISO/IEC 17024 by "
            + body.accreditedBy() + ", accreditation " + body.accreditationNumber() + "), certificate "
            + t.certificateNumber() + "."));
    return base.toBuilder().achievement(byBody).evidence(evidence).build();
  }

  /** The renewal of a certificate: same holder and profile, linked to the previous one. */
  EdcCredential renewal(Profile p, EdcCredential previous, Membership m, List<CpdActivity> cpd, BigDecimal required,
      LocalDate today, Instant now) throws RouteException {
    Instant from = previous.validUntil().isAfter(now) ? previous.validUntil() : now;
    EdcCredential base = prepare(p, previous.subject(), "renewal", today, from);
    BigDecimal hours = cpd.stream().map(CpdActivity::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    LocalDate first = cpd.stream().map(CpdActivity::completedOn).min(Comparator.naturalOrder()).orElseThrow();
    LocalDate last = cpd.stream().map(CpdActivity::completedOn).max(Comparator.naturalOrder()).orElseThrow();
    List<Evidence> evidence = List.of(membership(m), new Evidence(newId(),
        Vocabulary.CONTINUING_PROFESSIONAL_DEVELOPMENT, "Renewal of credential " + previous.id()
            + " through continuing professional development: " + cpd.size()
            + (cpd.size() == 1 ? " activity, " : " activities, ") + hours.stripTrailingZeros().toPlainString()
            + " hours completed between " + first + " and " + last + " (requirement: "
            + required.stripTrailingZeros().toPlainString() + " hours)."));
    return base.toBuilder().evidence(evidence).replaces(previous.id()).build();
  }

  /** A professional quality attestation under Article 7 of Law 4/2013. */
  EdcCredential attestation(Profile p, EdcCredential certificate, Membership m, boolean insured, URI consumerDesk,
      Instant now) {
    Organisation org = issuer.organisation();
    Instant end = m.paidUntil().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant max = ValidityPeriod.maximumEnd(now);
    LanguageMap title = LanguageMap.of("it", "Attestato di qualità e di qualificazione professionale dei servizi",
        "en", "Attestation of service quality and professional qualification");
    QualityAttestation claim = QualityAttestation.newBuilder()
        .id(newId())
        .title(title)
        .membershipNumber(m.memberNumber())
        .memberSince(m.memberSince())
        .qualityStandard(p.toQualification())
        .consumerDesk(consumerDesk)
        .professionalLiabilityInsurance(insured)
        .awardedBy(new AwardingProcess(org, now))
        .build();
    Evidence evidence = new Evidence(newId(), Vocabulary.MEMBERSHIP_VERIFICATION, "Regular member since "
        + m.memberSince() + ", membership period until " + m.paidUntil() + "; holds the association's certificate "
        + certificate.id() + " for " + p.title().preferred(List.of("en")) + " (" + p.standard()
        + "), valid and neither revoked nor suspended on " + LocalDate.ofInstant(now, ZoneOffset.UTC)
        + "; professional liability insurance " + (insured ? "verified" : "not declared") + ".");
    return EdcCredential.newBuilder()
        .id(ids.get())
        .types(EdcCredential.ATTESTATION_TYPES)
        .issuer(org)
        .validity(new ValidityPeriod(now, end.isBefore(max) ? end : max))
        .subject(certificate.subject())
        .attestation(claim)
        .evidence(List.of(evidence))
        .displayParameter(new DisplayParameter(title, LanguageMap.of("it",
            "Attestazione ai sensi dell'art. 7 della Legge 14 gennaio 2013, n. 4",
            "en", "Attestation under Article 7 of Italian Law No. 4 of 14 January 2013"), "it", List.of("it", "en")))
        .build();
  }

  private EdcCredential prepare(Profile p, Person holder, String decidedBy, LocalDate decidedOn, Instant validFrom)
      throws RouteException {
    try {
      return issuer.prepare(IssuanceRequest.newBuilder().holder(holder).profile(p.code())
          .committeeDecision(decidedBy, decidedOn).validFrom(validFrom).build());
    } catch (IssuanceException e) {
      throw new RouteException(RouteException.Reason.PROFILE_UNKNOWN, "profile", e.getMessage(), e);
    }
  }

  private Evidence membership(Membership m) {
    return new Evidence(newId(), Vocabulary.MEMBERSHIP_VERIFICATION, "Member of "
        + issuer.organisation().legalName().preferred(List.of("en")) + " since " + m.memberSince()
        + "; membership verified active.");
  }

  private URI newId() {
    return URI.create("urn:uuid:" + ids.get());
  }
}
