package io.sigillo.issuer.route;

import io.sigillo.issuer.route.RouteException.Reason;
import io.sigillo.profile.Competence;
import io.sigillo.profile.Profile;
import io.sigillo.profile.ProfileCatalogue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The route's validation rules for each step, as pure functions: each throws a
 * {@link RouteException} naming the input field at fault.
 */
final class Rules {
  private Rules() {}

  static Profile profile(ProfileCatalogue catalogue, String code) throws RouteException {
    return catalogue.find(code).orElseThrow(() -> new RouteException(Reason.PROFILE_UNKNOWN, "profile",
        "profile '" + code + "' is not in the catalogue", null));
  }

  static void membership(Membership m, LocalDate today) throws RouteException {
    if (!m.active()) {
      throw new RouteException(Reason.MEMBERSHIP_INACTIVE, "membership.active",
          "membership " + m.memberNumber() + " is not active: only active members can be certified", null);
    }
    if (m.memberSince().isAfter(today)) {
      throw new RouteException(Reason.DATE_INVALID, "membership.memberSince",
          "membership starts in the future (" + m.memberSince() + ")", null);
    }
    if (m.paidUntil() != null && m.paidUntil().isBefore(today)) {
      throw new RouteException(Reason.MEMBERSHIP_INACTIVE, "membership.paidUntil",
          "membership " + m.memberNumber() + " lapsed on " + m.paidUntil(), null);
    }
  }

  static void dossier(Dossier d, LocalDate today) throws RouteException {
    notFuture(d.submittedOn(), today, "dossier.submittedOn", "the dossier's submission date");
  }

  static void interview(Interview i, Dossier d, LocalDate today) throws RouteException {
    notFuture(i.heldOn(), today, "interview.heldOn", "the interview date");
    if (i.heldOn().isBefore(d.submittedOn())) {
      throw new RouteException(Reason.DATE_INVALID, "interview.heldOn", "the interview (" + i.heldOn()
          + ") precedes the dossier's submission (" + d.submittedOn() + ")", null);
    }
  }

  /**
   * An assessment must cover exactly the profile's criteria, be dated after the dossier and any
   * interview and after the membership began, and a positive decision needs every criterion met.
   */
  static void assessment(Assessment a, Profile p, Membership m, Dossier d, Optional<Interview> i, LocalDate today)
      throws RouteException {
    notFuture(a.decidedOn(), today, "assessment.decidedOn", "the decision date");
    if (a.decidedOn().isBefore(d.submittedOn())) {
      throw new RouteException(Reason.DATE_INVALID, "assessment.decidedOn", "the decision (" + a.decidedOn()
          + ") precedes the dossier's submission (" + d.submittedOn() + ")", null);
    }
    if (i.isPresent() && a.decidedOn().isBefore(i.get().heldOn())) {
      throw new RouteException(Reason.DATE_INVALID, "assessment.decidedOn", "the decision (" + a.decidedOn()
          + ") precedes the interview (" + i.get().heldOn() + ")", null);
    }
    if (m.memberSince().isAfter(a.decidedOn())) {
      throw new RouteException(Reason.DATE_INVALID, "membership.memberSince", "the holder was not yet a member ("
          + m.memberSince() + ") when the committee decided (" + a.decidedOn() + ")", null);
    }
    Set<String> expected = new LinkedHashSet<>(criteria(p));
    Set<String> given = new LinkedHashSet<>();
    a.outcomes().forEach(o -> given.add(o.criterion()));
    if (!expected.equals(given)) {
      List<String> missing = new ArrayList<>(expected);
      missing.removeAll(given);
      List<String> unknown = new ArrayList<>(given);
      unknown.removeAll(expected);
      throw new RouteException(Reason.ASSESSMENT_INCOMPLETE, "assessment.outcomes", "the outcomes must cover the "
          + expected.size() + " criteria of " + p.code() + (missing.isEmpty() ? "" : "; missing " + missing)
          + (unknown.isEmpty() ? "" : "; not criteria of the profile " + unknown), null);
    }
    if (a.decision() == Decision.POSITIVE && a.met() < expected.size()) {
      List<String> unmet = a.outcomes().stream().filter(o -> !o.met()).map(CriterionOutcome::criterion).toList();
      throw new RouteException(Reason.ASSESSMENT_INCONSISTENT, "assessment.decision",
          "a positive decision with criteria not met: " + unmet, null);
    }
  }

  /** Every rule of the association route on a whole input, including that it ends positively. */
  static Profile input(RouteInput in, ProfileCatalogue catalogue, LocalDate today) throws RouteException {
    Profile p = profile(catalogue, in.key().profile());
    membership(in.membership(), today);
    dossier(in.dossier(), today);
    if (in.interview().isPresent()) {
      interview(in.interview().get(), in.dossier(), today);
    }
    assessment(in.assessment(), p, in.membership(), in.dossier(), in.interview(), today);
    if (in.interview().isPresent() && !in.interview().get().passed()) {
      throw new RouteException(Reason.INTERVIEW_FAILED, "interview.passed", "the interview was not passed", null);
    }
    if (in.assessment().decision() != Decision.POSITIVE) {
      throw new RouteException(Reason.DECISION_NEGATIVE, "assessment.decision",
          "the committee decided negatively: no credential", null);
    }
    return p;
  }

  /** The profile's criteria: its competences' catalogue keys. */
  static List<String> criteria(Profile p) {
    return p.competences().stream().map(Competence::id).map(java.net.URI::getFragment).toList();
  }

  private static void notFuture(LocalDate d, LocalDate today, String field, String what) throws RouteException {
    if (d.isAfter(today)) {
      throw new RouteException(Reason.DATE_INVALID, field, what + " " + d + " is in the future (today is "
          + today + " UTC)", null);
    }
  }
}
