/**
 * JMH benchmarks of Sigillo: issuing and verifying a credential next to raw nimbus-jose-jwt ES256
 * over the same bytes ({@link io.sigillo.benchmarks.IssueBenchmark},
 * {@link io.sigillo.benchmarks.VerifyBenchmark}, {@link io.sigillo.benchmarks.RawJoseBenchmark}),
 * Data Integrity, QR codes and status lists.
 *
 * <p>The issue and verify benchmarks run one thread, throughput in operations per second, one
 * fork. Sigillo's issue and verify paths are large (Jackson, the credential model, the checks) and
 * need about 20 s of warm-up before the JIT reaches a steady state on a 2-core machine, so
 * IssueBenchmark and VerifyBenchmark warm up for 12 x 2 s; the raw baseline is steady after a few
 * seconds and warms up for 5 x 2 s. Command-line options override these defaults; the README's
 * Performance section gives the command behind each published figure.
 */
package io.sigillo.benchmarks;
