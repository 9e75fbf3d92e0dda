package io.sigillo.verifier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sigillo.json.JsonLimits;
import io.sigillo.json.StrictJson;
import io.sigillo.seal.SecuringForm;
import io.sigillo.verifier.ReasonCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JAdES JSON serialization in {@code EnvelopeParser}: the unencoded payload is the UTF-8 of
 * the payload string after JSON unescaping, and the signing input is
 * {@code ASCII(BASE64URL(header)) || '.' || payload} (RFC 7797); bad input keeps its reason code.
 */
class EnvelopeParserJsonTest {
  private static final String HEADER_B64F = b64("{\"alg\":\"ES256\",\"b64\":false,\"crit\":[\"b64\"]}");
  private static final String HEADER_B64T = b64("{\"alg\":\"ES256\"}");
  private static final String SIG = "AAAA";
  private static final EnvelopeParser PARSER = new EnvelopeParser(StrictJson.standard());

  private static String b64(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] flattened(String header, String payloadLiteral) {
    return ("{\"payload\":\"" + payloadLiteral + "\",\"protected\":\"" + header + "\",\"signature\":\"" + SIG + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] general(String header, String payloadLiteral) {
    return ("{\"signatures\":[{\"protected\":\"" + header + "\",\"signature\":\"" + SIG + "\"}],\"payload\":\""
        + payloadLiteral + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  private static ReasonCode refusal(EnvelopeParser parser, byte[] input) {
    return catchThrowableOfType(EnvelopeException.class, () -> parser.parse(input)).reason();
  }

  private static byte[] concat(String prefix, byte[] payload) {
    byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[p.length + payload.length];
    System.arraycopy(p, 0, out, 0, p.length);
    System.arraycopy(payload, 0, out, p.length, payload.length);
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\\\"a\\\":\\\"b\\\"}", "{\\\"a\\\":\\\"l'integrit\u00e0 \u20ac \uD83D\uDD12\\\"}",
      "{\\\"a\\\":\\\"\\\\u00e9 \\\\n\\\"}", "x\\u00e9\\u20ac\\ud83d\\udd12\\n\\t\\/\\\\", ""})
  void parse_unencodedPayload_utf8OfTheUnescapedStringSignedAfterTheHeader(String literal) throws Exception {
    byte[] expected = StrictJson.standard().parseObject(flattened(HEADER_B64F, literal)).get("payload").asText()
        .getBytes(StandardCharsets.UTF_8);
    for (byte[] input : new byte[][] {flattened(HEADER_B64F, literal), general(HEADER_B64F, literal)}) {
      Envelope env = PARSER.parse(input);

      assertThat(env.form()).isEqualTo(SecuringForm.JADES);
      assertThat(env.payload()).isEqualTo(expected);
      assertThat(env.signingInput()).isEqualTo(concat(HEADER_B64F + ".", expected));
      assertThat(env.signature()).containsExactly(0, 0, 0);
    }
  }

  @Test
  void parse_base64urlPayload_decodedAndSignedAsItsText() throws Exception {
    String text = b64("{\"a\":1}");
    Envelope env = PARSER.parse(flattened(HEADER_B64T, text));

    assertThat(env.payload()).isEqualTo("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
    assertThat(env.signingInput()).isEqualTo((HEADER_B64T + "." + text).getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void parse_base64urlPayloadWithAnEscapeOrNonAscii_malformedJws() {
    assertThat(refusal(PARSER, flattened(HEADER_B64T, "eyJh\\n"))).isEqualTo(ReasonCode.MALFORMED_JWS);
    assertThat(refusal(PARSER, flattened(HEADER_B64T, "eyJh\u00e9"))).isEqualTo(ReasonCode.MALFORMED_JWS);
    assertThat(refusal(PARSER, flattened(HEADER_B64T, "eyJh\\ud800"))).isEqualTo(ReasonCode.MALFORMED_JWS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\\ud800", "\\udc00b", "\\udd12\\ud83d", "\\ud83d\\ud83d"})
  void parse_unencodedPayloadWithALoneSurrogate_malformedJws(String literal) {
    assertThat(refusal(PARSER, flattened(HEADER_B64F, literal))).isEqualTo(ReasonCode.MALFORMED_JWS);
    assertThat(refusal(PARSER, general(HEADER_B64F, literal))).isEqualTo(ReasonCode.MALFORMED_JWS);
  }

  @Test
  void parse_loneSurrogateAndAnInvalidHeader_headerReportedFirstAsBefore() {
    String badHeader = b64("{\"alg\":\"ES256\",\"alg\":\"ES384\"}");

    assertThat(refusal(PARSER, flattened(badHeader, "a\\ud800"))).isEqualTo(ReasonCode.HEADER_INVALID);
  }

  @Test
  void parse_malformedJsonInOrAroundThePayload_malformedJson() {
    String ok = "{\"payload\":\"a\",\"protected\":\"" + HEADER_B64F + "\",\"signature\":\"" + SIG + "\"}";
    for (String bad : new String[] {
        "{\"payload\":\"a\",\"payload\":\"b\",\"protected\":\"" + HEADER_B64F + "\",\"signature\":\"" + SIG + "\"}",
        ok + " {}",
        ok.replace("\"a\"", "\"a\\x\""),
        ok.replace("\"a\"", "\"a\\u12\""),
        ok.replace("\"a\"", "\"a\tb\""),
        ok.substring(0, 15)}) {
      assertThat(refusal(PARSER, bad.getBytes(StandardCharsets.UTF_8))).as(bad).isEqualTo(ReasonCode.MALFORMED_JSON);
    }
  }

  @Test
  void parse_invalidUtf8InThePayloadString_malformedJson() {
    byte[] in = flattened(HEADER_B64F, "ab__cd");
    int at = new String(in, StandardCharsets.ISO_8859_1).indexOf("__");
    in[at] = (byte) 0xC3;
    in[at + 1] = 0x28;

    assertThat(refusal(PARSER, in)).isEqualTo(ReasonCode.MALFORMED_JSON);
  }

  @Test
  void parse_unknownMemberOrPayloadNotAString_malformedJws() {
    String unknown = "{\"payload\":\"a\",\"protected\":\"" + HEADER_B64F + "\",\"signature\":\"" + SIG + "\",\"x\":1}";
    String number = "{\"payload\":1,\"protected\":\"" + HEADER_B64F + "\",\"signature\":\"" + SIG + "\"}";
    for (String bad : new String[] {unknown, number}) {
      assertThat(refusal(PARSER, bad.getBytes(StandardCharsets.UTF_8))).as(bad).isEqualTo(ReasonCode.MALFORMED_JWS);
    }
  }

  @Test
  void parse_payloadLongerThanTheStringLimit_malformedJson() {
    EnvelopeParser limited = new EnvelopeParser(StrictJson.withLimits(new JsonLimits(1 << 20, 64, 100, 256, 64)));

    assertThat(refusal(limited, flattened(HEADER_B64F, "\\\"".repeat(101)))).isEqualTo(ReasonCode.MALFORMED_JSON);
  }

  @Test
  void parse_unprotectedHeaderDeeperThanTheLimit_malformedJson() {
    EnvelopeParser shallow = new EnvelopeParser(StrictJson.withLimits(JsonLimits.DEFAULT.withMaxDepth(4)));
    String in = "{\"payload\":\"a\",\"protected\":\"" + HEADER_B64F + "\",\"header\":{\"etsiU\":[[[1]]]},\"signature\":\""
        + SIG + "\"}";

    assertThat(refusal(shallow, in.getBytes(StandardCharsets.UTF_8))).isEqualTo(ReasonCode.MALFORMED_JSON);
  }

  @Test
  void parse_inputLargerThanTheLimit_inputTooLarge() {
    EnvelopeParser small = new EnvelopeParser(StrictJson.withLimits(JsonLimits.DEFAULT.withMaxBytes(100)));

    assertThat(refusal(small, flattened(HEADER_B64F, "x".repeat(100)))).isEqualTo(ReasonCode.INPUT_TOO_LARGE);
  }
}
