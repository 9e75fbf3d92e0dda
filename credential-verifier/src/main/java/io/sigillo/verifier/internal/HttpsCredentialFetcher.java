package io.sigillo.verifier.internal;

import io.sigillo.verifier.CredentialFetcher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;

/**
 * The built-in {@link CredentialFetcher}: https only, no redirects, status 200 only, the body
 * bounded while it streams, the whole exchange bounded in time. Thread-safe; the HTTP client is
 * made on first use.
 */
public final class HttpsCredentialFetcher implements CredentialFetcher {
  private static final String ACCEPT = "application/jose+json, application/vc+jwt;q=0.9";

  private final SSLContext tls;
  private volatile HttpClient client;

  /**
   * Creates a fetcher.
   *
   * @param tls the TLS context, or null for the JDK default
   */
  public HttpsCredentialFetcher(SSLContext tls) {
    this.tls = tls;
  }

  @Override
  public byte[] fetch(URI link, int maxBytes, Duration timeout) throws IOException {
    if (!"https".equals(link.getScheme())) {
      throw new IOException("only https links are fetched");
    }
    HttpRequest request = HttpRequest.newBuilder(link).GET().timeout(timeout)
        .header("Accept", ACCEPT).build();
    CompletableFuture<HttpResponse<byte[]>> future = client(timeout).sendAsync(request,
        info -> info.statusCode() == 200 ? new BoundedBody(maxBytes)
            : HttpResponse.BodySubscribers.<byte[]>replacing(null));
    HttpResponse<byte[]> response;
    try {
      response = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new IOException("no complete response within " + timeout.toMillis() + " ms");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while fetching");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof HttpTimeoutException) {
        // the client's own request timeout fired first: the same bound, the same message
        throw new IOException("no complete response within " + timeout.toMillis() + " ms");
      }
      throw new IOException(c instanceof TooLarge ? c.getMessage()
          : "the request failed: " + c.getClass().getSimpleName());
    }
    if (response.statusCode() != 200) {
      throw new IOException("the server answered HTTP " + response.statusCode());
    }
    return response.body();
  }

  private HttpClient client(Duration timeout) {
    HttpClient c = client;
    if (c == null) {
      synchronized (this) {
        if (client == null) {
          HttpClient.Builder b = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(timeout);
          if (tls != null) {
            b.sslContext(tls);
          }
          client = b.build();
        }
        c = client;
      }
    }
    return c;
  }

  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }

  /** Collects the body and gives up as soon as it exceeds the bound. */
  private static final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final int max;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    BoundedBody(int max) {
      this.max = max;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : items) {
        if ((long) out.size() + b.remaining() > max) {
          subscription.cancel();
          result.completeExceptionally(new TooLarge("the response exceeds " + max + " bytes"));
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        out.writeBytes(chunk);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }
  }
}
