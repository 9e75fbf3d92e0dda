package io.sigillo.issuer.route;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.CredentialJson;
import io.sigillo.credential.EdcCredential;
import io.sigillo.credential.Person;
import io.sigillo.issuer.internal.route.RouteJson;
import io.sigillo.issuer.internal.route.RouteSql;
import io.sigillo.issuer.route.RouteException.Reason;
import io.sigillo.issuer.status.CredentialRecord;
import io.sigillo.issuer.status.CredentialRegistration;
import io.sigillo.issuer.status.StatusListConfig;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The route's writes, each one transaction: applications, steps, registration in the status
 * store and the stored document happen together or not at all.
 */
final class Ledger {
  private final RouteStore store;
  private final StatusListConfig status;
  private final Supplier<UUID> ids;

  Ledger(RouteStore store, StatusListConfig status, Supplier<UUID> ids) {
    this.store = store;
    this.status = status;
    this.ids = ids;
  }

  /** A step to record and its details. */
  record Step(StepKind kind, ObjectNode details) {}

  /** A new application recorded in one go (batch input, renewal, attestation). */
  record NewOne(RouteKind route, String profile, Optional<HrKey> key, String inputDigest, String source,
      List<Step> steps, EdcCredential credential) {}

  /** Checks a step against the application and its earlier steps, inside the transaction. */
  @FunctionalInterface
  interface Check {
    void run(Application a, List<RouteStep> steps) throws RouteException;
  }

  /** Builds the credential of an application from its steps, inside the transaction. */
  @FunctionalInterface
  interface Build {
    EdcCredential run(Application a, List<RouteStep> steps) throws RouteException;
  }

  /** Work inside the transaction of a one-shot application. */
  @FunctionalInterface
  interface InTransaction<T> {
    T run(Connection c) throws SQLException, RouteException;
  }

  Application open(RouteKind route, String profile, HrKey key, Person holder, String actor) throws RouteException {
    Instant now = store.now();
    ObjectNode details = RouteJson.object().put("route", route.name()).put("profile", profile);
    if (key != null) {
      details.put("hrId", key.hrId()).put("cycle", key.cycle());
    }
    return store.transaction("opening an application", c -> {
      if (key != null) {
        RouteSql.Stored existing = RouteSql.findByKeys(c, List.of(key)).get(key);
        if (existing != null) {
          throw new RouteException(Reason.DUPLICATE_KEY, "hrId", "an application for " + key + " exists already: "
              + existing.application().id() + " (" + existing.application().state() + ")", null);
        }
      }
      Application a = new Application(ids.get().toString(), route, profile, Optional.ofNullable(key), holder,
          ApplicationState.OPEN, Optional.empty(), Optional.empty(), 1, now);
      RouteSql.insertApplications(c, List.of(new RouteSql.NewApplication(a, null)));
      RouteSql.insertSteps(c, List.of(new RouteSql.NewStep(a.id(), 1, StepKind.OPENED, actor,
          RouteJson.text(details))), now);
      return a;
    });
  }

  Application advance(String appId, Set<ApplicationState> from, ApplicationState to, List<Step> steps, String actor,
      Check check) throws RouteException {
    Instant now = store.now();
    return store.transaction("recording " + steps.get(0).kind() + " for " + appId, c -> {
      Application a = locked(c, appId);
      if (!from.contains(a.state())) {
        throw outOfOrder(a, steps.get(0).kind());
      }
      List<RouteStep> done = RouteSql.steps(c, appId);
      check.run(a, done);
      Application moved = RouteSql.moveTo(c, a, to, null, now);
      int seq = done.isEmpty() ? 1 : done.get(done.size() - 1).sequence() + 1;
      List<RouteSql.NewStep> rows = new ArrayList<>();
      for (Step s : steps) {
        rows.add(new RouteSql.NewStep(appId, seq++, s.kind(), actor, RouteJson.text(s.details())));
      }
      RouteSql.insertSteps(c, rows, now);
      return moved;
    });
  }

  Prepared prepare(String appId, String actor, Build build) throws RouteException {
    Instant now = store.now();
    return store.transaction("preparing the credential of " + appId, c -> {
      Application a = locked(c, appId);
      if (a.state() != ApplicationState.ASSESSED && a.state() != ApplicationState.CERTIFIED) {
        throw outOfOrder(a, StepKind.CREDENTIAL_PREPARED);
      }
      List<RouteStep> done = RouteSql.steps(c, appId);
      EdcCredential credential = register(c, List.of(build.run(a, done)), List.of(a.profile()), actor, now).get(0);
      byte[] bytes = CredentialJson.toBytes(credential);
      RouteSql.insertDocuments(c, List.of(document(appId, credential, bytes)));
      Application moved = RouteSql.moveTo(c, a, ApplicationState.ISSUING, credential.id(), now);
      RouteSql.insertSteps(c, List.of(new RouteSql.NewStep(appId, done.get(done.size() - 1).sequence() + 1,
          StepKind.CREDENTIAL_PREPARED, actor, RouteJson.text(preparedDetails(credential, bytes)))), now);
      return new Prepared(moved.id(), credential);
    });
  }

  /** The stored credential of an application whose delivery was never confirmed. */
  Prepared pending(String appId) throws RouteException {
    return store.transaction("reading the pending credential of " + appId, c -> {
      Application a = RouteSql.find(c, appId, false).orElseThrow(() -> unknown(appId)).application();
      if (a.state() != ApplicationState.ISSUING) {
        throw outOfOrder(a, StepKind.CREDENTIAL_DELIVERED);
      }
      URI id = a.credentialId().orElseThrow();
      return new Prepared(a.id(), RouteStore.read(RouteSql.document(c, id, false).orElseThrow()));
    });
  }

  /**
   * Records the delivery of prepared credentials; applications delivered already are skipped.
   *
   * @return the application ids that moved to {@code ISSUED}
   */
  List<String> delivered(Map<String, URI> credentials, String actor) throws RouteException {
    if (credentials.isEmpty()) {
      return List.of();
    }
    Instant now = store.now();
    return store.transaction("recording " + credentials.size() + " deliveries", c -> {
      List<String> moved = RouteSql.markIssued(c, new ArrayList<>(credentials.keySet()), now);
      Map<String, Integer> seqs = RouteSql.nextSequences(c, moved);
      List<RouteSql.NewStep> rows = new ArrayList<>();
      for (String id : moved) {
        rows.add(new RouteSql.NewStep(id, seqs.get(id), StepKind.CREDENTIAL_DELIVERED, actor,
            RouteJson.text(RouteJson.object().put("credentialId", credentials.get(id).toString()))));
      }
      RouteSql.insertSteps(c, rows, now);
      return moved;
    });
  }

  /**
   * Records new applications whose every step is known at once, registers their credentials and
   * stores their documents, inside an open transaction.
   *
   * @return the credentials with their status entries, in order
   */
  List<Prepared> persist(Connection c, List<NewOne> items, String actor, Instant now) throws SQLException {
    if (items.isEmpty()) {
      return List.of();
    }
    List<EdcCredential> creds = new ArrayList<>(items.size());
    List<String> profiles = new ArrayList<>(items.size());
    items.forEach(i -> {
      creds.add(i.credential());
      profiles.add(i.profile());
    });
    List<EdcCredential> registered = register(c, creds, profiles, actor, now);
    List<RouteSql.NewApplication> apps = new ArrayList<>(items.size());
    List<RouteSql.NewStep> steps = new ArrayList<>(items.size() * 7);
    List<RouteSql.Document> docs = new ArrayList<>(items.size());
    List<Prepared> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      NewOne item = items.get(i);
      EdcCredential cred = registered.get(i);
      Application a = new Application(ids.get().toString(), item.route(), item.profile(), item.key(),
          cred.subject(), ApplicationState.ISSUING, Optional.of(cred.id()), cred.replaces(), 1, now);
      apps.add(new RouteSql.NewApplication(a, item.inputDigest()));
      ObjectNode opened = RouteJson.object().put("route", item.route().name()).put("profile", item.profile());
      item.key().ifPresent(k -> opened.put("hrId", k.hrId()).put("cycle", k.cycle()));
      if (item.source() != null) {
        opened.put("source", item.source());
      }
      int seq = 1;
      steps.add(new RouteSql.NewStep(a.id(), seq++, StepKind.OPENED, actor, RouteJson.text(opened)));
      for (Step s : item.steps()) {
        steps.add(new RouteSql.NewStep(a.id(), seq++, s.kind(), actor, RouteJson.text(s.details())));
      }
      byte[] bytes = CredentialJson.toBytes(cred);
      steps.add(new RouteSql.NewStep(a.id(), seq, StepKind.CREDENTIAL_PREPARED, actor,
          RouteJson.text(preparedDetails(cred, bytes))));
      docs.add(document(a.id(), cred, bytes));
      out.add(new Prepared(a.id(), cred));
    }
    RouteSql.insertApplications(c, apps);
    RouteSql.insertSteps(c, steps, now);
    RouteSql.insertDocuments(c, docs);
    return out;
  }

  /** Records that a credential was superseded by its renewal, on its own application. */
  void supersede(Connection c, URI previous, String previousApp, URI next, String actor, Instant now)
      throws SQLException, RouteException {
    if (!RouteSql.supersede(c, previous, next)) {
      throw new RouteException(Reason.ALREADY_RENEWED, null, "credential " + previous + " was renewed already", null);
    }
    locked(c, previousApp);
    RouteSql.insertSteps(c, List.of(new RouteSql.NewStep(previousApp, RouteSql.nextSequence(c, previousApp),
        StepKind.SUPERSEDED, actor, RouteJson.text(RouteJson.object().put("credentialId", previous.toString())
            .put("supersededBy", next.toString())))), now);
  }

  java.time.Instant now() {
    return store.now();
  }

  <T> T transaction(String what, InTransaction<T> work) throws RouteException {
    return store.transaction(what, work::run);
  }

  private List<EdcCredential> register(Connection c, List<EdcCredential> creds, List<String> profiles, String actor,
      Instant now) throws SQLException {
    List<CredentialRegistration> regs = new ArrayList<>(creds.size());
    for (int i = 0; i < creds.size(); i++) {
      EdcCredential cr = creds.get(i);
      regs.add(new CredentialRegistration(cr.id(), cr.subject().id().toString(), profiles.get(i), cr.validFrom(),
          cr.validUntil()));
    }
    List<CredentialRecord> records = store.statusSql().registerAll(c, regs, actor, now);
    List<EdcCredential> out = new ArrayList<>(creds.size());
    for (int i = 0; i < creds.size(); i++) {
      out.add(creds.get(i).toBuilder().credentialStatus(status.entries(records.get(i))).build());
    }
    return out;
  }

  private static RouteSql.Document document(String appId, EdcCredential cred, byte[] bytes) {
    return new RouteSql.Document(cred.id(), appId, bytes, cred.replaces(), Optional.empty(), Optional.empty());
  }

  private static ObjectNode preparedDetails(EdcCredential cred, byte[] bytes) {
    ObjectNode n = RouteJson.object().put("credentialId", cred.id().toString())
        .put("validFrom", cred.validFrom().toString()).put("validUntil", cred.validUntil().toString())
        .put("documentSha256", RouteJson.sha256(bytes));
    cred.replaces().ifPresent(r -> n.put("replaces", r.toString()));
    ArrayNode st = n.putArray("status");
    cred.credentialStatus().forEach(e -> st.add(e.id().toString()));
    return n;
  }

  static Application locked(Connection c, String appId) throws SQLException, RouteException {
    return RouteSql.find(c, appId, true).orElseThrow(() -> unknown(appId)).application();
  }

  static RouteException unknown(String appId) {
    return new RouteException(Reason.UNKNOWN_APPLICATION, null, "no application " + appId, null);
  }

  static RouteException outOfOrder(Application a, StepKind step) {
    String why;
    switch (a.state()) {
      case ISSUED:
        why = "its credential " + a.credentialId().map(URI::toString).orElse("") + " is issued already";
        break;
      case ISSUING:
        why = "its credential is prepared; resume the issuance";
        break;
      case REFUSED:
        why = "it was refused";
        break;
      default:
        why = "it is at " + a.state() + " on the " + a.route() + " route";
    }
    return new RouteException(Reason.STEP_OUT_OF_ORDER, null, "cannot record " + step + " for application "
        + a.id() + ": " + why, null);
  }

  static Set<ApplicationState> states(ApplicationState... states) {
    return new HashSet<>(List.of(states));
  }
}
