package io.sigillo.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** UTF-8 validation of {@link StrictJson#parse(byte[])}, which parses validated bytes directly. */
class StrictJsonUtf8Test {
  private static final int[] PROBES = {
    0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF,
    0xF0, 0xF4, 0xF5, 0xFF
  };

  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final CharBuffer out = CharBuffer.allocate(16);

  /** The JDK's reporting decoder's verdict (the one StrictJson used before validating itself). */
  private boolean jdkAccepts(byte[] b) {
    decoder.reset();
    out.clear();
    return !decoder.decode(ByteBuffer.wrap(b), out, true).isError() && !decoder.flush(out).isError();
  }

  private final List<String> disagreements = new ArrayList<>();

  private void assertSameVerdict(byte[] b) {
    if (StrictJson.isWellFormedUtf8(b) != jdkAccepts(b)) {
      disagreements.add(HexFormat.of().formatHex(b));
    }
  }

  @Test
  void isWellFormedUtf8_everyOneAndTwoByteSequence_agreesWithJdkDecoder() {
    for (int a = 0; a < 256; a++) {
      assertSameVerdict(new byte[] {(byte) a});
      for (int b = 0; b < 256; b++) {
        assertSameVerdict(new byte[] {(byte) a, (byte) b});
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void isWellFormedUtf8_threeAndFourByteSequencesAtEveryBoundary_agreesWithJdkDecoder() {
    for (int a = 0x80; a < 256; a++) {
      for (int b : PROBES) {
        for (int c : PROBES) {
          assertSameVerdict(new byte[] {(byte) a, (byte) b, (byte) c});
          assertSameVerdict(new byte[] {'x', (byte) a, (byte) b, (byte) c, 'y'});
        }
      }
    }
    for (int a = 0xF0; a <= 0xF7; a++) {
      for (int b : PROBES) {
        for (int c : PROBES) {
          for (int d : PROBES) {
            assertSameVerdict(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
            assertSameVerdict(new byte[] {'x', (byte) a, (byte) b, (byte) c, (byte) d, 'y'});
          }
        }
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void parse_nonAsciiText_readsTheDecodedText() throws StrictJsonException {
    String text = "{\"it\":\"l'integrità e la disponibilità\",\"emoji\":\"\uD83D\uDD12\",\"k\u00E9y\":1}";
    var node = StrictJson.standard().parse(text.getBytes(StandardCharsets.UTF_8));
    assertThat(node.get("it").asText()).isEqualTo("l'integrità e la disponibilità");
    assertThat(node.get("emoji").asText()).isEqualTo("\uD83D\uDD12");
    assertThat(node.get("k\u00E9y").asInt()).isEqualTo(1);
    assertThat(node).isEqualTo(StrictJson.standard().parse(text));
  }

  @Test
  void parse_surrogateEncodedInUtf8_notUtf8() {
    byte[] cesu = {'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};
    assertThatThrownBy(() -> StrictJson.standard().parse(cesu))
        .isInstanceOfSatisfying(StrictJsonException.class, e -> assertThat(e.code()).isEqualTo(JsonErrorCode.NOT_UTF8));
  }

  @Test
  void parse_overlongSlash_notUtf8() {
    byte[] overlong = {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
    assertThatThrownBy(() -> StrictJson.standard().parse(overlong))
        .isInstanceOfSatisfying(StrictJsonException.class, e -> assertThat(e.code()).isEqualTo(JsonErrorCode.NOT_UTF8));
  }

  @Test
  void parse_bytesWithDuplicateKeyOrTrailingData_sameCodesAsText() {
    for (String bad : new String[] {"{\"a\":1,\"a\":2}", "{\"a\":1} x", "{\"a\":}", "  \t\n ", "\u3000"}) {
      JsonErrorCode fromText = code(() -> StrictJson.standard().parse(bad));
      JsonErrorCode fromBytes = code(() -> StrictJson.standard().parse(bad.getBytes(StandardCharsets.UTF_8)));
      assertThat(fromBytes).as(bad).isEqualTo(fromText).isNotNull();
    }
  }

  @Test
  void parse_nulByteAtAnyOffset_notUtf8() {
    byte[] json = "{\"name\":\"abcdefghijklmnopqrstuvwxyz\"}".getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < json.length; i++) {
      byte[] b = json.clone();
      b[i] = 0;
      assertThat(StrictJson.hasNul(b)).as("offset " + i).isTrue();
      assertThat(code(() -> StrictJson.standard().parse(b))).as("offset " + i).isEqualTo(JsonErrorCode.NOT_UTF8);
    }
    assertThat(StrictJson.hasNul(json)).isFalse();
    assertThat(StrictJson.hasNul(new byte[] {1, 1, 1, 1, 1, 1, 1, 1, (byte) 0x80, (byte) 0xFF})).isFalse();
  }

  private interface Parse {
    Object run() throws StrictJsonException;
  }

  private static JsonErrorCode code(Parse p) {
    try {
      p.run();
      return null;
    } catch (StrictJsonException e) {
      return e.code();
    }
  }
}
