package io.sigillo.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link StrictJson#parseObjectWithBytes(byte[], String)}: the member's string value as UTF-8
 * bytes, and every other outcome exactly that of {@link StrictJson#parseObject(byte[])}.
 */
class StrictJsonObjectWithBytesTest {
  private static final StrictJson JSON = StrictJson.standard();

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] withPayload(String literalContent) {
    return utf8("{\"a\":1,\"payload\":\"" + literalContent + "\",\"b\":[true,null,2.5]}");
  }

  /**
   * Both readings of one input: the same refusal code, or the same tree with the member's text
   * given as the UTF-8 bytes (or, with no UTF-8 for it, kept in the tree).
   */
  private static ObjectWithBytes assertSameAsParseObject(StrictJson json, byte[] input) {
    ObjectNode tree = null;
    JsonErrorCode expected = null;
    try {
      tree = json.parseObject(input);
    } catch (StrictJsonException e) {
      expected = e.code();
    }
    ObjectWithBytes split = null;
    JsonErrorCode actual = null;
    try {
      split = json.parseObjectWithBytes(input, "payload");
    } catch (StrictJsonException e) {
      actual = e.code();
    }
    String shown = new String(input, StandardCharsets.UTF_8);
    assertThat(actual).as(shown).isEqualTo(expected);
    if (tree == null) {
      return null;
    }
    ObjectNode rebuilt = split.object().deepCopy();
    if (split.memberBytes() != null) {
      assertThat(tree.get("payload").isTextual()).as(shown).isTrue();
      assertThat(split.memberBytes()).as(shown).isEqualTo(utf8(tree.get("payload").asText()));
      assertThat(split.object().has("payload")).isFalse();
      rebuilt.put("payload", tree.get("payload").asText());
    }
    assertThat(rebuilt).as(shown).isEqualTo(tree);
    return split;
  }

  @Test
  void parseObjectWithBytes_plainString_bytesAndTheOtherMembers() throws StrictJsonException {
    ObjectWithBytes r = JSON.parseObjectWithBytes(withPayload("hello"), "payload");

    assertThat(r.memberBytes()).isEqualTo(utf8("hello"));
    assertThat(r.object().size()).isEqualTo(2);
    assertThat(r.object().get("b").get(2).isBigDecimal()).isTrue();
    assertSameAsParseObject(JSON, withPayload("hello"));
  }

  @Test
  void parseObjectWithBytes_emptyString_emptyBytes() throws StrictJsonException {
    assertThat(JSON.parseObjectWithBytes(withPayload(""), "payload").memberBytes()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t", "\\u0000", "\\u001f",
      "\\u0041", "\\u00e9", "\\u00E9", "\\u07ff", "\\u0800", "\\u20ac", "\\uffff", "\\ud83d\\udd12",
      "\\uD83D\\uDD12", "\\udbff\\udfff", "{\\\"a\\\":\\\"b\\\"}"})
  void parseObjectWithBytes_escapes_utf8OfTheUnescapedText(String escape) {
    assertThat(assertSameAsParseObject(JSON, withPayload(escape)).memberBytes()).isNotNull();
    assertSameAsParseObject(JSON, withPayload("x" + escape + "yz"));
  }

  @Test
  void parseObjectWithBytes_rawMultiByteCharacters_copiedAsTheyAre() throws StrictJsonException {
    String text = "l'integrit\u00E0 \u20AC \uD83D\uDD12 \u0800\u07FF";
    assertThat(JSON.parseObjectWithBytes(withPayload(text), "payload").memberBytes()).isEqualTo(utf8(text));
  }

  @Test
  void parseObjectWithBytes_specialCharacterAtEveryOffsetOfAWord_sameAsParseObject() {
    for (String special : new String[] {"\\\"", "\\\\", "\\u00e9", "\u00e9", "\uD83D\uDD12", "\\ud83d\\udd12"}) {
      for (int at = 0; at < 20; at++) {
        assertSameAsParseObject(JSON, withPayload("a".repeat(at) + special + "b".repeat(19 - at)));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\ud800", "a\\udc00", "\\ud800x", "\\ud800\\u0041", "\\udd12\\ud83d", "\\ud83d\\ud83d",
      "\\ud83d\\ud83d\\udd12", "x\\ud83d"})
  void parseObjectWithBytes_loneSurrogateEscape_noBytesTheTextStaysInTheTree(String escape)
      throws StrictJsonException {
    ObjectWithBytes r = JSON.parseObjectWithBytes(withPayload(escape), "payload");

    assertThat(r.memberBytes()).isNull();
    assertThat(r.object().get("payload").asText())
        .isEqualTo(JSON.parseObject(withPayload(escape)).get("payload").asText());
    assertSameAsParseObject(JSON, withPayload(escape));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "{\"payload\":1}", "{\"payload\":null}", "{\"payload\":{\"x\":\"y\"}}",
      "{\"payload\":[\"x\"]}", "{\"payload\":true}", "{\"x\":{\"payload\":\"nested\"}}"})
  void parseObjectWithBytes_noTopLevelStringMember_noBytesEverythingInTheTree(String json)
      throws StrictJsonException {
    ObjectWithBytes r = JSON.parseObjectWithBytes(utf8(json), "payload");

    assertThat(r.memberBytes()).isNull();
    assertThat(r.object()).isEqualTo(JSON.parseObject(utf8(json)));
  }

  @Test
  void parseObjectWithBytes_anotherMemberName_thatMemberAsBytes() throws StrictJsonException {
    ObjectWithBytes r = JSON.parseObjectWithBytes(withPayload("p"), "a");

    assertThat(r.memberBytes()).isNull();
    assertThat(r.object().get("payload").asText()).isEqualTo("p");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"payload\":\"a\",\"payload\":\"b\"}",
      "{\"payload\":\"a\",\"x\":1,\"x\":2}",
      "{\"x\":1,\"x\":2,\"payload\":\"a\"}",
      "{\"payload\":\"a\"} x",
      "{\"payload\":\"a\"}{}",
      "{\"payload\":\"a\",}",
      "{\"payload\":\"a\" \"b\":1}",
      "{\"payload\":\"a",
      "{\"payload\":\"a\\x\"}",
      "{\"payload\":\"a\\u12G4\"}",
      "{\"payload\":\"a\\u12\"}",
      "{\"payload\":\"a\\\"}",
      "{\"payload\":\"tab\there\"}",
      "{\"payload\":\"nl\nhere\"}",
      "{\"payload\":'a'}",
      "[{\"payload\":\"a\"}]",
      "\"payload\"",
      "1",
      "   "
  })
  void parseObjectWithBytes_refusedInput_sameCodeAsParseObject(String json) {
    assertThat(catchThrowableOfType(StrictJsonException.class, () -> JSON.parseObject(utf8(json)))).isNotNull();
    assertSameAsParseObject(JSON, utf8(json));
  }

  @Test
  void parseObjectWithBytes_notUtf8InTheMember_notUtf8() {
    byte[] in = withPayload("ab__cd");
    int at = new String(in, StandardCharsets.ISO_8859_1).indexOf("__");
    for (byte[] bad : new byte[][] {{(byte) 0xC3, 0x28}, {(byte) 0xED, (byte) 0xA0}, {(byte) 0xC0, (byte) 0xAF}}) {
      byte[] copy = in.clone();
      copy[at] = bad[0];
      copy[at + 1] = bad[1];
      assertThat(catchThrowableOfType(StrictJsonException.class, () -> JSON.parseObjectWithBytes(copy, "payload"))
          .code()).isEqualTo(JsonErrorCode.NOT_UTF8);
    }
  }

  @Test
  void parseObjectWithBytes_byteOrderMarkOrNul_notUtf8() {
    byte[] bom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
    byte[] nul = utf8("{\"payload\":\"a\u0000b\"}");
    for (byte[] in : new byte[][] {bom, nul}) {
      assertThat(catchThrowableOfType(StrictJsonException.class, () -> JSON.parseObjectWithBytes(in, "payload"))
          .code()).isEqualTo(JsonErrorCode.NOT_UTF8);
    }
  }

  @Test
  void parseObjectWithBytes_largerThanTheLimit_tooLarge() {
    StrictJson small = StrictJson.withLimits(JsonLimits.DEFAULT.withMaxBytes(64));
    byte[] in = withPayload("x".repeat(64));

    assertThat(catchThrowableOfType(StrictJsonException.class, () -> small.parseObjectWithBytes(in, "payload"))
        .code()).isEqualTo(JsonErrorCode.TOO_LARGE);
  }

  @Test
  void parseObjectWithBytes_deeperThanTheLimit_tooDeep() {
    StrictJson shallow = StrictJson.withLimits(JsonLimits.DEFAULT.withMaxDepth(3));
    byte[] in = utf8("{\"payload\":\"a\",\"header\":{\"x\":[[1]]}}");

    assertThat(catchThrowableOfType(StrictJsonException.class, () -> shallow.parseObjectWithBytes(in, "payload"))
        .code()).isEqualTo(JsonErrorCode.TOO_DEEP);
    assertSameAsParseObject(shallow, in);
  }

  @Test
  void parseObjectWithBytes_memberLongerThanTheStringLimit_valueTooLong() {
    // the limit counts UTF-16 code units, as Jackson does: a surrogate pair is two, escaped or not
    StrictJson limited = StrictJson.withLimits(new JsonLimits(1 << 20, 64, 10, 256, 64));
    for (String text : new String[] {"x".repeat(11), "x".repeat(9) + "\uD83D\uDD12", "x".repeat(9) + "\\ud83d\\udd12",
        "\u00e9".repeat(11), "\\\"".repeat(11), "x".repeat(10) + "\\ud800"}) {
      assertThat(catchThrowableOfType(StrictJsonException.class, () -> limited.parseObjectWithBytes(withPayload(text),
          "payload")).code()).as(text).isEqualTo(JsonErrorCode.VALUE_TOO_LONG);
      assertSameAsParseObject(limited, withPayload(text));
    }
    for (String text : new String[] {"x".repeat(10), "x".repeat(8) + "\uD83D\uDD12", "\u20ac".repeat(10), "\\n".repeat(10)}) {
      assertThat(assertSameAsParseObject(limited, withPayload(text)).memberBytes()).as(text).isNotNull();
    }
  }

  @Test
  void parseObjectWithBytes_randomStrings_sameAsParseObject() {
    String[] pieces = {"a", "Z", " ", "~", "\u007f", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t",
        "\\u0000", "\\u0041", "\\u00e9", "\\u20AC", "\\ud83d\\udd12", "\\ud800", "\\udc00", "\u00e9", "\u20ac",
        "\uD83D\uDD12", "\\x", "\\u12", "\u0001", "\"", "abcdefgh", "0123456789abcdef"};
    Random random = new Random(20261201L);
    for (int n = 0; n < 3000; n++) {
      StringBuilder s = new StringBuilder();
      int count = random.nextInt(12);
      for (int i = 0; i < count; i++) {
        s.append(pieces[random.nextInt(pieces.length)]);
      }
      assertSameAsParseObject(JSON, withPayload(s.toString()));
    }
  }

  @Test
  void parseObjectWithBytes_largeEscapedJsonPayload_sameBytesAsTheTextEncoded() throws StrictJsonException {
    ByteArrayOutputStream doc = new ByteArrayOutputStream();
    for (int i = 0; i < 500; i++) {
      doc.writeBytes(utf8("\\\"k" + i + "\\\":\\\"v\u00e9\u20ac\\\\" + i + "\\\","));
    }
    byte[] in = withPayload(doc.toString(StandardCharsets.UTF_8));
    JsonNode text = JSON.parseObject(in).get("payload");

    assertThat(JSON.parseObjectWithBytes(in, "payload").memberBytes()).isEqualTo(utf8(text.asText()));
  }
}
