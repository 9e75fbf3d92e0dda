/**
 * Implementation of {@code io.sigillo.jsonld}: titanium-json-ld expansion with a cache of
 * processed contexts, a per-call time limit, and RDFC-1.0 canonicalization with titanium-rdfc.
 * Not part of the public API.
 */
package io.sigillo.jsonld.internal;
