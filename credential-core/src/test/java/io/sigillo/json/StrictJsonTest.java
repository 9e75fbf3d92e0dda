package io.sigillo.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {
  private static final StrictJson JSON = StrictJson.standard();

  private static StrictJsonException refusal(byte[] input) {
    return catchThrowableOfType(StrictJsonException.class, () -> JSON.parse(input));
  }

  private static StrictJsonException refusal(String input) {
    return catchThrowableOfType(StrictJsonException.class, () -> JSON.parse(input));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  @Test
  void parse_wellFormedObject_returnsTree() throws StrictJsonException {
    JsonNode n = JSON.parse(utf8("{\"a\":[1,2.5,\"x\",true,null],\"b\":{\"c\":\"\u00e8\"}}"));

    assertThat(n.get("a")).hasSize(5);
    assertThat(n.get("a").get(1).isBigDecimal()).isTrue();
    assertThat(n.get("b").get("c").asText()).isEqualTo("\u00e8");
  }

  @Test
  void parse_surroundingWhitespace_isAccepted() throws StrictJsonException {
    assertThat(JSON.parse(utf8(" \n\t{}\r\n ")).isObject()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\t\r "})
  void parse_emptyOrBlankBytes_reportsEmpty(String input) {
    assertThat(refusal(utf8(input)).code()).isEqualTo(JsonErrorCode.EMPTY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void parse_emptyOrBlankString_reportsEmpty(String input) {
    assertThat(refusal(input).code()).isEqualTo(JsonErrorCode.EMPTY);
  }

  @Test
  void parse_utf8ByteOrderMark_reportsNotUtf8() {
    byte[] withBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};

    StrictJsonException e = refusal(withBom);

    assertThat(e.code()).isEqualTo(JsonErrorCode.NOT_UTF8);
    assertThat(e.getMessage()).contains("byte order mark");
  }

  @Test
  void parse_stringStartingWithByteOrderMark_reportsNotUtf8() {
    assertThat(refusal("\uFEFF{}").code()).isEqualTo(JsonErrorCode.NOT_UTF8);
  }

  @Test
  void parse_invalidUtf8Sequence_reportsNotUtf8() {
    byte[] invalid = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

    assertThat(refusal(invalid).code()).isEqualTo(JsonErrorCode.NOT_UTF8);
  }

  @Test
  void parse_loneContinuationByte_reportsNotUtf8() {
    byte[] invalid = {'{', '"', 'a', '"', ':', '"', (byte) 0x80, '"', '}'};

    assertThat(refusal(invalid).code()).isEqualTo(JsonErrorCode.NOT_UTF8);
  }

  @Test
  void parse_overlongEncoding_reportsNotUtf8() {
    // 0xC0 0xAF is an overlong encoding of '/', forbidden by RFC 3629
    byte[] overlong = {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};

    assertThat(refusal(overlong).code()).isEqualTo(JsonErrorCode.NOT_UTF8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"})
  void parse_utf16Or32Document_reportsNotUtf8(String charset) {
    byte[] doc = "{\"a\":\"b\"}".getBytes(Charset.forName(charset));

    assertThat(refusal(doc).code()).isEqualTo(JsonErrorCode.NOT_UTF8);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"a\":}", "{'a':1}", "{a:1}", "[1,]", "{\"a\":1,}", "[NaN]", "[Infinity]", "[01]",
      "{/* comment */}", "[\"tab\there\"]", "{\"a\" 1}", "[1 2]", "{", "[", "\"unterminated",
      "tru", "[+1]", "[.5]", "[\"\\x41\"]"})
  void parse_notRfc8259_reportsMalformed(String input) {
    assertThat(refusal(utf8(input)).code()).isEqualTo(JsonErrorCode.MALFORMED);
  }

  @Test
  void parse_duplicateTopLevelKey_reportsDuplicateKey() {
    StrictJsonException e = refusal(utf8("{\"a\":1,\"a\":2}"));

    assertThat(e.code()).isEqualTo(JsonErrorCode.DUPLICATE_KEY);
    assertThat(e.getMessage()).contains("'a'");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"x\":{\"b\":1,\"b\":1}}",
      "{\"x\":[{\"c\":\"1\"},{\"c\":\"2\",\"d\":0,\"c\":\"3\"}]}",
      "[{\"k\":{\"k\":{\"z\":null,\"z\":null}}}]"})
  void parse_nestedDuplicateKey_reportsDuplicateKey(String input) {
    assertThat(refusal(utf8(input)).code()).isEqualTo(JsonErrorCode.DUPLICATE_KEY);
  }

  @Test
  void parse_sameKeyInSiblingObjects_isAccepted() throws StrictJsonException {
    assertThat(JSON.parse(utf8("[{\"a\":1},{\"a\":2}]"))).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}{}", "{} []", "{}\n{\"a\":1}", "[1] 2", "{}x", "{}]", "{},", "\"a\" \"b\"", "1 2"})
  void parse_dataAfterFirstValue_reportsTrailingData(String input) {
    assertThat(refusal(utf8(input)).code()).isEqualTo(JsonErrorCode.TRAILING_DATA);
  }

  @Test
  void parse_bytesOverLimit_reportsTooLarge() {
    StrictJson small = StrictJson.withLimits(JsonLimits.DEFAULT.withMaxBytes(16));

    StrictJsonException e = catchThrowableOfType(
        StrictJsonException.class, () -> small.parse(utf8("{\"a\":\"0123456789\"}")));

    assertThat(e.code()).isEqualTo(JsonErrorCode.TOO_LARGE);
  }

  @Test
  void parse_bytesAtLimit_isAccepted() throws StrictJsonException {
    StrictJson small = StrictJson.withLimits(JsonLimits.DEFAULT.withMaxBytes(16));

    assertThat(small.parse(utf8("{\"a\":\"01234567\"}")).get("a").asText()).isEqualTo("01234567");
  }

  @Test
  void parse_stringOverLimit_reportsTooLarge() {
    StrictJson small = StrictJson.withLimits(JsonLimits.DEFAULT.withMaxBytes(16));

    assertThatThrownBy(() -> small.parse("{\"a\":\"0123456789\"}"))
        .isInstanceOfSatisfying(StrictJsonException.class,
            e -> assertThat(e.code()).isEqualTo(JsonErrorCode.TOO_LARGE));
  }

  @Test
  void parse_defaultLimitExceeded_reportsTooLarge() {
    byte[] big = utf8("[\"" + "a".repeat(JsonLimits.DEFAULT.maxBytes()) + "\"]");

    assertThat(refusal(big).code()).isEqualTo(JsonErrorCode.TOO_LARGE);
  }

  @Test
  void parse_nestingDeeperThanLimit_reportsTooDeep() {
    int limit = JsonLimits.DEFAULT.maxDepth();

    assertThat(refusal(utf8(nested(limit + 1))).code()).isEqualTo(JsonErrorCode.TOO_DEEP);
  }

  @Test
  void parse_nestingAtLimit_isAccepted() throws StrictJsonException {
    int limit = JsonLimits.DEFAULT.maxDepth();

    assertThat(JSON.parse(utf8(nested(limit))).isArray()).isTrue();
  }

  @Test
  void parse_objectsNestedDeeperThanCustomLimit_reportsTooDeep() {
    StrictJson shallow = StrictJson.withLimits(JsonLimits.DEFAULT.withMaxDepth(2));

    StrictJsonException e = catchThrowableOfType(
        StrictJsonException.class, () -> shallow.parse(utf8("{\"a\":{\"b\":{\"c\":1}}}")));

    assertThat(e.code()).isEqualTo(JsonErrorCode.TOO_DEEP);
  }

  @Test
  void parse_stringValueOverLimit_reportsValueTooLong() {
    StrictJson limited = StrictJson.withLimits(new JsonLimits(1 << 20, 64, 1000, 256, 64));

    StrictJsonException e = catchThrowableOfType(StrictJsonException.class,
        () -> limited.parse(utf8("{\"a\":\"" + "x".repeat(5000) + "\"}")));

    assertThat(e.code()).isEqualTo(JsonErrorCode.VALUE_TOO_LONG);
  }

  @Test
  void parse_memberNameOverLimit_reportsValueTooLong() {
    String name = "n".repeat(JsonLimits.DEFAULT.maxNameLength() + 1);

    assertThat(refusal(utf8("{\"" + name + "\":1}")).code()).isEqualTo(JsonErrorCode.VALUE_TOO_LONG);
  }

  @Test
  void parse_memberNameAtLimit_isAccepted() throws StrictJsonException {
    String name = "n".repeat(JsonLimits.DEFAULT.maxNameLength());

    assertThat(JSON.parse(utf8("{\"" + name + "\":1}")).has(name)).isTrue();
  }

  @Test
  void parse_numberOverLimit_reportsValueTooLong() {
    String digits = "9".repeat(JsonLimits.DEFAULT.maxNumberLength() + 1);

    assertThat(refusal(utf8("[" + digits + "]")).code()).isEqualTo(JsonErrorCode.VALUE_TOO_LONG);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"text\"", "42", "true", "null"})
  void parseObject_nonObjectTopLevel_reportsUnexpectedType(String input) {
    assertThatThrownBy(() -> JSON.parseObject(utf8(input)))
        .isInstanceOfSatisfying(StrictJsonException.class,
            e -> assertThat(e.code()).isEqualTo(JsonErrorCode.UNEXPECTED_TYPE));
    assertThatThrownBy(() -> JSON.parseObject(input))
        .isInstanceOfSatisfying(StrictJsonException.class,
            e -> assertThat(e.code()).isEqualTo(JsonErrorCode.UNEXPECTED_TYPE));
  }

  @Test
  void parseObject_object_returnsObject() throws StrictJsonException {
    assertThat(JSON.parseObject("{\"a\":1}").get("a").asInt()).isEqualTo(1);
  }

  @Test
  void withLimits_reportsItsLimits() {
    JsonLimits limits = JsonLimits.DEFAULT.withMaxDepth(5);

    assertThat(StrictJson.withLimits(limits).limits()).isEqualTo(limits);
    assertThat(StrictJson.standard().limits()).isEqualTo(JsonLimits.DEFAULT);
  }

  @Test
  void jsonLimits_nonPositiveBound_isRefused() {
    assertThatThrownBy(() -> JsonLimits.DEFAULT.withMaxDepth(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new JsonLimits(1, 1, 1, 1, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // --- error messages carry at most a short excerpt of the input ---

  private static final String SECRET = "S3cr3t-".repeat(2000);

  private static void assertShortExcerptOnly(StrictJsonException e) {
    assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(300);
    assertThat(e.getMessage()).doesNotContain(SECRET.substring(0, 210));
    assertThat(e.getMessage()).doesNotContain("\n");
  }

  @Test
  void errorMessage_malformedLongToken_containsShortExcerptOnly() {
    StrictJsonException e = refusal(utf8("{\"a\":" + SECRET + "}"));

    assertThat(e.code()).isEqualTo(JsonErrorCode.MALFORMED);
    assertShortExcerptOnly(e);
  }

  @Test
  void errorMessage_malformedAfterLongString_containsShortExcerptOnly() {
    StrictJsonException e = refusal(utf8("{\"a\":\"" + SECRET + "\" \"b\"}"));

    assertThat(e.code()).isEqualTo(JsonErrorCode.MALFORMED);
    assertShortExcerptOnly(e);
  }

  @Test
  void errorMessage_duplicateLongKey_containsShortExcerptOnly() {
    String key = SECRET.substring(0, 250);

    StrictJsonException e = refusal(utf8("{\"" + key + "\":1,\"" + key + "\":2}"));

    assertThat(e.code()).isEqualTo(JsonErrorCode.DUPLICATE_KEY);
    assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(300).doesNotContain(key);
  }

  @Test
  void errorMessage_trailingData_containsShortExcerptOnly() {
    StrictJsonException e = refusal(utf8("{} " + SECRET));

    assertThat(e.code()).isEqualTo(JsonErrorCode.TRAILING_DATA);
    assertShortExcerptOnly(e);
  }

  @Test
  void errorMessage_limitsAndEncoding_containShortExcerptOnly() {
    StrictJson limited = StrictJson.withLimits(new JsonLimits(1 << 20, 3, 100, 50, 20));
    byte[] badUtf8 = utf8("{\"a\":\"" + SECRET + "\u00e9\"}");
    badUtf8[badUtf8.length - 3] = (byte) 0xFF;

    for (String input : new String[] {
        "{\"a\":\"" + SECRET + "\"}",
        "{\"" + SECRET.substring(0, 300) + "\":1}",
        "[[[[\"" + SECRET + "\"]]]]"}) {
      StrictJsonException e = catchThrowableOfType(
          StrictJsonException.class, () -> limited.parse(utf8(input)));
      assertShortExcerptOnly(e);
    }
    assertShortExcerptOnly(refusal(badUtf8));
  }
}
