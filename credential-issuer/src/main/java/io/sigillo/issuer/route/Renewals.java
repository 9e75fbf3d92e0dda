package io.sigillo.issuer.route;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.EdcCredential;
import io.sigillo.issuer.internal.route.RouteJson;
import io.sigillo.issuer.internal.route.RouteSql;
import io.sigillo.issuer.route.RouteException.Reason;
import io.sigillo.issuer.status.CredentialRecord;
import io.sigillo.issuer.status.CredentialState;
import io.sigillo.profile.Profile;
import io.sigillo.profile.ProfileCatalogue;
import java.math.BigDecimal;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The one-shot routes: renewal through CPD and the Law 4/2013 attestation. */
final class Renewals {
  private final RouteStore store;
  private final Ledger ledger;
  private final Credentials credentials;
  private final ProfileCatalogue catalogue;
  private final Clock clock;

  Renewals(RouteStore store, Ledger ledger, Credentials credentials, ProfileCatalogue catalogue, Clock clock) {
    this.store = store;
    this.ledger = ledger;
    this.credentials = credentials;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  Prepared renewal(URI previousId, Membership m, List<CpdActivity> activities, CpdRequirement req, String actor)
      throws RouteException {
    Instant now = store.now();
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    EdcCredential previous = store.credential(previousId).orElseThrow(() -> new RouteException(
        Reason.UNKNOWN_CREDENTIAL, "previous", "no credential " + previousId + " was issued through the route", null));
    if (previous.isAttestation()) {
      throw new RouteException(Reason.STEP_OUT_OF_ORDER, "previous", "an attestation is not renewed through CPD;"
          + " it follows the membership: request a new attestation", null);
    }
    inTransaction(c -> {
      requireUsable(c, previousId, true);
      return null;
    });
    Instant expiry = previous.validUntil();
    Instant opens = expiry.atZone(ZoneOffset.UTC).minus(req.openBeforeExpiry()).toInstant();
    Instant closes = expiry.atZone(ZoneOffset.UTC).plus(req.graceAfterExpiry()).toInstant();
    if (now.isBefore(opens)) {
      throw new RouteException(Reason.RENEWAL_TOO_EARLY, null, "renewal of " + previousId + " opens on " + opens
          + " (" + req.openBeforeExpiry() + " before it expires on " + expiry + ")", null);
    }
    if (now.isAfter(closes)) {
      throw new RouteException(Reason.RENEWAL_TOO_LATE, null, "renewal of " + previousId + " closed on " + closes
          + " (" + req.graceAfterExpiry() + " after it expired on " + expiry + "); apply again", null);
    }
    Rules.membership(m, today);
    checkCpd(activities, previous, req, today);
    Profile p = catalogue.find(previous.qualification().id()).orElseThrow(() -> new RouteException(
        Reason.PROFILE_UNKNOWN, "previous", "the previous credential's profile is not in the catalogue", null));
    EdcCredential next = credentials.renewal(p, previous, m, activities, req.minimumHours(), today, now);
    ObjectNode cpd = RouteJson.object().put("previous", previousId.toString())
        .put("requiredHours", req.minimumHours().stripTrailingZeros().toPlainString())
        .put("hours", total(activities).stripTrailingZeros().toPlainString());
    ArrayNode list = cpd.putArray("activities");
    for (CpdActivity a : activities) {
      list.addObject().put("title", a.title()).put("completedOn", a.completedOn().toString())
          .put("hours", a.hours().stripTrailingZeros().toPlainString());
    }
    return inTransaction(c -> {
      requireUsable(c, previousId, true);
      RouteSql.Document doc = RouteSql.document(c, previousId, true).orElseThrow();
      if (doc.supersededBy().isPresent()) {
        throw new RouteException(Reason.ALREADY_RENEWED, "previous", "credential " + previousId
            + " was renewed already by " + doc.supersededBy().get(), null);
      }
      Prepared made = ledger.persist(c, List.of(new Ledger.NewOne(RouteKind.RENEWAL, p.code(), Optional.empty(), null, null,
          List.of(new Ledger.Step(StepKind.MEMBERSHIP_VERIFIED, RouteJson.membership(m)),
              new Ledger.Step(StepKind.CPD_RECORDED, cpd)), next)), actor, now).get(0);
      ledger.supersede(c, previousId, doc.applicationId(), made.credential().id(), actor, now);
      return made;
    });
  }

  Prepared attestation(AttestationRequest r, URI consumerDesk, String actor) throws RouteException {
    Instant now = store.now();
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    Membership m = r.membership();
    Rules.membership(m, today);
    if (m.paidUntil() == null) {
      throw new RouteException(Reason.MEMBERSHIP_INACTIVE, "membership.paidUntil", "an attestation is valid for the"
          + " membership period (Law 4/2013, art. 7(3)): the end of the period is needed", null);
    }
    EdcCredential cert = store.credential(r.certificate()).orElseThrow(() -> notQualifying(r.certificate(),
        "no certificate " + r.certificate() + " was issued through the route"));
    if (cert.isAttestation()) {
      throw notQualifying(r.certificate(), r.certificate() + " is an attestation, not a certificate");
    }
    if (now.isBefore(cert.validFrom()) || !now.isBefore(cert.validUntil())) {
      throw notQualifying(r.certificate(), "certificate " + r.certificate() + " is not valid now (valid "
          + cert.validFrom() + " to " + cert.validUntil() + ")");
    }
    Profile p = catalogue.find(cert.qualification().id()).orElseThrow(() -> new RouteException(
        Reason.PROFILE_UNKNOWN, "certificate", "the certificate's profile is not in the catalogue", null));
    EdcCredential attestation = credentials.attestation(p, cert, m, r.professionalLiabilityInsurance(), consumerDesk, now);
    ObjectNode qualification = RouteJson.object().put("certificate", r.certificate().toString())
        .put("validUntil", cert.validUntil().toString())
        .put("professionalLiabilityInsurance", r.professionalLiabilityInsurance());
    return inTransaction(c -> {
      CredentialState state = requireUsable(c, r.certificate(), false);
      qualification.put("state", state.name());
      return ledger.persist(c, List.of(new Ledger.NewOne(RouteKind.LAW_4_2013_ATTESTATION, p.code(), Optional.empty(),
          null, null, List.of(new Ledger.Step(StepKind.MEMBERSHIP_VERIFIED, RouteJson.membership(m)),
              new Ledger.Step(StepKind.QUALIFICATION_CHECKED, qualification)), attestation)), actor, now).get(0);
    });
  }

  /** The credential must be neither revoked nor suspended; its row is locked until the transaction ends. */
  private CredentialState requireUsable(Connection c, URI id, boolean renewal) throws SQLException, RouteException {
    CredentialRecord rec = store.statusSql().find(c, id, true).orElseThrow(() -> new RouteException(
        Reason.UNKNOWN_CREDENTIAL, null, "credential " + id + " is not in the status store", null));
    if (rec.state() == CredentialState.REVOKED) {
      throw renewal ? new RouteException(Reason.CREDENTIAL_REVOKED, "previous", "credential " + id
          + " is revoked: a revoked credential cannot be renewed", null)
          : notQualifying(id, "certificate " + id + " is revoked");
    }
    if (rec.state() == CredentialState.SUSPENDED) {
      throw renewal ? new RouteException(Reason.CREDENTIAL_SUSPENDED, "previous", "credential " + id
          + " is suspended: reinstate it before renewing", null)
          : notQualifying(id, "certificate " + id + " is suspended");
    }
    return rec.state();
  }

  private static void checkCpd(List<CpdActivity> activities, EdcCredential previous, CpdRequirement req,
      LocalDate today) throws RouteException {
    if (activities.isEmpty()) {
      throw new RouteException(Reason.CPD_INSUFFICIENT, "cpd", "a renewal needs CPD activities (at least "
          + req.minimumHours().stripTrailingZeros().toPlainString() + " hours)", null);
    }
    LocalDate from = LocalDate.ofInstant(previous.validFrom(), ZoneOffset.UTC);
    for (int i = 0; i < activities.size(); i++) {
      LocalDate d = activities.get(i).completedOn();
      if (d.isBefore(from) || d.isAfter(today)) {
        throw new RouteException(Reason.CPD_INSUFFICIENT, "cpd[" + i + "].completedOn", "CPD activity '"
            + activities.get(i).title() + "' (" + d + ") is outside the previous credential's validity (" + from
            + " to today, " + today + ")", null);
      }
    }
    BigDecimal total = total(activities);
    if (total.compareTo(req.minimumHours()) < 0) {
      throw new RouteException(Reason.CPD_INSUFFICIENT, "cpd", total.stripTrailingZeros().toPlainString()
          + " CPD hours; the requirement is " + req.minimumHours().stripTrailingZeros().toPlainString(), null);
    }
  }

  private static BigDecimal total(List<CpdActivity> activities) {
    return activities.stream().map(CpdActivity::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static RouteException notQualifying(URI certificate, String why) {
    return new RouteException(Reason.NOT_QUALIFYING, "certificate", "not a qualifying member: " + why, null);
  }

  private <T> T inTransaction(Ledger.InTransaction<T> work) throws RouteException {
    return ledger.transaction("renewal or attestation", work);
  }
}
