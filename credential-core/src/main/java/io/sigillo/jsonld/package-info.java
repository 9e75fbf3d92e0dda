/**
 * JSON-LD as an attack surface, contained: pinned contexts, a strict expansion check and RDFC-1.0
 * canonicalization.
 *
 * <p>{@link io.sigillo.jsonld.PinnedContexts} holds every context a reader may use, in memory and
 * pinned by SHA-256; nothing is fetched. {@link io.sigillo.jsonld.JsonLdValidator} expands a
 * document with titanium-json-ld over those contexts and reports, with the offending path, unknown
 * contexts, protected-term redefinitions, undefined properties and types, terms that only a
 * {@code @vocab} defines, embedded contexts and identifiers that are not absolute IRIs, as
 * {@link io.sigillo.credential.FormatProblem}s. {@link io.sigillo.jsonld.RdfCanonicalizer} runs the
 * same check and then produces the RDFC-1.0 canonical N-Quads (titanium-rdfc) that Data Integrity
 * proofs sign.
 *
 * <pre>{@code
 * List<FormatProblem> problems = JsonLdValidator.newBuilder().build().validate(document);
 * String nquads = RdfCanonicalizer.newBuilder().build().canonicalize(document, RdfCanonicalizer.Hash.SHA_256);
 * }</pre>
 *
 * <h2>Processed contexts are cached</h2>
 *
 * <p>Processing the VC 2.0 base context is most of the cost of expanding a credential. Each
 * {@link io.sigillo.jsonld.PinnedContexts} instance keeps the processed form of every top-level
 * {@code @context} made of pinned URLs, so the second document with the same contexts does not pay
 * for them again; the output is identical to titanium's uncached pipeline.
 *
 * <h2>Why a Sigillo context</h2>
 *
 * <p>The VC 2.0 base context protects {@code description}; the European Learning Model's EDC
 * context redefines it as a language map, which a conforming JSON-LD 1.1 processor refuses. The
 * Sigillo EDC context ({@code https://w3id.org/sigillo/edc/v1}) maps the ELM terms this library
 * writes to the same IRIs as the ELM context, and redefines {@code description} only inside
 * property-scoped contexts ({@code displayParameter}, {@code specifiedBy}), where JSON-LD 1.1
 * allows a protected term to be overridden.
 */
package io.sigillo.jsonld;
