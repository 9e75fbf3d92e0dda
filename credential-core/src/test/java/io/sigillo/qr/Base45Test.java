package io.sigillo.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.qr.internal.Base45;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Base45Test {
  private static byte[] decode(String s) {
    return Base45.decode(s, 0, s.length());
  }

  @Test
  void encode_rfc9285Examples_matchTheRfc() {
    assertThat(Base45.encode("AB".getBytes(StandardCharsets.US_ASCII))).isEqualTo("BB8");
    assertThat(Base45.encode("Hello!!".getBytes(StandardCharsets.US_ASCII))).isEqualTo("%69 VD92EX0");
    assertThat(Base45.encode("base-45".getBytes(StandardCharsets.US_ASCII))).isEqualTo("UJCLQE7W581");
    assertThat(Base45.encode("ietf!".getBytes(StandardCharsets.US_ASCII))).isEqualTo("QED8WEX0");
  }

  @Test
  void decode_rfc9285Examples_matchTheRfc() {
    assertThat(new String(decode("QED8WEX0"), StandardCharsets.US_ASCII)).isEqualTo("ietf!");
    assertThat(new String(decode("%69 VD92EX0"), StandardCharsets.US_ASCII)).isEqualTo("Hello!!");
  }

  @Test
  void decode_encodedRandomBytes_roundTrips() {
    Random r = new Random(45);
    for (int len = 0; len < 300; len++) {
      byte[] data = new byte[len];
      r.nextBytes(data);
      assertThat(decode(Base45.encode(data))).isEqualTo(data);
    }
  }

  @Test
  void decode_groupAbove65535_refused() {
    assertThatThrownBy(() -> decode("GGW")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("65535");
  }

  @Test
  void decode_finalPairAbove255_refused() {
    assertThatThrownBy(() -> decode("::")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("255");
  }

  @Test
  void decode_lengthOfThreeNPlusOne_refused() {
    assertThatThrownBy(() -> decode("BB8A")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("impossible length");
  }

  @Test
  void decode_lowerCaseOrNonAsciiCharacter_refused() {
    assertThatThrownBy(() -> decode("bb8")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alphabet");
    assertThatThrownBy(() -> decode("BB\u00e9")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alphabet");
  }
}
