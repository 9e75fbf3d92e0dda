package io.sigillo.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class QrLinkTest {
  static final URI BASE = URI.create("https://verify.aipia.example/credentials");
  static final String ID = "urn:uuid:0b7d2e8a-43c5-4f43-9a8b-8d0e6f3f2d11";
  static final byte[] PAYLOAD = "{\"id\":\"urn:uuid:0b7d2e8a\"}".getBytes(StandardCharsets.UTF_8);

  private static QrErrorCode codeOf(String text) {
    try {
      QrLink.parse(text);
    } catch (QrException e) {
      return e.code();
    }
    throw new AssertionError("parsed without error");
  }

  @Test
  void of_credential_writesTheDocumentedGrammar() throws Exception {
    QrLink link = QrLink.of(BASE, ID, PAYLOAD);
    String digest = Base64.getUrlEncoder().withoutPadding()
        .encodeToString(MessageDigest.getInstance("SHA-256").digest(PAYLOAD));
    assertThat(link.toString()).isEqualTo(
        "https://verify.aipia.example/credentials?sgl=L1&id=urn:uuid:0b7d2e8a-43c5-4f43-9a8b-8d0e6f3f2d11&d=" + digest);
    assertThat(QrLink.isLink(link.toString())).isTrue();
    assertThat(QrPayloads.kindOf(link.toString())).isEqualTo(QrPayloads.Kind.LINK);
  }

  @Test
  void parse_writtenLink_roundTrips() throws Exception {
    QrLink link = QrLink.of(URI.create("https://Verify.Example:8443/v"), "https://aipia.example/c/42?x=1&y=\u00e8", PAYLOAD);
    QrLink parsed = QrLink.parse(link.toString());
    assertThat(parsed).isEqualTo(link);
    assertThat(parsed.credentialId()).isEqualTo("https://aipia.example/c/42?x=1&y=\u00e8");
    assertThat(parsed.toString()).contains("id=https://aipia.example/c/42%3Fx%3D1%26y%3D%C3%A8&d=");
    assertThat(parsed.host()).isEqualTo("verify.example");
    assertThat(parsed.port()).isEqualTo(8443);
  }

  @Test
  void matches_sameAndOtherPayload_onlyTheSameMatches() {
    QrLink link = QrLink.of(BASE, ID, PAYLOAD);
    assertThat(link.matches(PAYLOAD.clone())).isTrue();
    byte[] other = PAYLOAD.clone();
    other[5] ^= 1;
    assertThat(link.matches(other)).isFalse();
  }

  @Test
  void of_baseUrlNotHttpsOrWithQuery_refused() {
    assertThatThrownBy(() -> QrLink.of(URI.create("http://verify.example/"), ID, PAYLOAD))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
    assertThatThrownBy(() -> QrLink.of(URI.create("https://verify.example/?a=b"), ID, PAYLOAD))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("query");
    assertThatThrownBy(() -> QrLink.of(URI.create("https://user@verify.example/"), ID, PAYLOAD))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user");
  }

  @Test
  void parse_linkBreakingTheGrammar_linkInvalid() {
    String good = QrLink.of(BASE, ID, PAYLOAD).toString();
    String digest = good.substring(good.indexOf("&d=") + 3);
    assertThat(codeOf(good.replace("https://", "http://"))).isEqualTo(QrErrorCode.LINK_INVALID);
    assertThat(codeOf(good.replace("?sgl=L1&id=", "?sgl=L1&x=1&id="))).isEqualTo(QrErrorCode.LINK_INVALID);
    assertThat(codeOf(good + "&extra=1")).isEqualTo(QrErrorCode.LINK_INVALID);
    assertThat(codeOf(good.replace(digest, digest.substring(1)))).isEqualTo(QrErrorCode.LINK_INVALID);
    assertThat(codeOf(good.replace("urn:uuid", "urn%3Auuid"))).isEqualTo(QrErrorCode.LINK_INVALID);
    assertThat(codeOf(good.replace("urn:uuid", "urn uuid"))).isEqualTo(QrErrorCode.LINK_INVALID);
    assertThat(codeOf(good.replace("?sgl=L1", "?sgl=X1"))).isEqualTo(QrErrorCode.LINK_INVALID);
    assertThat(codeOf("https://verify.example/credentials")).isEqualTo(QrErrorCode.LINK_INVALID);
    assertThat(codeOf("https://verify.example/c#frag?sgl=L1&id=a&d=" + digest)).isEqualTo(QrErrorCode.LINK_INVALID);
  }

  @Test
  void parse_unknownLinkVersion_unsupportedVersion() {
    String good = QrLink.of(BASE, ID, PAYLOAD).toString();
    assertThat(codeOf(good.replace("?sgl=L1", "?sgl=L2"))).isEqualTo(QrErrorCode.UNSUPPORTED_VERSION);
  }

  @Test
  void parse_overlongLink_payloadTooLarge() {
    assertThat(codeOf("https://verify.example/" + "a".repeat(3000) + "?sgl=L1")).isEqualTo(QrErrorCode.PAYLOAD_TOO_LARGE);
  }

  @Test
  void parse_idNotUtf8OncePercentDecoded_textNotUtf8() {
    String good = QrLink.of(BASE, ID, PAYLOAD).toString();
    assertThat(codeOf(good.replace("urn:uuid", "urn%FFuuid"))).isEqualTo(QrErrorCode.TEXT_NOT_UTF8);
  }

  @Test
  void pick_severalTexts_prefersOfflineThenLink() throws Exception {
    String link = QrLink.of(BASE, ID, PAYLOAD).toString();
    String offline = QrFixtures.offlineText();
    assertThat(QrPayloads.pick(java.util.List.of("https://example.org/menu", link, offline))).contains(offline);
    assertThat(QrPayloads.pick(java.util.List.of("WIFI:S:cafe;;", link))).contains(link);
    assertThat(QrPayloads.pick(java.util.List.of("WIFI:S:cafe;;", "https://example.org/?sg=1"))).isEmpty();
  }

  @Test
  void text_nonUtf8BytesOrTooLong_typedErrors() {
    QrException notUtf8 = org.junit.jupiter.api.Assertions.assertThrows(QrException.class,
        () -> QrPayloads.text(new byte[] {'S', 'G', 'L', (byte) 0xc3, (byte) 0x28}, QrLimits.DEFAULT));
    assertThat(notUtf8.code()).isEqualTo(QrErrorCode.TEXT_NOT_UTF8);
    QrException tooLong = org.junit.jupiter.api.Assertions.assertThrows(QrException.class,
        () -> QrPayloads.text("SGL".repeat(2000).getBytes(StandardCharsets.US_ASCII), QrLimits.DEFAULT));
    assertThat(tooLong.code()).isEqualTo(QrErrorCode.PAYLOAD_TOO_LARGE);
  }
}
