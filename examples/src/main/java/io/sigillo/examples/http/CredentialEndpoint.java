package io.sigillo.examples.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillo.credential.EdcCredential;
import io.sigillo.examples.http.Problem.FieldProblem;
import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.batch.ColumnMapping;
import io.sigillo.issuer.batch.RowParser;
import io.sigillo.issuer.batch.RowProblem;
import io.sigillo.issuer.route.CertificationRoute;
import io.sigillo.issuer.route.HrKey;
import io.sigillo.issuer.route.Reservation;
import io.sigillo.issuer.route.RouteException;
import io.sigillo.issuer.route.RouteInput;
import io.sigillo.json.JsonLimits;
import io.sigillo.json.StrictJson;
import io.sigillo.json.StrictJsonException;
import io.sigillo.profile.ProfileCatalogue;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What {@code /v1/credentials} does: a JSON object with the fields of a batch row (the canonical
 * names of {@link ColumnMapping#canonical()}, nested or dotted) is validated by the batch's
 * {@link RowParser} and recorded by {@link CertificationRoute#prepareAll}, so that validation and
 * idempotency on HR id, profile and cycle are those of batch issuance; then the credential is
 * sealed and its delivery confirmed. Requests for the same HR key are handled one at a time in
 * this process; across processes, a conflict in the store is retried once, and then finds the
 * other's credential. Thread-safe.
 */
final class CredentialEndpoint {
  private static final Set<String> REASONS = Arrays.stream(RouteException.Reason.values()).map(Enum::name)
      .collect(Collectors.toUnmodifiableSet());
  private static final ColumnMapping CANONICAL = ColumnMapping.canonical();
  private static final Set<String> FIELDS = CANONICAL.columns();

  /** A sealed credential and the status to answer with (201 issued now, 200 issued before). */
  record Result(int status, SealedCredential sealed) {}

  private final CertificationRoute route;
  private final RowParser parser;
  private final StrictJson json;
  private final ReentrantLock[] locks = new ReentrantLock[64];

  CredentialEndpoint(CertificationRoute route, ProfileCatalogue catalogue, Supplier<UUID> holderIds, int maxBytes) {
    this.route = route;
    this.parser = new RowParser(CANONICAL, route, catalogue, holderIds);
    this.json = StrictJson.withLimits(JsonLimits.DEFAULT.withMaxBytes(maxBytes).withMaxDepth(8));
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  /**
   * Issues, or returns what was issued for the same HR key.
   *
   * @param body the request body
   * @param actor who asks, recorded with every step
   * @param source where the input came from, recorded with it
   * @throws Problem 400 invalid input, 409 HR key used with other data, 422 route refusal, 503
   *     store unavailable, 500 sealing failed
   */
  Result post(byte[] body, String actor, String source) throws Problem {
    RouteInput input = parse(body);
    ReentrantLock lock = locks[Math.floorMod(input.key().hashCode(), locks.length)];
    lock.lock();
    try {
      Reservation r;
      try {
        r = prepare(input, actor, source);
      } catch (RouteException e) {
        if (e.reason() != RouteException.Reason.STORE_UNAVAILABLE) {
          throw e;
        }
        r = prepare(input, actor, source); // another process recorded the same key meanwhile
      }
      return deliver(input.key(), r, actor);
    } catch (RouteException e) {
      throw refusal(e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * A credential issued earlier, sealed again (same id and content).
   *
   * @param id the credential's UUID
   * @throws Problem 404 if no credential with that id was issued through the route
   */
  Result get(UUID id) throws Problem {
    URI uri = URI.create("urn:uuid:" + id);
    try {
      EdcCredential c = route.store().credential(uri).orElseThrow(() -> new Problem(404, "UNKNOWN_CREDENTIAL",
          "Not found", "no credential " + uri + " was issued here"));
      return new Result(200, route.seal(c));
    } catch (RouteException e) {
      throw refusal(e);
    }
  }

  private Reservation prepare(RouteInput input, String actor, String source) throws RouteException {
    return route.prepareAll(List.of(input), List.of(source), actor).get(0);
  }

  private Result deliver(HrKey key, Reservation r, String actor) throws RouteException, Problem {
    switch (r.kind()) {
      case NEW:
      case RESUMED:
        EdcCredential c = r.credential().orElseThrow();
        SealedCredential sealed = route.seal(c);
        route.delivered(r.applicationId().orElseThrow(), c.id(), actor);
        if (!r.sameInput()) {
          throw otherData(key, c.id());
        }
        return new Result(r.kind() == Reservation.Kind.NEW ? 201 : 200, sealed);
      case ALREADY_ISSUED:
        URI id = r.credentialId().orElseThrow();
        if (!r.sameInput()) {
          throw otherData(key, id);
        }
        EdcCredential stored = route.store().credential(id).orElseThrow(() -> new RouteException(
            RouteException.Reason.UNKNOWN_CREDENTIAL, null, "the store has no document for " + id, null));
        return new Result(200, route.seal(stored));
      case KEY_IN_USE:
        throw new Problem(409, "KEY_IN_USE", "Conflict", "HR key " + key + " belongs to application "
            + r.applicationId().orElse("") + ", opened by hand and not issued yet");
      default:
        throw new IllegalStateException("one input cannot repeat its own key");
    }
  }

  private static Problem otherData(HrKey key, URI id) {
    return new Problem(409, "ALREADY_ISSUED_WITH_OTHER_DATA", "Conflict", "HR key " + key + " was issued before ("
        + id + ") from other data; not issued again: revoke it and use a new cycle to correct it");
  }

  private static Problem refusal(RouteException e) {
    switch (e.reason()) {
      case STORE_UNAVAILABLE:
        return new Problem(503, e.reason().name(), "Service unavailable", "the store is unavailable; nothing was"
            + " recorded, try again").header("Retry-After", "5");
      case DUPLICATE_KEY:
        return new Problem(409, e.reason().name(), "Conflict", e.getMessage());
      case ISSUANCE_FAILED:
      case UNKNOWN_CREDENTIAL:
        return new Problem(500, e.reason().name(), "Issuance failed", "the credential could not be sealed or read;"
            + " it is recorded and the same request completes it later");
      default:
        return new Problem(422, e.reason().name(), "Refused by the issuing route", e.getMessage(),
            List.of(new FieldProblem(e.field().orElse(""), e.reason().name(), e.getMessage())));
    }
  }

  /** The route input of a body, or every problem found in it. */
  RouteInput parse(byte[] body) throws Problem {
    JsonNode root;
    try {
      root = json.parse(body);
    } catch (StrictJsonException e) {
      throw new Problem(400, "MALFORMED_JSON", "Bad request", "the body is not strict JSON: " + e.code() + " "
          + e.getMessage());
    }
    if (!root.isObject()) {
      throw new Problem(400, "MALFORMED_JSON", "Bad request", "the body must be one JSON object");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    List<FieldProblem> problems = new ArrayList<>();
    flatten("", root, values, problems);
    if (!problems.isEmpty()) {
      throw invalid(problems);
    }
    RowParser.Parsed p = parser.parse(1, 1, values);
    if (p.input().isPresent()) {
      return p.input().get();
    }
    List<FieldProblem> found = new ArrayList<>();
    String refusal = null;
    for (RowProblem rp : p.problems()) {
      found.add(new FieldProblem(rp.column(), rp.code(), rp.message()));
      if (REASONS.contains(rp.code())) {
        refusal = rp.code();
      }
    }
    if (refusal != null) {
      throw new Problem(422, refusal, "Refused by the issuing route", p.problems().get(0).message(), found);
    }
    throw invalid(found);
  }

  private static Problem invalid(List<FieldProblem> problems) {
    return new Problem(400, "INVALID_REQUEST", "Bad request", problems.size() == 1 ? problems.get(0).message()
        : problems.size() + " problems with the request's fields", problems);
  }

  private static void flatten(String prefix, JsonNode node, Map<String, Object> out, List<FieldProblem> problems) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = prefix + e.getKey();
      JsonNode v = e.getValue();
      if (v.isObject()) {
        flatten(name + ".", v, out, problems);
        continue;
      }
      if (!FIELDS.contains(name)) {
        problems.add(new FieldProblem(name, "UNKNOWN_FIELD", name + ": not a field of the route input"));
        continue;
      }
      if (out.containsKey(name)) {
        problems.add(new FieldProblem(name, "DUPLICATE_FIELD", name + ": given twice (nested and dotted)"));
        continue;
      }
      if (v.isNull()) {
        out.put(name, null);
      } else if (v.isArray()) {
        List<String> list = new ArrayList<>();
        for (JsonNode item : v) {
          if (!item.isTextual()) {
            problems.add(new FieldProblem(name, "INVALID_VALUE", name + ": must be an array of strings"));
            break;
          }
          list.add(item.asText());
        }
        out.put(name, List.copyOf(list));
      } else if (v.isTextual() || v.isBoolean()) {
        out.put(name, v.asText());
      } else {
        problems.add(new FieldProblem(name, "INVALID_VALUE", name + ": must be a string"
            + (name.endsWith(".active") || name.endsWith(".passed") ? " or a boolean" : "")));
      }
    }
  }
}
