package io.sigillo.issuer.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.status.BitstringStatusList;
import io.sigillo.status.StatusPurpose;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link JdbcStatusStore} database must show; run on H2 and PostgreSQL. */
abstract class StatusStoreContractTest {
  static final Instant FROM = Instant.parse("2026-12-01T09:00:00Z");

  TestDatabases.Db db;
  JdbcStatusStore store;

  abstract TestDatabases.Db newDatabase();

  @BeforeEach
  void open() throws Exception {
    db = newDatabase();
    store = db.store(JdbcStatusStore.DEFAULT_CAPACITY);
  }

  @AfterEach
  void closePool() {
    db.close();
  }

  static URI id(int n) {
    return URI.create("urn:uuid:" + UUID.nameUUIDFromBytes(("credential-" + n).getBytes()));
  }

  static CredentialRegistration registration(URI id) {
    return new CredentialRegistration(id, "urn:uuid:6f1c1bb4-3b0e-4e7b-9a43-1d2f8f4c2a10",
        "ai-security-specialist", FROM, FROM.plusSeconds(3 * 365 * 86_400L));
  }

  static void assertRefused(StatusStoreException.Reason reason, ThrowingRunnable r) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(StatusStoreException.class,
        e -> assertThat(e.reason()).isEqualTo(reason));
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Test
  void register_newCredential_activeWithOneSlotPerPurposeAndIssueHistory() throws Exception {
    CredentialRecord r = store.register(registration(id(1)), "registrar");
    assertThat(r.state()).isEqualTo(CredentialState.ACTIVE);
    assertThat(r.slot(StatusPurpose.REVOCATION).orElseThrow().listId()).isEqualTo("r1");
    assertThat(r.slot(StatusPurpose.SUSPENSION).orElseThrow().listId()).isEqualTo("s1");
    assertThat(store.find(id(1))).contains(r);
    List<StatusChange> h = store.history(id(1));
    assertThat(h).singleElement().satisfies(c -> {
      assertThat(c.action()).isEqualTo(StatusChange.Action.ISSUE);
      assertThat(c.from()).isEmpty();
      assertThat(c.to()).isEqualTo(CredentialState.ACTIVE);
      assertThat(c.actor()).isEqualTo("registrar");
    });
  }

  @Test
  void register_sameIdTwice_duplicateCredentialAndNothingAllocated() throws Exception {
    store.register(registration(id(1)), "registrar");
    assertRefused(StatusStoreException.Reason.DUPLICATE_CREDENTIAL, () -> store.register(registration(id(1)), "x"));
    assertThat(store.lists()).allSatisfy(l -> assertThat(l.allocated()).isEqualTo(1));
  }

  @Test
  void revoke_activeCredential_revokedWithWhoWhenWhy() throws Exception {
    store.register(registration(id(1)), "registrar");
    CredentialRecord r = store.revoke(id(1), "committee", "certificate withdrawn");
    assertThat(r.state()).isEqualTo(CredentialState.REVOKED);
    assertThat(r.version()).isEqualTo(2);
    StatusChange last = store.history(id(1)).get(1);
    assertThat(last.action()).isEqualTo(StatusChange.Action.REVOKE);
    assertThat(last.from()).contains(CredentialState.ACTIVE);
    assertThat(last.actor()).isEqualTo("committee");
    assertThat(last.reason()).isEqualTo("certificate withdrawn");
    assertThat(last.sequence()).isEqualTo(2);
  }

  @Test
  void revoke_unknownCredential_unknownCredential() {
    assertRefused(StatusStoreException.Reason.UNKNOWN_CREDENTIAL, () -> store.revoke(id(9), "x", "y"));
  }

  @Test
  void suspendThenReinstate_activeAgainWithFullHistory() throws Exception {
    store.register(registration(id(1)), "registrar");
    assertThat(store.suspend(id(1), "registrar", "payment overdue").state()).isEqualTo(CredentialState.SUSPENDED);
    assertThat(store.reinstate(id(1), "registrar", "paid").state()).isEqualTo(CredentialState.ACTIVE);
    assertThat(store.history(id(1))).extracting(StatusChange::action).containsExactly(
        StatusChange.Action.ISSUE, StatusChange.Action.SUSPEND, StatusChange.Action.REINSTATE);
  }

  @Test
  void illegalTransitions_typedErrorsAndNothingChanged() throws Exception {
    store.register(registration(id(1)), "registrar");
    assertRefused(StatusStoreException.Reason.NOT_SUSPENDED, () -> store.reinstate(id(1), "x", ""));
    store.suspend(id(1), "registrar", "");
    assertRefused(StatusStoreException.Reason.ALREADY_SUSPENDED, () -> store.suspend(id(1), "x", ""));
    store.revoke(id(1), "registrar", "");
    assertRefused(StatusStoreException.Reason.ALREADY_REVOKED, () -> store.reinstate(id(1), "x", ""));
    assertRefused(StatusStoreException.Reason.ALREADY_REVOKED, () -> store.revoke(id(1), "x", ""));
    assertRefused(StatusStoreException.Reason.ALREADY_REVOKED, () -> store.suspend(id(1), "x", ""));
    assertThat(store.find(id(1)).orElseThrow().version()).isEqualTo(3);
    assertThat(store.history(id(1))).hasSize(3);
  }

  @Test
  void snapshot_setsBitsOfRevokedInRevocationListAndSuspendedInSuspensionList() throws Exception {
    CredentialRecord a = store.register(registration(id(1)), "r");
    CredentialRecord b = store.register(registration(id(2)), "r");
    CredentialRecord c = store.register(registration(id(3)), "r");
    store.revoke(id(1), "r", "");
    store.suspend(id(2), "r", "");
    store.suspend(id(3), "r", "");
    store.revoke(id(3), "r", "");
    BitstringStatusList revocation = store.snapshot("r1");
    BitstringStatusList suspension = store.snapshot("s1");
    assertThat(revocation.size()).isEqualTo(131_072);
    assertThat(revocation.status(slot(a, StatusPurpose.REVOCATION))).isEqualTo(1);
    assertThat(revocation.status(slot(b, StatusPurpose.REVOCATION))).isZero();
    assertThat(revocation.status(slot(c, StatusPurpose.REVOCATION))).isEqualTo(1);
    assertThat(suspension.status(slot(a, StatusPurpose.SUSPENSION))).isZero();
    assertThat(suspension.status(slot(b, StatusPurpose.SUSPENSION))).isEqualTo(1);
    assertThat(suspension.status(slot(c, StatusPurpose.SUSPENSION))).isZero();
    int set = 0;
    for (int i = 0; i < revocation.size(); i++) {
      set += revocation.status(i) + suspension.status(i);
    }
    assertThat(set).isEqualTo(3);
    assertRefused(StatusStoreException.Reason.UNKNOWN_LIST, () -> store.snapshot("r9"));
  }

  @Test
  void register_listFull_rollsOverToNewListAndNeverRepeatsAnIndex() throws Exception {
    JdbcStatusStore small = db.store(4);
    List<CredentialRecord> records = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      records.add(small.register(registration(id(i)), "r"));
    }
    assertThat(records).extracting(r -> r.slot(StatusPurpose.REVOCATION).orElseThrow().listId())
        .containsExactly("r1", "r1", "r1", "r1", "r2", "r2", "r2", "r2", "r3");
    for (String list : List.of("r1", "r2")) {
      assertThat(records.stream().map(r -> r.slot(StatusPurpose.REVOCATION).orElseThrow())
          .filter(s -> s.listId().equals(list)).map(StatusSlot::index)).containsExactlyInAnyOrder(0, 1, 2, 3);
    }
    assertThat(small.lists()).extracting(StatusListInfo::listId, StatusListInfo::current, StatusListInfo::allocated)
        .contains(org.assertj.core.groups.Tuple.tuple("r1", false, 4), org.assertj.core.groups.Tuple.tuple("r3", true, 1),
            org.assertj.core.groups.Tuple.tuple("s3", true, 1));
    assertThat(small.lists()).allSatisfy(l -> assertThat(l.length()).isEqualTo(131_072));
  }

  @Test
  void register_manyCredentials_indicesDistinctAndNotSequential() throws Exception {
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      indices.add(store.register(registration(id(i)), "r").slot(StatusPurpose.REVOCATION).orElseThrow().index());
    }
    assertThat(new HashSet<>(indices)).hasSize(40);
    assertThat(indices).isNotEqualTo(indices.stream().sorted().toList());
    assertThat(indices.stream().mapToInt(Integer::intValue).max().orElseThrow()).isGreaterThan(40);
  }

  @Test
  void build_newDatabase_identityColumnsCacheTenThousandValues() throws Exception {
    // a small identity cache makes H2 commit (and, with WRITE_DELAY=0, store every dirty page)
    // each time the cache runs out, in the middle of a batch
    try (Connection c = db.source().open(); Statement s = c.createStatement()) {
      boolean h2 = c.getMetaData().getDatabaseProductName().equals("H2");
      for (String[] column : new String[][] {{"sigillo_route_step", "step_id"}, {"sigillo_status_event", "event_id"}}) {
        String sql = h2
            ? "SELECT IDENTITY_CACHE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = '"
                + column[0].toUpperCase(java.util.Locale.ROOT) + "' AND COLUMN_NAME = '"
                + column[1].toUpperCase(java.util.Locale.ROOT) + "'"
            : "SELECT seqcache FROM pg_sequence WHERE seqrelid = pg_get_serial_sequence('" + column[0] + "', '"
                + column[1] + "')::regclass";
        try (var rs = s.executeQuery(sql)) {
          assertThat(rs.next()).as(column[0]).isTrue();
          assertThat(rs.getLong(1)).as(column[0] + "." + column[1]).isEqualTo(10_000);
        }
      }
    }
  }

  @Test
  void build_secondStoreOnSameDatabase_migratesNothingAndSeesTheSameData() throws Exception {
    store.register(registration(id(1)), "r");
    JdbcStatusStore again = db.store(JdbcStatusStore.DEFAULT_CAPACITY);
    assertThat(again.find(id(1))).isPresent();
    try (Connection c = db.source().open(); Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT COUNT(*) FROM sigillo_schema_version")) {
      rs.next();
      assertThat(rs.getInt(1)).as("one row per schema version")
          .isEqualTo(io.sigillo.issuer.internal.status.Migrations.latest());
    }
  }

  @Test
  void build_schemaNewerThanLibrary_schemaTooNew() throws Exception {
    try (Connection c = db.source().open(); Statement s = c.createStatement()) {
      s.execute("INSERT INTO sigillo_schema_version (version, description, applied_at)"
          + " VALUES (99, 'future', CURRENT_TIMESTAMP)");
    }
    assertRefused(StatusStoreException.Reason.SCHEMA_TOO_NEW, () -> db.store(JdbcStatusStore.DEFAULT_CAPACITY));
  }

  @Test
  void revoke_connectionFailsBeforeHistoryInsert_storeUnavailableAndStateUnchanged() throws Exception {
    store.register(registration(id(1)), "r");
    JdbcStatusStore failing = JdbcStatusStore.newBuilder().connections(TestDatabases.intercepting(db.unpooled(),
        sql -> sql.startsWith("INSERT INTO sigillo_status_event"),
        () -> {
          throw new SQLException("simulated connection loss", "08006");
        })).build();
    assertRefused(StatusStoreException.Reason.STORE_UNAVAILABLE, () -> failing.revoke(id(1), "x", "y"));
    assertThat(store.find(id(1)).orElseThrow().state()).isEqualTo(CredentialState.ACTIVE);
    assertThat(store.history(id(1))).hasSize(1);
    assertThat(store.revoke(id(1), "x", "y").state()).isEqualTo(CredentialState.REVOKED);
  }

  @Test
  void register_connectionFailsAfterAllocation_noIndexConsumedAndNothingRecorded() throws Exception {
    store.register(registration(id(1)), "r");
    JdbcStatusStore failing = JdbcStatusStore.newBuilder().connections(TestDatabases.intercepting(db.unpooled(),
        sql -> sql.startsWith("INSERT INTO sigillo_credential"),
        () -> {
          throw new SQLException("simulated connection loss", "08006");
        })).build();
    assertRefused(StatusStoreException.Reason.STORE_UNAVAILABLE, () -> failing.register(registration(id(2)), "r"));
    assertThat(store.find(id(2))).isEmpty();
    assertThat(store.lists()).allSatisfy(l -> assertThat(l.allocated()).isEqualTo(1));
  }

  static int slot(CredentialRecord r, StatusPurpose p) {
    return r.slot(p).orElseThrow().index();
  }

  static Set<String> slots(List<CredentialRecord> records) {
    Set<String> out = new HashSet<>();
    for (CredentialRecord r : records) {
      for (StatusSlot s : r.slots()) {
        out.add(s.listId() + "#" + s.index());
      }
    }
    return out;
  }
}
