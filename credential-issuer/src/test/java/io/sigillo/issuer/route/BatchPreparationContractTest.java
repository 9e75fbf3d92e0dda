package io.sigillo.issuer.route;

import static io.sigillo.issuer.route.RouteFixture.PROFILE;
import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.issuer.status.StatusListInfo;
import io.sigillo.issuer.status.TestDatabases;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Idempotent batch preparation on the HR key; run on H2 and PostgreSQL. */
abstract class BatchPreparationContractTest {
  RouteFixture f;
  CertificationRoute route;

  abstract TestDatabases.Db newDatabase();

  @BeforeEach
  void open() throws Exception {
    f = new RouteFixture(newDatabase());
    route = f.route();
  }

  @AfterEach
  void close() {
    f.close();
  }

  static List<RouteInput> inputs(int from, int to) {
    List<RouteInput> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      out.add(RouteFixture.input("E" + i, "2026"));
    }
    return out;
  }

  static List<String> sources(List<RouteInput> inputs) {
    return inputs.stream().map(i -> "hr.csv row " + i.key().hrId()).toList();
  }

  List<Reservation> prepare(List<RouteInput> inputs) throws RouteException {
    return route.prepareAll(inputs, sources(inputs), "hr-import");
  }

  void deliver(List<Reservation> rs) throws RouteException {
    Map<String, URI> m = new HashMap<>();
    rs.stream().filter(Reservation::toDeliver).forEach(r -> m.put(r.applicationId().orElseThrow(),
        r.credentialId().orElseThrow()));
    route.delivered(m, "hr-import");
  }

  long count(String sql) throws Exception {
    try (Connection c = f.db.source().open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void prepareAll_newInputs_oneApplicationAndRegistrationEachWithEveryStep() throws Exception {
    List<Reservation> rs = prepare(inputs(1, 6));

    assertThat(rs).extracting(Reservation::kind).containsOnly(Reservation.Kind.NEW);
    assertThat(rs).allSatisfy(r -> assertThat(r.credential().orElseThrow().credentialStatus()).hasSize(2));
    assertThat(f.store.statusStore().lists()).extracting(StatusListInfo::allocated).containsOnly(5);
    String app = rs.get(0).applicationId().orElseThrow();
    assertThat(f.store.steps(app)).extracting(RouteStep::step).containsExactly(StepKind.OPENED,
        StepKind.MEMBERSHIP_VERIFIED, StepKind.DOSSIER_RECORDED, StepKind.INTERVIEW_RECORDED,
        StepKind.ASSESSMENT_RECORDED, StepKind.CREDENTIAL_PREPARED);
    assertThat(f.store.steps(app).get(0).details()).contains("\"source\":\"hr.csv row E1\"", "\"hrId\":\"E1\"");
    assertThat(f.store.pendingApplications()).hasSize(5);
  }

  @Test
  void prepareAll_sameBatchAgainAfterDelivery_alreadyIssuedAndNothingNew() throws Exception {
    deliver(prepare(inputs(1, 6)));

    List<Reservation> again = prepare(inputs(1, 6));

    assertThat(again).extracting(Reservation::kind).containsOnly(Reservation.Kind.ALREADY_ISSUED);
    assertThat(again).allSatisfy(r -> assertThat(r.sameInput()).isTrue());
    assertThat(count("SELECT COUNT(*) FROM sigillo_credential")).isEqualTo(5);
    assertThat(f.store.pendingApplications()).isEmpty();
  }

  @Test
  void prepareAll_overlappingBatch_onlyTheNewRowsAreNew() throws Exception {
    deliver(prepare(inputs(1, 6)));

    List<Reservation> overlap = prepare(inputs(4, 9));

    assertThat(overlap).extracting(Reservation::kind).containsExactly(Reservation.Kind.ALREADY_ISSUED,
        Reservation.Kind.ALREADY_ISSUED, Reservation.Kind.NEW, Reservation.Kind.NEW, Reservation.Kind.NEW);
    assertThat(count("SELECT COUNT(*) FROM sigillo_application")).isEqualTo(8);
  }

  @Test
  void prepareAll_afterAnUnconfirmedRun_resumesTheSameCredentials() throws Exception {
    List<Reservation> first = prepare(inputs(1, 4));

    List<Reservation> again = prepare(inputs(1, 4));

    assertThat(again).extracting(Reservation::kind).containsOnly(Reservation.Kind.RESUMED);
    for (int i = 0; i < 3; i++) {
      assertThat(again.get(i).credential()).isEqualTo(first.get(i).credential());
    }
    assertThat(count("SELECT COUNT(*) FROM sigillo_credential")).isEqualTo(3);
  }

  @Test
  void prepareAll_sameKeyTwiceInOneBatch_secondIsNotIssued() throws Exception {
    List<RouteInput> in = new ArrayList<>(inputs(1, 3));
    in.add(RouteFixture.input("E1", "2026"));

    List<Reservation> rs = prepare(in);

    assertThat(rs).extracting(Reservation::kind).containsExactly(Reservation.Kind.NEW, Reservation.Kind.NEW,
        Reservation.Kind.DUPLICATE_IN_BATCH);
    assertThat(rs.get(2).sameInput()).isTrue();
    assertThat(count("SELECT COUNT(*) FROM sigillo_credential")).isEqualTo(2);
  }

  @Test
  void prepareAll_changedDataForAnIssuedKey_alreadyIssuedFlaggedAsDifferent() throws Exception {
    deliver(prepare(inputs(1, 2)));
    RouteInput old = RouteFixture.input("E1", "2026");
    RouteInput changed = new RouteInput(old.key(), old.holder().toBuilder().email("new@example.org").build(),
        old.membership(), old.dossier(), old.interview(), old.assessment());

    Reservation r = prepare(List.of(changed)).get(0);

    assertThat(r.kind()).isEqualTo(Reservation.Kind.ALREADY_ISSUED);
    assertThat(r.sameInput()).isFalse();
  }

  @Test
  void prepareAll_nextCycle_isANewCredential() throws Exception {
    deliver(prepare(inputs(1, 2)));
    assertThat(prepare(List.of(RouteFixture.input("E1", "2027"))).get(0).kind()).isEqualTo(Reservation.Kind.NEW);
  }

  @Test
  void prepareAll_keyOfAnApplicationOpenedByHand_keyInUseAndUntouched() throws Exception {
    HrKey key = new HrKey("E1", PROFILE, "2026");
    Application byHand = route.open(RouteKind.ASSOCIATION_ASSESSMENT, PROFILE, key, RouteFixture.holder("1"), "r");

    Reservation r = prepare(inputs(1, 2)).get(0);

    assertThat(r.kind()).isEqualTo(Reservation.Kind.KEY_IN_USE);
    assertThat(r.applicationId()).contains(byHand.id());
    assertThat(f.store.application(byHand.id()).orElseThrow().state()).isEqualTo(ApplicationState.OPEN);
  }

  @Test
  void prepareAll_twoWorkersOnTheSameBatch_oneCredentialPerKey() throws Exception {
    List<RouteInput> in = inputs(1, 41);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<List<Reservation>> job = () -> prepare(in);
      Future<List<Reservation>> a = pool.submit(job);
      Future<List<Reservation>> b = pool.submit(job);
      List<Reservation> ra = a.get();
      List<Reservation> rb = b.get();
      for (int i = 0; i < in.size(); i++) {
        assertThat(ra.get(i).credentialId()).isEqualTo(rb.get(i).credentialId());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(count("SELECT COUNT(*) FROM sigillo_credential")).isEqualTo(40);
    assertThat(count("SELECT COUNT(*) FROM sigillo_application")).isEqualTo(40);
    assertThat(count("SELECT COUNT(DISTINCT revocation_index) FROM sigillo_credential")).isEqualTo(40);
  }
}
