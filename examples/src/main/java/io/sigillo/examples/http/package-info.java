/**
 * An HTTP issuance endpoint for HR systems that push instead of export (JDK
 * {@link com.sun.net.httpserver.HttpServer}, no other dependency):
 * {@link io.sigillo.examples.http.IssuanceServer} takes one holder's route input as JSON (the
 * field names of batch issuance) and answers with the sealed credential, idempotent on HR id,
 * profile and cycle; {@link io.sigillo.examples.http.ApiKeys} authenticates the callers by API
 * keys stored as SHA-256 digests, each naming the actor recorded in the route's audit trail.
 * Errors are RFC 9457 problem documents with stable reason codes.
 */
package io.sigillo.examples.http;
