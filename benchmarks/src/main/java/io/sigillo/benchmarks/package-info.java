/**
 * JMH benchmarks of Sigillo, next to raw nimbus-jose-jwt ES256 over the same bytes.
 *
 * <p>One thread, throughput in operations per second, one fork. Sigillo's issue and verify paths
 * are large (Jackson, the credential model, the checks) and need about 20 s of warm-up before the
 * JIT reaches a steady state on a 2-core machine, so {@link io.sigillo.benchmarks.IssueBenchmark}
 * and {@link io.sigillo.benchmarks.VerifyBenchmark} warm up for 12 x 2 s; the raw baseline is
 * steady after a few seconds and warms up for 5 x 2 s. Run all of them with
 * {@code java -jar benchmarks/target/benchmarks.jar}; command-line options override these
 * defaults.
 */
package io.sigillo.benchmarks;
