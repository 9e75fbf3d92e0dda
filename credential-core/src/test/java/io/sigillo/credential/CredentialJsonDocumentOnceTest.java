package io.sigillo.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@link CredentialJson#toBytes} writes a credential's document once and hands out copies. */
class CredentialJsonDocumentOnceTest {
  private static final Instant FROM = Instant.parse("2026-06-01T09:00:00Z");

  @Test
  void toBytes_calledTwice_returnsTheSameBytesInFreshArrays() {
    EdcCredential c = SampleCredentials.credential(FROM);

    byte[] first = CredentialJson.toBytes(c);
    byte[] second = CredentialJson.toBytes(c);

    assertThat(second).isEqualTo(first).isNotSameAs(first);
  }

  @Test
  void toBytes_afterTheCallerChangedAnEarlyCopy_returnsTheUnchangedDocument() {
    EdcCredential c = SampleCredentials.credential(FROM);
    byte[] first = CredentialJson.toBytes(c);
    byte[] expected = first.clone();

    Arrays.fill(first, (byte) 'x');

    assertThat(CredentialJson.toBytes(c)).isEqualTo(expected);
  }

  @Test
  void toBytes_ofAnEqualCredentialBuiltAgain_isTheSameAsTheFirstWrite() {
    EdcCredential c = SampleCredentials.credential(FROM);
    byte[] written = CredentialJson.toBytes(c);

    assertThat(CredentialJson.toBytes(c.toBuilder().build())).isEqualTo(written);
    assertThat(CredentialJson.compact(CredentialJson.toJson(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(written);
  }

  @Test
  void toBytes_ofACredentialChangedThroughItsBuilder_writesTheNewContent() {
    EdcCredential c = SampleCredentials.credential(FROM);
    byte[] before = CredentialJson.toBytes(c);
    URI otherId = URI.create("urn:uuid:" + UUID.fromString("11111111-2222-4333-8444-555555555555"));

    EdcCredential changed = c.toBuilder().id(otherId).build();

    assertThat(new String(CredentialJson.toBytes(changed), java.nio.charset.StandardCharsets.UTF_8))
        .contains(otherId.toString()).doesNotContain(c.id().toString());
    assertThat(CredentialJson.toBytes(c)).isEqualTo(before);
  }

  @Test
  void toBytes_fromManyThreadsAtOnce_givesEveryThreadTheWholeDocument() throws Exception {
    EdcCredential c = SampleCredentials.credential(FROM);
    byte[] expected = CredentialJson.toBytes(c.toBuilder().build());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 50; round++) {
        EdcCredential fresh = c.toBuilder().build();
        java.util.List<Future<byte[]>> all = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
          all.add(pool.submit(() -> CredentialJson.toBytes(fresh)));
        }
        for (Future<byte[]> f : all) {
          assertThat(f.get()).isEqualTo(expected);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
