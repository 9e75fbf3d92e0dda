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
 * The measuring loop the CPU-time probes share: operations run interleaved, round by round, on the
 * calling thread; each round's thread CPU time per operation is recorded, and the median over the
 * rounds after the first third (warm-up) is returned.
 */
final class CpuTimes {
  private CpuTimes() {}

  /**
   * Measures the operations.
   *
   * @param work the operations by name, in the order to run and report them
   * @param ops operations per round
   * @param rounds rounds; the first third is dropped as warm-up
   * @return the median thread CPU time per operation in microseconds, by name, in the same order
   * @throws Exception if an operation fails
   */
  static Map<String, Double> medianMicros(Map<String, Callable<Object>> work, int ops, int rounds) throws Exception {
    if (ops < 1 || rounds < 2) {
      throw new IllegalArgumentException("need at least one operation per round and two rounds");
    }
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
    Map<String, Double> median = new LinkedHashMap<>();
    for (Map.Entry<String, List<Double>> e : micros.entrySet()) {
      double[] v = e.getValue().subList(rounds / 3, rounds).stream().mapToDouble(Double::doubleValue).toArray();
      Arrays.sort(v);
      median.put(e.getKey(), v[v.length / 2]);
    }
    return median;
  }
}
