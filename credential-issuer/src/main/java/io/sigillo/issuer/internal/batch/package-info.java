/**
 * Implementation of batch issuance: the RFC 4180 and JSON Lines readers, the mapping's field
 * names, safe CSV output and the output folder layout. Not an API: classes here may change at any
 * time.
 */
package io.sigillo.issuer.internal.batch;
