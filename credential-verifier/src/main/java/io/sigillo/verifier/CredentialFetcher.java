package io.sigillo.verifier;

import io.sigillo.verifier.internal.HttpsCredentialFetcher;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Fetches the sealed credential a QR verification link points to. The verifier calls it only for
 * https links whose host is on the policy's allow-list ({@link VerificationPolicy.Builder#allowLinkFetching});
 * nothing is fetched by default. Implementations must honour the size and time bounds and must not
 * follow redirects to other hosts.
 */
@FunctionalInterface
public interface CredentialFetcher {
  /**
   * Fetches the sealed credential.
   *
   * @param link the verification link (https, host already allowed)
   * @param maxBytes the largest acceptable response body
   * @param timeout the time the whole exchange may take
   * @return the response body: a JAdES JSON seal or a compact {@code vc+jwt}
   * @throws IOException if it cannot be fetched within the bounds; the message is shown in the
   *     report
   */
  byte[] fetch(URI link, int maxBytes, Duration timeout) throws IOException;

  /**
   * The built-in fetcher: {@link java.net.http.HttpClient} over https with the JDK's default
   * trust store, an {@code Accept} header asking for {@code application/jose+json} or
   * {@code application/vc+jwt}, no redirects, status 200 only, the body bounded while it streams
   * and the whole exchange bounded in time.
   *
   * @return the fetcher
   */
  static CredentialFetcher https() {
    return new HttpsCredentialFetcher(null);
  }

  /**
   * The built-in fetcher with another TLS configuration (for example a private trust store).
   *
   * @param tls the TLS context
   * @return the fetcher
   */
  static CredentialFetcher https(SSLContext tls) {
    return new HttpsCredentialFetcher(Objects.requireNonNull(tls, "tls"));
  }
}
