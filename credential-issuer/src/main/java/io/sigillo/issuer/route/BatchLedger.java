package io.sigillo.issuer.route;

import io.sigillo.credential.EdcCredential;
import io.sigillo.issuer.internal.route.RouteJson;
import io.sigillo.issuer.internal.route.RouteSql;
import io.sigillo.profile.Profile;
import io.sigillo.profile.ProfileCatalogue;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Batch preparation: one transaction per batch that looks up the HR keys, leaves issued ones
 * alone, resumes prepared ones and records the new ones (applications, their steps, registration
 * and documents) as JDBC batches.
 */
final class BatchLedger {
  private final Ledger ledger;
  private final Credentials credentials;
  private final ProfileCatalogue catalogue;

  BatchLedger(Ledger ledger, Credentials credentials, ProfileCatalogue catalogue) {
    this.ledger = ledger;
    this.credentials = credentials;
    this.catalogue = catalogue;
  }

  List<Reservation> prepareAll(List<RouteInput> inputs, List<String> sources, String actor, LocalDate today)
      throws RouteException {
    if (inputs.size() != sources.size()) {
      throw new IllegalArgumentException("one source per input");
    }
    List<Profile> profiles = new ArrayList<>(inputs.size());
    List<String> digests = new ArrayList<>(inputs.size());
    for (RouteInput in : inputs) {
      profiles.add(Rules.input(in, catalogue, today));
      digests.add(RouteJson.digest(in));
    }
    return ledger.transaction("recording a batch of " + inputs.size(), c -> {
      java.time.Instant now = ledger.now();
      Map<HrKey, RouteSql.Stored> existing = RouteSql.findByKeys(c, inputs.stream().map(RouteInput::key).toList());
      Reservation[] out = new Reservation[inputs.size()];
      Set<HrKey> seen = new HashSet<>();
      List<Ledger.NewOne> fresh = new ArrayList<>();
      List<Integer> freshAt = new ArrayList<>();
      Map<HrKey, Integer> firstAt = new HashMap<>();
      for (int i = 0; i < inputs.size(); i++) {
        RouteInput in = inputs.get(i);
        HrKey key = in.key();
        if (!seen.add(key)) {
          out[i] = new Reservation(Reservation.Kind.DUPLICATE_IN_BATCH, Optional.empty(), Optional.empty(),
              Optional.empty(), digests.get(firstAt.get(key)).equals(digests.get(i)));
          continue;
        }
        firstAt.put(key, i);
        RouteSql.Stored s = existing.get(key);
        if (s != null) {
          out[i] = existing(c, s, digests.get(i));
          continue;
        }
        EdcCredential cred = credentials.association(profiles.get(i), in.holder(), in.membership(), in.dossier(),
            in.interview(), in.assessment());
        fresh.add(new Ledger.NewOne(RouteKind.ASSOCIATION_ASSESSMENT, profiles.get(i).code(), Optional.of(key),
            digests.get(i), sources.get(i), steps(in), cred));
        freshAt.add(i);
      }
      List<Prepared> made = ledger.persist(c, fresh, actor, now);
      for (int k = 0; k < made.size(); k++) {
        Prepared p = made.get(k);
        out[freshAt.get(k)] = new Reservation(Reservation.Kind.NEW, Optional.of(p.applicationId()),
            Optional.of(p.credential().id()), Optional.of(p.credential()), true);
      }
      return List.of(out);
    });
  }

  private static Reservation existing(java.sql.Connection c, RouteSql.Stored s, String digest)
      throws java.sql.SQLException {
    Application a = s.application();
    boolean same = digest.equals(s.inputDigest());
    switch (a.state()) {
      case ISSUED:
        return new Reservation(Reservation.Kind.ALREADY_ISSUED, Optional.of(a.id()), a.credentialId(),
            Optional.empty(), same);
      case ISSUING:
        URI id = a.credentialId().orElseThrow();
        EdcCredential stored = RouteStore.read(RouteSql.document(c, id, false).orElseThrow());
        return new Reservation(Reservation.Kind.RESUMED, Optional.of(a.id()), Optional.of(id), Optional.of(stored),
            same);
      default:
        return new Reservation(Reservation.Kind.KEY_IN_USE, Optional.of(a.id()), a.credentialId(), Optional.empty(),
            same);
    }
  }

  /** The steps of one input, as if recorded one by one. */
  private static List<Ledger.Step> steps(RouteInput in) {
    List<Ledger.Step> steps = new ArrayList<>(5);
    steps.add(new Ledger.Step(StepKind.MEMBERSHIP_VERIFIED, RouteJson.membership(in.membership())));
    steps.add(new Ledger.Step(StepKind.DOSSIER_RECORDED, RouteJson.dossier(in.dossier())));
    in.interview().ifPresent(i -> steps.add(new Ledger.Step(StepKind.INTERVIEW_RECORDED, RouteJson.interview(i))));
    steps.add(new Ledger.Step(StepKind.ASSESSMENT_RECORDED, RouteJson.assessment(in.assessment())));
    return steps;
  }
}
