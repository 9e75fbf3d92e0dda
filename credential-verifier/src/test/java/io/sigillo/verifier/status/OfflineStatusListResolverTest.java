package io.sigillo.verifier.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.status.StatusErrorCode;
import io.sigillo.status.StatusListException;
import io.sigillo.verifier.OfflineStatusListResolver;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OfflineStatusListResolverTest {
  @Test
  void add_sealedList_filedUnderItsOwnId() throws Exception {
    byte[] jwt = HttpStatusListResolverTest.jwtWithTtl(1000).getBytes(StandardCharsets.US_ASCII);
    OfflineStatusListResolver r = OfflineStatusListResolver.newBuilder().add(jwt).build();
    assertThat(r.urls()).containsExactly(URI.create("https://aipia.example/status/r1"));
    assertThat(r.resolve(URI.create("https://aipia.example/status/r1")).content()).isEqualTo(jwt);
  }

  @Test
  void resolve_unknownUrl_retrievalError() {
    OfflineStatusListResolver r = OfflineStatusListResolver.newBuilder().build();
    assertThatThrownBy(() -> r.resolve(URI.create("https://aipia.example/status/r9")))
        .isInstanceOfSatisfying(StatusListException.class,
            e -> assertThat(e.code()).isEqualTo(StatusErrorCode.STATUS_RETRIEVAL_ERROR));
  }

  @Test
  void add_bytesWithoutId_rejected() {
    assertThatThrownBy(() -> OfflineStatusListResolver.newBuilder().add("not a list".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
