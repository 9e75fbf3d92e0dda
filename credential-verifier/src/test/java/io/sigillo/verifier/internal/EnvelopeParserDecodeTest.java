package io.sigillo.verifier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.verifier.ReasonCode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Strict base64url decoding of JWS parts and UTF-8 of unencoded payloads ({@code EnvelopeParser}). */
class EnvelopeParserDecodeTest {
  @Test
  void decode_unpaddedBase64url_bytes() throws EnvelopeException {
    assertThat(EnvelopeParser.decode("eyJhIjoxfQ", "header")).isEqualTo("{\"a\":1}".getBytes(StandardCharsets.US_ASCII));
    assertThat(EnvelopeParser.decode("-_8", "payload")).containsExactly(0xFB, 0xFF);
    assertThat(EnvelopeParser.decode("", "payload")).isEmpty();
  }

  @Test
  void decode_padding_notUnpaddedBase64url() {
    assertRefused("eyJhIjoxfQ==", "payload is not unpadded base64url");
  }

  @Test
  void decode_standardAlphabetOrWhitespaceOrNonAscii_notUnpaddedBase64url() {
    assertRefused("ab+/", "payload is not unpadded base64url");
    assertRefused("ab cd", "payload is not unpadded base64url");
    assertRefused("abc\u00E9", "payload is not unpadded base64url");
    assertRefused("abcd\u0100", "payload is not unpadded base64url");
  }

  @Test
  void decode_lengthOneModuloFour_impossibleLength() {
    assertRefused("abcde", "payload has an impossible base64url length");
  }

  @Test
  void decode_badCharacterAndImpossibleLength_characterReportedFirst() {
    assertRefused("abcd+", "payload is not unpadded base64url");
  }

  @Test
  void decode_unusedBitsSet_notCanonicalEvenThoughTheJdkDecodes() {
    // "eyJhIjoxfR" decodes (JDK) to the same bytes as "eyJhIjoxfQ": the last character's low
    // four bits are unused and must be zero
    assertRefused("eyJhIjoxfR", "payload is not canonical base64url (unused bits set)");
    assertRefused("-_9", "payload is not canonical base64url (unused bits set)");
  }

  @Test
  void utf8_textWithAndWithoutSurrogatePairs_sameBytesAsTheStrictEncoder() throws EnvelopeException {
    for (String text : new String[] {"", "{\"a\":1}", "l'integrit\u00E0 \u20AC", "lock \uD83D\uDD12 key \uD83D\uDD11"}) {
      assertThat(EnvelopeParser.utf8(text)).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void utf8_loneSurrogate_malformedJws() {
    for (String text : new String[] {"a\uD800", "\uDC00b", "\uDD12\uD83D"}) {
      assertThatThrownBy(() -> EnvelopeParser.utf8(text))
          .isInstanceOfSatisfying(EnvelopeException.class,
              e -> assertThat(e.reason()).isEqualTo(ReasonCode.MALFORMED_JWS));
    }
  }

  private static void assertRefused(String s, String message) {
    assertThatThrownBy(() -> EnvelopeParser.decode(s, "payload"))
        .isInstanceOfSatisfying(EnvelopeException.class, e -> {
          assertThat(e.reason()).isEqualTo(ReasonCode.MALFORMED_JWS);
          assertThat(e.getMessage()).isEqualTo(message);
        });
  }
}
