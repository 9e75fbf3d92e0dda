package io.sigillo.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A companion to {@link IssueBenchmark}, {@link VerifyBenchmark} and {@link RawJoseBenchmark} for
 * machines shared with other work, where wall-clock throughput mostly measures how much of a core
 * the scheduler lends: it runs their operations on one thread, interleaved round by round (so a
 * burst of load hits Sigillo and the raw baseline alike), and reports the median <em>thread CPU
 * time</em> per operation over the rounds after the first third, and the operations per
 * CPU-second that follow from it, with Sigillo's ratio to the fastest raw nimbus ES256 path. CPU
 * time still grows when other processes thrash the caches, so read the ratios first.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.sigillo.benchmarks.IssueVerifyCpuTime [ops per round] [rounds]}.
 * Like the other CPU-time probes, it prints its table.
 */
public final class IssueVerifyCpuTime {
  private IssueVerifyCpuTime() {}

  /**
   * Runs the probe.
   *
   * @param args operations per round (default 500) and rounds (default 30)
   * @throws Exception if a fixture cannot be built
   */
  public static void main(String[] args) throws Exception {
    int ops = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    IssueBenchmark issue = new IssueBenchmark();
    issue.setUp();
    VerifyBenchmark verify = new VerifyBenchmark();
    verify.setUp();
    RawJoseBenchmark raw = new RawJoseBenchmark();
    raw.setUp();
    Map<String, Callable<Object>> work = new LinkedHashMap<>();
    work.put("sigillo sealJades", issue::sealJades);
    work.put("sigillo sealVcJwt", issue::sealVcJwt);
    work.put("sigillo sealBothForms", issue::sealBothForms);
    work.put("sigillo issueJades", issue::issueJades);
    work.put("sigillo verifyJades", verify::verifyJades);
    work.put("sigillo verifyVcJwt", verify::verifyVcJwt);
    work.put("raw signBouncyCastle", raw::signBouncyCastle);
    work.put("raw signBouncyCastleJdkKeys", raw::signBouncyCastleJdkKeys);
    work.put("raw signJdk", raw::signJdk);
    work.put("raw verifyBouncyCastle", raw::verifyBouncyCastle);
    work.put("raw verifyBouncyCastleJdkKeys", raw::verifyBouncyCastleJdkKeys);
    work.put("raw verifyJdk", raw::verifyJdk);
    Map<String, Double> median = CpuTimes.medianMicros(work, ops, rounds);
    double fastestSign = Math.min(Math.min(median.get("raw signBouncyCastle"),
        median.get("raw signBouncyCastleJdkKeys")), median.get("raw signJdk"));
    double fastestVerify = Math.min(Math.min(median.get("raw verifyBouncyCastle"),
        median.get("raw verifyBouncyCastleJdkKeys")), median.get("raw verifyJdk"));
    System.out.printf("%-32s %12s %14s %22s%n", "operation (rounds after warm-up)", "median us/op",
        "ops/CPU-second", "x fastest raw ES256");
    for (Map.Entry<String, Double> e : median.entrySet()) {
      String name = e.getKey();
      double us = e.getValue();
      double fastest = name.contains("verify") ? fastestVerify : fastestSign;
      System.out.printf("%-32s %12.0f %14.0f %22.2f%n", name, us, 1e6 / us, fastest / us);
    }
  }
}
