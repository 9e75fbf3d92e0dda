/**
 * Verifying sealed credentials.
 *
 * <p>A {@link io.sigillo.verifier.Verifier} applies an immutable
 * {@link io.sigillo.verifier.VerificationPolicy} (trust anchors, allowed algorithms, clock, skew,
 * formats, required checks) and returns a {@link io.sigillo.verifier.VerificationReport}: an ETSI
 * EN 319 102-1 style indication and one {@link io.sigillo.verifier.CheckResult} per
 * {@link io.sigillo.verifier.CheckId} with a stable {@link io.sigillo.verifier.ReasonCode}.
 *
 * <pre>{@code
 * Verifier verifier = Verifier.create(VerificationPolicy.newBuilder()
 *     .trustAnchors(List.of(rootCa))
 *     .build());
 * VerificationReport report = verifier.verify(sealedBytes);
 * report.verifiedCredential().ifPresent(vc -> ...);   // only when TOTAL_PASSED
 * }</pre>
 *
 * <h2>Security considerations</h2>
 *
 * <p>The algorithm allow-list is the verifier's; {@code none}, HMAC, embedded keys ({@code jwk},
 * {@code jku}, {@code x5u}) and unknown critical parameters are refused. JSON is parsed strictly
 * (duplicate members, trailing data and oversized input are errors). Trust comes only from the
 * policy's anchors; the claimed signing time is checked against the clock, and a seal certificate
 * that has expired since signing yields INDETERMINATE, as ETSI prescribes without a time-stamp.
 */
package io.sigillo.verifier;
