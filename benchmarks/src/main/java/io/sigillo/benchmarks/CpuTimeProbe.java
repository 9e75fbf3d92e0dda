package io.sigillo.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A companion to the JMH benchmarks for machines shared with other work, where wall-clock
 * throughput mostly measures how much of a core the scheduler lends: it runs the
 * {@link DataIntegrityBenchmark} and {@link DataIntegrityBaselineBenchmark} operations on one
 * thread, interleaved, and reports the median <em>thread CPU time</em> per operation over several
 * rounds, and the operations per CPU-second that follow from it. CPU time still grows when other
 * processes thrash the caches, so read the ratios first.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.sigillo.benchmarks.CpuTimeProbe [ops per round] [rounds]}.
 * Like the module's other probes ({@code QrSizes}, {@code QrCpuTime}, {@code IssueVerifyCpuTime},
 * {@code BatchIssueRun}), it prints its table to standard output; benchmarks are programs, not library code.
 */
public final class CpuTimeProbe {
  private CpuTimeProbe() {}

  /**
   * Runs the probe.
   *
   * @param args operations per round (default 300) and rounds (default 15)
   * @throws Exception if a fixture cannot be built
   */
  public static void main(String[] args) throws Exception {
    int ops = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    DataIntegrityBenchmark di = new DataIntegrityBenchmark();
    di.setUp();
    DataIntegrityBaselineBenchmark plain = new DataIntegrityBaselineBenchmark();
    plain.setUp();
    Map<String, Callable<Object>> work = new LinkedHashMap<>();
    work.put("sigillo issueProof", di::issueProof);
    work.put("sigillo issueProofSealKeyInProviderClass", di::issueProofSealKeyInProviderClass);
    work.put("sigillo issueDocument", di::issueDocument);
    work.put("sigillo verifyProof", di::verifyProof);
    work.put("sigillo verifyReport", di::verifyReport);
    work.put("sigillo canonicalizeCachedContexts", di::canonicalizeCachedContexts);
    work.put("sigillo canonicalizeFreshContexts", di::canonicalizeFreshContexts);
    work.put("plain issue", plain::issue);
    work.put("plain verify", plain::verify);
    work.put("plain signOnly", plain::signOnly);
    Map<String, Double> median = CpuTimes.medianMicros(work, ops, rounds);
    System.out.printf("%-42s %12s %14s%n", "operation (rounds after warm-up)", "median us/op", "ops/CPU-second");
    for (Map.Entry<String, Double> e : median.entrySet()) {
      System.out.printf("%-42s %12.0f %14.0f%n", e.getKey(), e.getValue(), 1e6 / e.getValue());
    }
  }
}
