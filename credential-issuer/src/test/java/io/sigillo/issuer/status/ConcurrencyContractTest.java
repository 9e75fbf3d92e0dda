package io.sigillo.issuer.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.status.BitstringStatusList;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Threads and separate processes allocating, changing and publishing at once, and processes
 * killed in the middle of an operation; run on H2 and PostgreSQL.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
abstract class ConcurrencyContractTest {
  TestDatabases.Db db;
  JdbcStatusStore store;

  abstract TestDatabases.Db newDatabase();

  @BeforeEach
  void open() throws Exception {
    db = newDatabase();
    store = db.store(32);
  }

  @AfterEach
  void closePool() {
    db.close();
  }

  @Test
  void threads_registerChangeAndSnapshotAtOnce_noIndexTwiceAndNoLostUpdate() throws Exception {
    int threads = 6;
    ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> outputs = new ArrayList<>();
    for (int w = 0; w < threads; w++) {
      int worker = w;
      outputs.add(pool.submit(() -> {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        start.await();
        StoreWorker.churn(store, worker, 10, threads, 1000 + worker, new PrintStream(buf, true, StandardCharsets.UTF_8));
        return buf.toString(StandardCharsets.UTF_8);
      }));
    }
    AtomicBoolean done = new AtomicBoolean();
    Future<Integer> publisher = pool.submit(() -> monotonicSnapshots(done));
    start.countDown();
    StringBuilder all = new StringBuilder();
    for (Future<String> f : outputs) {
      all.append(f.get());
    }
    done.set(true);
    assertThat(publisher.get()).isPositive();
    pool.shutdown();
    checkAgainstOutput(all.toString(), threads * 10);
  }

  @Test
  void threads_allSuspendOneCredential_exactlyOneSucceeds() throws Exception {
    URI id = StoreWorker.id(99, 0);
    store.register(StatusStoreContractTest.registration(id), "r");
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      results.add(pool.submit(() -> {
        start.await();
        try {
          store.suspend(id, Thread.currentThread().getName(), "contested");
          return "OK";
        } catch (StatusStoreException e) {
          return e.reason().name();
        }
      }));
    }
    start.countDown();
    List<String> outcomes = new ArrayList<>();
    for (Future<String> f : results) {
      outcomes.add(f.get());
    }
    pool.shutdown();
    assertThat(outcomes).filteredOn("OK"::equals).hasSize(1);
    assertThat(outcomes).filteredOn(o -> !o.equals("OK")).containsOnly("ALREADY_SUSPENDED");
    assertThat(store.history(id)).hasSize(2);
  }

  @Test
  void processes_registerAndChangeAlongsideThisOne_noIndexTwiceAndNoLostUpdate() throws Exception {
    int processes = 3;
    int workers = processes + 1;
    int count = 12;
    List<Process> children = new ArrayList<>();
    for (int w = 0; w < processes; w++) {
      children.add(worker("churn", Integer.toString(w), Integer.toString(count), Integer.toString(workers),
          Long.toString(7 + w)));
    }
    List<CompletableFuture<String>> outputs = new ArrayList<>();
    for (Process p : children) {
      outputs.add(CompletableFuture.supplyAsync(() -> readAll(p)));
    }
    ByteArrayOutputStream mine = new ByteArrayOutputStream();
    StoreWorker.churn(store, processes, count, workers, 42, new PrintStream(mine, true, StandardCharsets.UTF_8));
    StringBuilder all = new StringBuilder(mine.toString(StandardCharsets.UTF_8));
    for (int i = 0; i < children.size(); i++) {
      assertThat(children.get(i).waitFor(180, TimeUnit.SECONDS)).isTrue();
      String out = outputs.get(i).get();
      assertThat(children.get(i).exitValue()).as(out).isZero();
      all.append(out);
    }
    checkAgainstOutput(all.toString(), workers * count);
  }

  @Test
  void processKilledBetweenStatementsOfRevoke_oldStateAndNoLockLeft() throws Exception {
    URI id = StoreWorker.id(98, 0);
    store.register(StatusStoreContractTest.registration(id), "r");
    Process p = worker("pause", "revoke", id.toString(), "INSERT INTO sigillo_status_event");
    awaitPaused(p);
    p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertThat(store.find(id).orElseThrow().state()).isEqualTo(CredentialState.ACTIVE);
    assertThat(store.history(id)).hasSize(1);
    assertThat(store.revoke(id, "r", "after the crash").state()).isEqualTo(CredentialState.REVOKED);
    StoreInvariants.check(store, Set.of(id), Map.of(id, 1));
  }

  @Test
  void processKilledAfterAllocatingIndices_nothingRegisteredAndNoIndexLost() throws Exception {
    URI first = StoreWorker.id(97, 0);
    store.register(StatusStoreContractTest.registration(first), "r");
    URI crashed = StoreWorker.id(97, 1);
    Process p = worker("pause", "register", crashed.toString(), "INSERT INTO sigillo_credential");
    awaitPaused(p);
    p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertThat(store.find(crashed)).isEmpty();
    assertThat(store.lists()).allSatisfy(l -> assertThat(l.allocated()).isEqualTo(1));
    URI next = StoreWorker.id(97, 2);
    store.register(StatusStoreContractTest.registration(next), "r");
    StoreInvariants.check(store, Set.of(first, next), Map.of());
  }

  /** Publishes repeatedly while others work; a revoked bit, once published, must stay. */
  private int monotonicSnapshots(AtomicBoolean done) throws Exception {
    Map<String, Set<Integer>> seen = new HashMap<>();
    int rounds = 0;
    while (!done.get()) {
      for (StatusListInfo l : store.lists()) {
        if (l.purpose() != io.sigillo.status.StatusPurpose.REVOCATION) {
          continue;
        }
        BitstringStatusList bits = store.snapshot(l.listId());
        Set<Integer> before = seen.computeIfAbsent(l.listId(), k -> new HashSet<>());
        for (int i : before) {
          assertThat(bits.status(i)).as("revocation bit %s#%s stays set", l.listId(), i).isEqualTo(1);
        }
        for (int i = 0; i < 32; i++) {
          if (bits.status(i) == 1) {
            before.add(i);
          }
        }
      }
      rounds++;
    }
    return rounds;
  }

  private void checkAgainstOutput(String output, int expectedIssued) throws Exception {
    Set<URI> issued = new HashSet<>();
    Map<URI, Integer> changes = new ConcurrentHashMap<>();
    for (String line : output.split("\n")) {
      String[] f = line.trim().split(" ");
      if (f[0].equals("OK") && f[1].equals("ISSUE")) {
        issued.add(URI.create(f[2]));
      } else if (f[0].equals("OK")) {
        changes.merge(URI.create(f[2]), 1, Integer::sum);
      } else {
        assertThat(f[0]).as(line).isEqualTo("REFUSED");
        assertThat(f[1]).as(line).isIn("UNKNOWN_CREDENTIAL", "ALREADY_REVOKED", "ALREADY_SUSPENDED", "NOT_SUSPENDED");
      }
    }
    assertThat(issued).hasSize(expectedIssued);
    assertThat(changes.values().stream().mapToInt(Integer::intValue).sum()).isPositive();
    assertThat(store.lists().size()).as("lists rolled over").isGreaterThan(2);
    StoreInvariants.check(store, issued, changes);
  }

  private Process worker(String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
        "-cp", System.getProperty("java.class.path"), StoreWorker.class.getName(), args[0], db.url, db.user,
        db.password.isEmpty() ? "" : db.password));
    cmd.addAll(List.of(args).subList(1, args.length));
    return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT)
        .directory(new File(System.getProperty("user.dir"))).start();
  }

  private static void awaitPaused(Process p) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line = r.readLine();
    assertThat(line).as("the worker reached the statement").isEqualTo("PAUSED");
  }

  private static String readAll(Process p) {
    try {
      return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
