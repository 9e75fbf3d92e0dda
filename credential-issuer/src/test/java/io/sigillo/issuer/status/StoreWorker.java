package io.sigillo.issuer.status;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/**
 * A separate issuer process for the multi-process tests (started by the tests with the test
 * classpath; prints one line per result so that the test can check it).
 *
 * <pre>
 * churn URL USER PASSWORD WORKER COUNT WORKERS SEED     register and change credentials
 * pause URL USER PASSWORD OP ID SQL-PREFIX              start OP and hang before SQL-PREFIX
 * </pre>
 */
public final class StoreWorker {
  private StoreWorker() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ConnectionSource raw = ConnectionSource.url(args[1], args[2], args[3]);
    if (args[0].equals("churn")) {
      try (PooledConnections pool = PooledConnections.of(raw, 4)) {
        JdbcStatusStore store = JdbcStatusStore.newBuilder().connections(pool).listCapacity(32).build();
        churn(store, Integer.parseInt(args[4]), Integer.parseInt(args[5]), Integer.parseInt(args[6]),
            Long.parseLong(args[7]), out);
      }
    } else if (args[0].equals("pause")) {
      String prefix = args[6];
      JdbcStatusStore store = JdbcStatusStore.newBuilder().connections(TestDatabases.intercepting(raw,
          sql -> sql.startsWith(prefix), () -> {
            out.println("PAUSED");
            try {
              Thread.sleep(120_000);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          })).build();
      URI id = URI.create(args[5]);
      if (args[4].equals("revoke")) {
        store.revoke(id, "worker", "crash test");
      } else {
        store.register(StatusStoreContractTest.registration(id), "worker");
      }
      out.println("DONE");
    }
  }

  static URI id(int worker, int i) {
    return URI.create("urn:uuid:" + UUID.nameUUIDFromBytes(("worker-" + worker + "-" + i).getBytes(StandardCharsets.UTF_8)));
  }

  /** Registers COUNT credentials and after each one tries a random change on a random worker's credential. */
  static void churn(StatusStore store, int worker, int count, int workers, long seed, PrintStream out) {
    Random random = new Random(seed);
    for (int i = 0; i < count; i++) {
      URI id = id(worker, i);
      try {
        CredentialRecord r = store.register(new CredentialRegistration(id, "holder-" + worker, "ai-security-specialist",
            Instant.parse("2026-12-01T09:00:00Z"), Instant.parse("2029-12-01T09:00:00Z")), "worker-" + worker);
        out.println("OK ISSUE " + r.credentialId());
      } catch (StatusStoreException e) {
        out.println("REFUSED " + e.reason() + " ISSUE " + id);
      }
      for (int k = 0; k < 2; k++) {
        URI target = id(random.nextInt(workers), random.nextInt(i + 1));
        int op = random.nextInt(10);
        String action = op < 2 ? "REVOKE" : op < 6 ? "SUSPEND" : "REINSTATE";
        try {
          if (action.equals("REVOKE")) {
            store.revoke(target, "worker-" + worker, "churn");
          } else if (action.equals("SUSPEND")) {
            store.suspend(target, "worker-" + worker, "churn");
          } else {
            store.reinstate(target, "worker-" + worker, "churn");
          }
          out.println("OK " + action + " " + target);
        } catch (StatusStoreException e) {
          out.println("REFUSED " + e.reason() + " " + action + " " + target);
        }
      }
    }
  }
}
