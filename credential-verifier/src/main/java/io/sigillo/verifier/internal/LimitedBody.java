package io.sigillo.verifier.internal;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * An HTTP body handler that collects at most {@code max} bytes: a larger {@code Content-Length}
 * or a body that grows past the limit cancels the download and fails with
 * {@link TooLarge}.
 */
public final class LimitedBody implements HttpResponse.BodyHandler<byte[]> {
  private final int max;

  /** The body exceeded the limit. */
  public static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }

  /**
   * Creates a handler.
   *
   * @param max the largest body accepted, in bytes
   */
  public LimitedBody(int max) {
    this.max = max;
  }

  @Override
  public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
    OptionalLong length = info.headers().firstValueAsLong("content-length");
    return new Subscriber(length.isPresent() && length.getAsLong() > max
        ? "Content-Length " + length.getAsLong() + " exceeds the limit of " + max + " bytes" : null);
  }

  private final class Subscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final String refusal;
    private byte[] buffer = new byte[8192];
    private int size;
    private Flow.Subscription subscription;

    Subscriber(String refusal) {
      this.refusal = refusal;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (refusal != null) {
        s.cancel();
        result.completeExceptionally(new TooLarge(refusal));
      } else {
        s.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : items) {
        int n = b.remaining();
        if ((long) size + n > max) {
          subscription.cancel();
          result.completeExceptionally(new TooLarge("the body exceeds the limit of " + max + " bytes"));
          return;
        }
        if (size + n > buffer.length) {
          buffer = java.util.Arrays.copyOf(buffer, Math.min(max, Math.max(buffer.length * 2, size + n)));
        }
        b.get(buffer, size, n);
        size += n;
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(java.util.Arrays.copyOf(buffer, size));
    }
  }
}
