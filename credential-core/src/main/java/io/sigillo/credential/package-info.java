/**
 * The credential model: a European-Digital-Credential-style credential on the W3C Verifiable
 * Credentials 2.0 data model with European Learning Model terms.
 *
 * <p>{@link io.sigillo.credential.EdcCredential} and the types it is built from are immutable
 * values whose builders validate the format's invariants. {@link io.sigillo.credential.CredentialJson}
 * writes the JSON-LD document that is sealed and reads it back strictly, reporting every
 * {@link io.sigillo.credential.FormatProblem}.
 *
 * <pre>{@code
 * EdcCredential credential = EdcCredential.newBuilder()
 *     .id(UUID.randomUUID())
 *     .issuer(issuer)
 *     .validity(ValidityPeriod.threeYearsFrom(clock.instant()))
 *     .subject(holder)
 *     .achievement(achievement)
 *     .displayParameter(DisplayParameter.of(profile.title()))
 *     .build();
 * byte[] document = CredentialJson.toBytes(credential);
 * }</pre>
 *
 * <p>Specifications: W3C Verifiable Credentials Data Model v2.0; European Learning Model v3
 * (EDC application profile).
 */
package io.sigillo.credential;
