package io.sigillo.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.credential.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PinnedContextsTest {
  /** SHA-256 of the W3C copy (w3c/vc-data-model contexts/credentials/v2 at 979c4af). */
  private static final String CREDENTIALS_V2_SHA256 =
      "59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734";
  private static final String SIGILLO_EDC_SHA256 =
      "63a00bdfd19c85b9a0e855e9d81402a14e4fcd1c3699d35d63a0280911389c52";
  private static final byte[] SMALL =
      "{\"@context\":{\"ex\":\"https://example.org/#\"}}".getBytes(StandardCharsets.UTF_8);

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = PinnedContexts.class.getResourceAsStream("/io/sigillo/jsonld/contexts/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void bundled_holdsTheBaseAndSigilloContexts() {
    assertThat(PinnedContexts.bundled().urls())
        .containsExactly(Vocabulary.CREDENTIALS_V2_CONTEXT, Vocabulary.SIGILLO_EDC_CONTEXT);
  }

  @Test
  void bundled_hashesMatchTheResourceBytes() throws IOException {
    byte[] v2 = resource("credentials-v2.jsonld");
    byte[] edc = resource("sigillo-edc-v1.jsonld");

    assertThat(PinnedContexts.sha256Hex(v2)).isEqualTo(CREDENTIALS_V2_SHA256);
    assertThat(PinnedContexts.sha256Hex(edc)).isEqualTo(SIGILLO_EDC_SHA256);
    assertThat(PinnedContexts.bundled().get(Vocabulary.CREDENTIALS_V2_CONTEXT)).hasValue(v2);
    assertThat(PinnedContexts.bundled().get(Vocabulary.SIGILLO_EDC_CONTEXT)).hasValue(edc);
  }

  @Test
  void sha256Hex_knownVector() {
    assertThat(PinnedContexts.sha256Hex("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void add_wrongSha256_isRefused() {
    String wrong = "00" + PinnedContexts.sha256Hex(SMALL).substring(2);

    assertThatThrownBy(() -> PinnedContexts.newBuilder().add("https://example.org/ctx", SMALL, wrong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https://example.org/ctx")
        .hasMessageContaining(wrong);
  }

  @Test
  void add_digestOfOtherContent_isRefused() {
    assertThatThrownBy(() -> PinnedContexts.bundled().toBuilder()
        .add("https://example.org/ctx", SMALL, CREDENTIALS_V2_SHA256))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void add_rightSha256InUpperCase_isAccepted() {
    String upper = PinnedContexts.sha256Hex(SMALL).toUpperCase(Locale.ROOT);

    PinnedContexts c = PinnedContexts.newBuilder().add("https://example.org/ctx", SMALL, upper).build();

    assertThat(c.get("https://example.org/ctx")).hasValue(SMALL);
  }

  @Test
  void add_pinnedUrlWithOtherContent_isRefused() throws IOException {
    byte[] other = "{\"@context\":{}}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> PinnedContexts.bundled().toBuilder()
        .add(Vocabulary.CREDENTIALS_V2_CONTEXT, other, PinnedContexts.sha256Hex(other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already pinned");
    byte[] same = resource("credentials-v2.jsonld");
    assertThat(PinnedContexts.bundled().toBuilder()
        .add(Vocabulary.CREDENTIALS_V2_CONTEXT, same, CREDENTIALS_V2_SHA256).build().urls())
        .hasSize(2);
  }

  @Test
  void toBuilder_add_leavesTheOriginalUnchanged() {
    PinnedContexts more = PinnedContexts.bundled().toBuilder()
        .add("https://example.org/ctx", SMALL, PinnedContexts.sha256Hex(SMALL)).build();

    assertThat(more.urls()).hasSize(3);
    assertThat(PinnedContexts.bundled().urls()).hasSize(2);
    assertThat(PinnedContexts.bundled().get("https://example.org/ctx")).isEmpty();
  }

  @Test
  void contentAndUrls_cannotBeChangedFromOutside() {
    byte[] input = SMALL.clone();
    PinnedContexts c = PinnedContexts.newBuilder()
        .add("https://example.org/ctx", input, PinnedContexts.sha256Hex(input)).build();

    input[0] = 'X';
    c.get("https://example.org/ctx").orElseThrow()[1] = 'Y';

    assertThat(c.get("https://example.org/ctx")).hasValue(SMALL);
    assertThatThrownBy(() -> c.urls().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
