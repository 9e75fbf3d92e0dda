/**
 * JSON-LD as an attack surface, contained: pinned contexts and a strict expansion check.
 *
 * <p>{@link io.sigillo.jsonld.PinnedContexts} holds every context a reader may use, in memory and
 * pinned by SHA-256; nothing is fetched. {@link io.sigillo.jsonld.JsonLdValidator} expands a
 * document with titanium-json-ld over those contexts and reports unknown contexts, protected-term
 * redefinitions, undefined terms and non-IRI expansions as {@link io.sigillo.credential.FormatProblem}s.
 *
 * <pre>{@code
 * List<FormatProblem> problems = JsonLdValidator.newBuilder().build().validate(document);
 * }</pre>
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
