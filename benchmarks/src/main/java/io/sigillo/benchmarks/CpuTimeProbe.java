package io.sigillo.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
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
 * This is the only class of the module that prints.
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
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<String, List<Double>> micros = new LinkedHashMap<>();
    work.keySet().forEach(k -> micros.put(k, new ArrayList<>()));
    for (int r = 0; r < rounds; r++) {
      for (Map.Entry<String, Callable<Object>> e : work.entrySet()) {
        long start = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < ops; i++) {
          e.getValue().call();
        }
        micros.get(e.getKey()).add((mx.getCurrentThreadCpuTime() - start) / 1e3 / ops);
      }
    }
    System.out.printf("%-42s %12s %14s%n", "operation (rounds after warm-up)", "median us/op", "ops/CPU-second");
    for (Map.Entry<String, List<Double>> e : micros.entrySet()) {
      double[] v = e.getValue().subList(rounds / 3, rounds).stream().mapToDouble(Double::doubleValue).toArray();
      Arrays.sort(v);
      double median = v[v.length / 2];
      System.out.printf("%-42s %12.0f %14.0f%n", e.getKey(), median, 1e6 / median);
    }
  }
}
