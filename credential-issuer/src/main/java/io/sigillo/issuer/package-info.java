/**
 * Issuing sealed credentials.
 *
 * <p>An {@link io.sigillo.issuer.Issuer} holds the organisation's {@link io.sigillo.issuer.Seal}
 * (certificate chain plus {@link io.sigillo.issuer.SealSigner}) and turns an
 * {@link io.sigillo.issuer.IssuanceRequest} into a {@link io.sigillo.issuer.SealedCredential}:
 * the JSON-LD document, its JAdES baseline-B seal and its {@code vc+jwt}.
 *
 * <pre>{@code
 * Seal seal = SealKeys.pkcs12(Path.of("seal.p12"), password);
 * Issuer issuer = Issuer.newBuilder().seal(seal).organisation(aipia).build();
 * SealedCredential sealed = issuer.issue(IssuanceRequest.newBuilder()
 *     .holder(holder)
 *     .profile("ai-security-specialist")
 *     .committeeDecision("AIPIA technical committee", LocalDate.of(2026, 11, 20))
 *     .build());
 * }</pre>
 *
 * <p>Specifications: ETSI TS 119 182-1 (JAdES), RFC 7515/7797, W3C VC-JOSE-COSE.
 */
package io.sigillo.issuer;
