package io.sigillo.benchmarks;

import io.sigillo.issuer.batch.BatchSummary;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * One timed batch of {@link BatchIssueBenchmark} outside JMH, for a shared machine: prints the
 * wall-clock time, the CPU time of the whole process (sealing threads, the database, JIT and GC)
 * and the load average before and after, so that the figures can be read against what else ran.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.sigillo.benchmarks.BatchIssueRun h2|postgresql qr|no-qr [ROWS]
 * </pre>
 */
public final class BatchIssueRun {
  private BatchIssueRun() {}

  /**
   * Runs one batch.
   *
   * @param args the database, qr or no-qr, and optionally the number of rows (10,000)
   * @throws Exception if the batch fails
   */
  public static void main(String[] args) throws Exception {
    BatchIssueBenchmark b = new BatchIssueBenchmark();
    b.database = args[0];
    b.qr = args[1].equals("qr");
    b.rows = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    b.start();
    try {
      b.prepare();
      double loadBefore = os.getSystemLoadAverage();
      long cpu0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      BatchSummary s = b.issueAll();
      long wall = System.nanoTime() - t0;
      long cpu = os.getProcessCpuTime() - cpu0;
      System.out.printf(Locale.ROOT, "%s %s rows=%d issued=%d wall=%.1fs rate=%.0f/s processCpu=%.1fs "
              + "cpuPerCredential=%.2fms loadAverage=%.1f->%.1f cores=%d%n", b.database, b.qr ? "qr" : "no-qr",
          b.rows, s.issued(), wall / 1e9, s.issued() / (wall / 1e9), cpu / 1e9, cpu / 1e6 / s.issued(), loadBefore,
          os.getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
      b.cleanUp();
    } finally {
      b.stop();
    }
  }
}
