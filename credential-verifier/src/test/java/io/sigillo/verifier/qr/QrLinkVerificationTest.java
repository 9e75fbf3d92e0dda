package io.sigillo.verifier.qr;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.qr.QrCode;
import io.sigillo.qr.QrLink;
import io.sigillo.verifier.CheckId;
import io.sigillo.verifier.CredentialFetcher;
import io.sigillo.verifier.CredentialSource;
import io.sigillo.verifier.Indication;
import io.sigillo.verifier.Outcome;
import io.sigillo.verifier.ReasonCode;
import io.sigillo.verifier.VerificationPolicy;
import io.sigillo.verifier.VerificationReport;
import io.sigillo.verifier.Verifier;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QrLinkVerificationTest {
  static final URI BASE = URI.create("https://verify.aipia.example/credentials");
  static TestPki pki;
  static SealedCredential sealed;
  static SealedCredential other;
  static QrLink link;

  @BeforeAll
  static void issue() throws Exception {
    pki = QrCredentials.pki();
    sealed = QrCredentials.issue(pki);
    other = QrCredentials.issue(pki, 77);
    link = QrLink.of(BASE, sealed.credential().id().toString(), sealed.document());
  }

  /** An in-memory fetcher: serves the given body for the link and records every call. */
  static final class Recording implements CredentialFetcher {
    final List<URI> calls = new ArrayList<>();
    final Map<URI, byte[]> bodies;

    Recording(Map<URI, byte[]> bodies) {
      this.bodies = bodies;
    }

    @Override
    public byte[] fetch(URI uri, int maxBytes, Duration timeout) throws IOException {
      calls.add(uri);
      byte[] body = bodies.get(uri);
      if (body == null) {
        throw new IOException("HTTP 404");
      }
      return body;
    }
  }

  static VerificationPolicy.Builder policy() {
    return QrCredentials.policy(pki);
  }

  @Test
  void verify_linkWithDefaultPolicy_indeterminateAndNothingFetched() {
    Recording fetcher = new Recording(Map.of(link.uri(), sealed.formBytes(io.sigillo.seal.SecuringForm.JADES)));
    VerificationReport r = Verifier.create(policy().linkFetcher(fetcher).build()).verify(link.toString());
    assertThat(r.indication()).isEqualTo(Indication.INDETERMINATE);
    assertThat(r.check(CheckId.FORMAT).outcome()).isEqualTo(Outcome.INDETERMINATE);
    assertThat(r.check(CheckId.FORMAT).reason()).isEqualTo(ReasonCode.LINK_FETCH_DISABLED);
    assertThat(r.source()).isEqualTo(CredentialSource.QR_LINK);
    assertThat(r.sourceDetails()).containsEntry("host", "verify.aipia.example")
        .containsEntry("credentialId", sealed.credential().id().toString());
    assertThat(fetcher.calls).isEmpty();
  }

  @Test
  void verify_linkToHostNotOnAllowList_indeterminateAndNothingFetched() {
    Recording fetcher = new Recording(Map.of());
    VerificationReport r = Verifier.create(policy().allowLinkFetching(List.of("verify.other.example"))
        .linkFetcher(fetcher).build()).verify(link.toString());
    assertThat(r.check(CheckId.FORMAT).reason()).isEqualTo(ReasonCode.LINK_HOST_NOT_ALLOWED);
    assertThat(r.isValid()).isFalse();
    assertThat(fetcher.calls).isEmpty();
  }

  @Test
  void verify_linkFetchedFromAllowedHost_sameReportAsTheFile() {
    Recording fetcher = new Recording(Map.of(link.uri(), sealed.jades().getBytes(StandardCharsets.UTF_8)));
    Verifier v = Verifier.create(policy().allowLinkFetching(List.of("Verify.AIPIA.example")).linkFetcher(fetcher).build());
    VerificationReport r = v.verify(link.toString());
    VerificationReport file = v.verify(sealed.jades());
    assertThat(r.indication()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(r.checks()).isEqualTo(file.checks());
    assertThat(r.source()).isEqualTo(CredentialSource.QR_LINK);
    assertThat(r.sourceDetails()).containsEntry("link", link.toString()).containsKey("fetchedBytes");
    assertThat(r.toJson().get("source").asText()).isEqualTo("QR_LINK");
    assertThat(fetcher.calls).containsExactly(link.uri());
  }

  @Test
  void verify_linkQrImage_fetchesAndPasses() {
    Recording fetcher = new Recording(Map.of(link.uri(), sealed.vcJwt().getBytes(StandardCharsets.US_ASCII)));
    Verifier v = Verifier.create(policy().allowLinkFetching(List.of("verify.aipia.example")).linkFetcher(fetcher).build());
    VerificationReport r = v.verify(QrCode.encode(link.toString()).toPng(4, 4));
    assertThat(r.indication()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(r.source()).isEqualTo(CredentialSource.QR_LINK);
    assertThat(r.sourceDetails()).containsEntry("image", "png");
  }

  @Test
  void verify_linkServingAnotherCredential_linkDigestMismatch() {
    Recording fetcher = new Recording(Map.of(link.uri(), other.jades().getBytes(StandardCharsets.UTF_8)));
    VerificationReport r = Verifier.create(policy().allowLinkFetching(List.of("verify.aipia.example"))
        .linkFetcher(fetcher).build()).verify(link.toString());
    assertThat(r.indication()).isEqualTo(Indication.TOTAL_FAILED);
    assertThat(r.check(CheckId.FORMAT).reason()).isEqualTo(ReasonCode.LINK_DIGEST_MISMATCH);
    assertThat(r.verifiedCredential()).isEmpty();
  }

  @Test
  void verify_linkNamingAnotherIdButTheRightDigest_linkIdMismatch() {
    QrLink wrongId = QrLink.of(BASE, "urn:uuid:00000000-0000-4000-8000-000000000001", sealed.document());
    Recording fetcher = new Recording(Map.of(wrongId.uri(), sealed.jades().getBytes(StandardCharsets.UTF_8)));
    VerificationReport r = Verifier.create(policy().allowLinkFetching(List.of("verify.aipia.example"))
        .linkFetcher(fetcher).build()).verify(wrongId.toString());
    assertThat(r.check(CheckId.FORMAT).reason()).isEqualTo(ReasonCode.LINK_ID_MISMATCH);
    assertThat(r.indication()).isEqualTo(Indication.TOTAL_FAILED);
  }

  @Test
  void verify_fetcherFails_linkFetchFailed() {
    VerificationReport r = Verifier.create(policy().allowLinkFetching(List.of("verify.aipia.example"))
        .linkFetcher(new Recording(Map.of())).build()).verify(link.toString());
    assertThat(r.check(CheckId.FORMAT).reason()).isEqualTo(ReasonCode.LINK_FETCH_FAILED);
    assertThat(r.check(CheckId.FORMAT).message()).contains("HTTP 404");
    assertThat(r.indication()).isEqualTo(Indication.INDETERMINATE);
  }

  @Test
  void verify_fetcherIgnoringTheBound_linkFetchFailed() {
    Recording fetcher = new Recording(Map.of(link.uri(), new byte[2048]));
    VerificationReport r = Verifier.create(policy().allowLinkFetching(List.of("verify.aipia.example"))
        .jsonLimits(io.sigillo.json.JsonLimits.DEFAULT.withMaxBytes(1024)).linkFetcher(fetcher).build())
        .verify(link.toString());
    assertThat(r.check(CheckId.FORMAT).reason()).isEqualTo(ReasonCode.LINK_FETCH_FAILED);
    assertThat(r.check(CheckId.FORMAT).message()).contains("exceeds the limit");
  }

  @Test
  void verify_httpLinkOrBrokenGrammar_linkInvalid() {
    VerificationReport r = Verifier.create(policy().build()).verify("https://verify.aipia.example/c?sgl=L1&id=x");
    assertThat(r.check(CheckId.FORMAT).reason()).isEqualTo(ReasonCode.LINK_INVALID);
    assertThat(r.indication()).isEqualTo(Indication.TOTAL_FAILED);
    VerificationReport plain = Verifier.create(policy().build()).verify("https://verify.aipia.example/");
    assertThat(plain.check(CheckId.FORMAT).reason()).isEqualTo(ReasonCode.LINK_INVALID);
  }

  @Test
  void policy_linkHostNotAHostName_refused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> VerificationPolicy.newBuilder().allowLinkFetching(List.of("https://verify.example")))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> VerificationPolicy.newBuilder().linkTimeout(Duration.ofMinutes(5)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void verify_linkOverLoopbackHttps_builtInFetcherPassesAndSendsAccept() throws Exception {
    List<String> accepts = new ArrayList<>();
    byte[] body = sealed.jades().getBytes(StandardCharsets.UTF_8);
    try (LoopbackHttps server = new LoopbackHttps((path, headers) -> {
      accepts.add(headers.get("accept"));
      return new LoopbackHttps.Response(200, Map.of("Content-Type", "application/jose+json"), body, 0);
    })) {
      QrLink local = QrLink.of(URI.create("https://localhost:" + server.port() + "/v"),
          sealed.credential().id().toString(), sealed.document());
      Verifier v = Verifier.create(policy().allowLinkFetching(List.of("localhost:" + server.port()))
          .linkFetcher(CredentialFetcher.https(server.clientTls())).build());
      VerificationReport r = v.verify(local.toString());
      assertThat(r.indication()).isEqualTo(Indication.TOTAL_PASSED);
      assertThat(r.source()).isEqualTo(CredentialSource.QR_LINK);
      assertThat(accepts).containsExactly("application/jose+json, application/vc+jwt;q=0.9");
    }
  }

  @Test
  void verify_loopbackRedirectSlowOrOversized_builtInFetcherRefuses() throws Exception {
    byte[] jades = sealed.jades().getBytes(StandardCharsets.UTF_8);
    try (LoopbackHttps server = new LoopbackHttps((path, headers) -> switch (path) {
      case "/redirect" -> new LoopbackHttps.Response(302, Map.of("Location", "https://elsewhere.example/"), new byte[0], 0);
      case "/slow" -> new LoopbackHttps.Response(200, Map.of(), jades, 6000);
      case "/big" -> new LoopbackHttps.Response(200, Map.of(), new byte[64 << 10], 0);
      default -> new LoopbackHttps.Response(200, Map.of(), jades, 0);
    })) {
      CredentialFetcher fetcher = CredentialFetcher.https(server.clientTls());
      VerificationPolicy.Builder allowed = policy().allowLinkFetching(List.of("localhost:" + server.port()))
          .jsonLimits(io.sigillo.json.JsonLimits.DEFAULT.withMaxBytes(16 << 10)).linkFetcher(fetcher);
      QrLink warmUp = QrLink.of(URI.create("https://localhost:" + server.port() + "/ok"),
          sealed.credential().id().toString(), sealed.document());
      assertThat(Verifier.create(allowed.linkTimeout(Duration.ofSeconds(30)).build()).verify(warmUp.toString())
          .indication()).isEqualTo(Indication.TOTAL_PASSED);
      Verifier v = Verifier.create(allowed.linkTimeout(Duration.ofMillis(2500)).build());
      Map<String, String> expected = new java.util.LinkedHashMap<>();
      expected.put("/redirect", "HTTP 302");
      expected.put("/big", "exceeds 16384 bytes");
      expected.put("/slow", "within 2500 ms");
      for (Map.Entry<String, String> e : expected.entrySet()) {
        QrLink l = QrLink.of(URI.create("https://localhost:" + server.port() + e.getKey()),
            sealed.credential().id().toString(), sealed.document());
        VerificationReport r = v.verify(l.toString());
        assertThat(r.check(CheckId.FORMAT).reason()).as(e.getKey()).isEqualTo(ReasonCode.LINK_FETCH_FAILED);
        assertThat(r.check(CheckId.FORMAT).message()).as(e.getKey()).contains(e.getValue());
        assertThat(r.indication()).as(e.getKey()).isEqualTo(Indication.INDETERMINATE);
      }
    }
  }
}
