package io.sigillo.examples.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.sigillo.issuer.SealedCredential;
import io.sigillo.qr.OfflineQr;
import io.sigillo.qr.QrCode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's one handler: routes a request through the checks in order (path, method, API key,
 * media types, issuance slot, size, body), hands it to the {@link CredentialEndpoint} and writes
 * the credential in the negotiated form, or a {@link Problem}. Thread-safe.
 */
final class RequestHandler implements HttpHandler {
  static final String COLLECTION = "/v1/credentials";
  private static final Pattern ITEM = Pattern.compile("/v1/credentials/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}"
      + "-[0-9a-f]{4}-[0-9a-f]{12})");
  private static final System.Logger LOG = System.getLogger("io.sigillo.examples.http");

  private final ApiKeys keys;
  private final CredentialEndpoint endpoint;
  private final BodyReader bodies;
  private final Semaphore slots;
  private final boolean qr;
  private final int qrModuleSize;

  RequestHandler(ApiKeys keys, CredentialEndpoint endpoint, BodyReader bodies, int concurrency, boolean qr,
      int qrModuleSize) {
    this.keys = keys;
    this.endpoint = endpoint;
    this.bodies = bodies;
    this.slots = new Semaphore(concurrency);
    this.qr = qr;
    this.qrModuleSize = qrModuleSize;
  }

  @Override
  public void handle(HttpExchange x) {
    long start = System.nanoTime();
    int status = 0;
    String actor = "-";
    try (x) {
      try {
        Exchange ex = new Exchange(x);
        actor = ex.serve();
        status = x.getResponseCode();
      } catch (Problem p) {
        status = p.status();
        sendProblem(x, p);
      } catch (BodyReader.TimedOut e) {
        status = 408;
        LOG.log(System.Logger.Level.INFO, "{0} {1}: {2}", x.getRequestMethod(), x.getRequestURI().getRawPath(),
            e.getMessage());
      } catch (RuntimeException e) {
        status = 500;
        LOG.log(System.Logger.Level.ERROR, "unexpected failure on " + x.getRequestMethod() + " "
            + x.getRequestURI().getRawPath(), e);
        sendProblem(x, new Problem(500, "INTERNAL_ERROR", "Internal server error", "the request failed"
            + " unexpectedly; nothing more is disclosed here, see the server log"));
      }
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, "connection failed: {0}", e.toString());
    } finally {
      LOG.log(System.Logger.Level.DEBUG, "{0} {1} -> {2} ({3}, {4} ms)", x.getRequestMethod(),
          x.getRequestURI().getRawPath(), status, actor, (System.nanoTime() - start) / 1_000_000);
    }
  }

  /** One request through the checks, in order: path, method, key, media types, slot, size, body. */
  private final class Exchange {
    private final HttpExchange x;

    Exchange(HttpExchange x) {
      this.x = x;
    }

    /** Serves the request; returns the actor. */
    String serve() throws Problem, IOException {
      String path = x.getRequestURI().getRawPath();
      String method = x.getRequestMethod();
      Matcher item = ITEM.matcher(path);
      boolean collection = path.equals(COLLECTION);
      if (!collection && !item.matches()) {
        throw new Problem(404, "NOT_FOUND", "Not found", "no resource at this path; POST credentials to "
            + COLLECTION);
      }
      String allowed = collection ? "POST" : "GET";
      if (!method.equals(allowed)) {
        throw new Problem(405, "METHOD_NOT_ALLOWED", "Method not allowed", method + " is not allowed here; use "
            + allowed).header("Allow", allowed);
      }
      String actor = authenticate();
      if (collection) {
        requireJson();
      }
      Representation rep = Representation.negotiate(x.getRequestHeaders().getFirst("Accept"), qr);
      if (!slots.tryAcquire()) {
        throw new Problem(503, "BUSY", "Service unavailable", "all issuance slots are busy; try again")
            .header("Retry-After", "1");
      }
      try {
        CredentialEndpoint.Result result;
        if (collection) {
          bodies.checkDeclaredLength(x);
          byte[] body;
          try (BodyReader.Deadline d = bodies.deadline()) {
            try {
              body = bodies.read(x);
            } catch (IOException e) {
              throw d.expired() ? d.timedOut() : e;
            }
          }
          result = endpoint.post(body, actor, "POST " + COLLECTION + " by " + actor);
        } else {
          result = endpoint.get(UUID.fromString(item.group(1)));
        }
        send(result, rep);
      } finally {
        slots.release();
      }
      return actor;
    }

    private String authenticate() throws Problem {
      Headers h = x.getRequestHeaders();
      String presented = h.getFirst("X-API-Key");
      String authorization = h.getFirst("Authorization");
      if (presented == null && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
        presented = authorization.substring(7).strip();
      }
      if (presented == null) {
        throw new Problem(401, "UNAUTHENTICATED", "Unauthorized", "an API key is required: Authorization: Bearer"
            + " <key> or X-API-Key: <key>").header("WWW-Authenticate", "Bearer realm=\"sigillo-issuance\"");
      }
      return keys.actorOf(presented).orElseThrow(() -> new Problem(401, "INVALID_API_KEY", "Unauthorized",
          "the API key is not valid").header("WWW-Authenticate",
              "Bearer realm=\"sigillo-issuance\", error=\"invalid_token\""));
    }

    private void requireJson() throws Problem {
      String type = x.getRequestHeaders().getFirst("Content-Type");
      String[] parts = type == null ? new String[] {""} : type.split(";");
      boolean json = parts[0].strip().equalsIgnoreCase("application/json");
      for (int i = 1; i < parts.length && json; i++) {
        String p = parts[i].strip().toLowerCase(Locale.ROOT).replace("\"", "");
        json = !p.startsWith("charset=") || p.equals("charset=utf-8");
      }
      if (!json) {
        throw new Problem(415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported media type", "the body must be"
            + " application/json (UTF-8); got " + (type == null ? "no Content-Type" : "'" + abbreviate(type) + "'"))
            .header("Accept-Post", "application/json");
      }
    }

    private void send(CredentialEndpoint.Result result, Representation rep) throws IOException {
      SealedCredential sealed = result.sealed();
      byte[] body;
      switch (rep.kind()) {
        case VC_JWT:
          body = sealed.vcJwt().getBytes(StandardCharsets.US_ASCII);
          break;
        case JSON_LD:
          body = sealed.document();
          break;
        case QR_PNG:
          body = QrCode.encode(OfflineQr.encode(sealed.jadesQr().orElseThrow(() -> new IllegalStateException(
              "QR codes are offered but the route's issuer does not seal for them: build it with qrSeal(true)"))))
              .toPng(qrModuleSize, 4);
          break;
        default:
          body = sealed.jades().getBytes(StandardCharsets.UTF_8);
      }
      String id = sealed.credential().id().toString();
      String location = COLLECTION + "/" + id.substring(id.lastIndexOf(':') + 1);
      Headers h = x.getResponseHeaders();
      h.set("Content-Type", rep.mediaType());
      if (result.status() == 201) {
        h.set("Location", location);
      }
      h.set("Content-Location", location);
      h.set("Sigillo-Credential-Id", id);
      h.set("Vary", "Accept");
      h.set("Cache-Control", "no-store");
      h.set("X-Content-Type-Options", "nosniff");
      x.sendResponseHeaders(result.status(), body.length);
      try (OutputStream out = x.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private void sendProblem(HttpExchange x, Problem p) throws IOException {
    byte[] body = p.body();
    Headers h = x.getResponseHeaders();
    h.clear();
    p.headers().forEach(h::set);
    h.set("Content-Type", Problem.MEDIA_TYPE);
    h.set("Cache-Control", "no-store");
    h.set("X-Content-Type-Options", "nosniff");
    // an unread body is drained by the JDK server when the exchange closes: bound that by the deadline
    try (BodyReader.Deadline d = bodies.deadline()) {
      x.sendResponseHeaders(p.status(), body.length);
      try (OutputStream out = x.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static String abbreviate(String s) {
    String clean = s.replaceAll("\\p{Cntrl}", "?");
    return clean.length() <= 60 ? clean : clean.substring(0, 57) + "...";
  }
}
