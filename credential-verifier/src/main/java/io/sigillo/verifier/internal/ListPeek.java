package io.sigillo.verifier.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillo.json.StrictJson;
import io.sigillo.json.StrictJsonException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads, without verifying anything, the {@code id} and {@code ttl} of a sealed status list
 * credential: what a resolver needs to file and cache it. The verifier checks the list properly
 * before it uses it.
 *
 * @param id the list credential's {@code id}, if readable
 * @param ttl its {@code credentialSubject.ttl}, if present
 */
public record ListPeek(Optional<URI> id, Optional<Duration> ttl) {
  private static final EnvelopeParser PARSER = new EnvelopeParser(StrictJson.standard());

  /**
   * Peeks into a sealed (or bare) list credential.
   *
   * @param sealed the bytes
   * @return what could be read; empty values if nothing could
   */
  public static ListPeek of(byte[] sealed) {
    try {
      JsonNode doc = StrictJson.standard().parse(PARSER.parse(sealed).payload());
      Optional<URI> id = Optional.empty();
      if (doc.path("id").isTextual()) {
        try {
          id = Optional.of(new URI(doc.get("id").asText()));
        } catch (java.net.URISyntaxException e) {
          id = Optional.empty();
        }
      }
      JsonNode ttl = doc.path("credentialSubject").path("ttl");
      return new ListPeek(id, ttl.isIntegralNumber() && ttl.asLong() > 0
          ? Optional.of(Duration.ofMillis(ttl.asLong())) : Optional.empty());
    } catch (EnvelopeException | StrictJsonException e) {
      return new ListPeek(Optional.empty(), Optional.empty());
    }
  }
}
