package io.sigillo.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A strict JSON reader: RFC 8259 only, UTF-8 only, duplicate member names refused, trailing data
 * refused, bounded in size and depth.
 *
 * <p>Credentials are signed bytes; a lenient parser that silently keeps the last of two duplicate
 * members lets two parties read two different credentials from the same bytes. This reader makes
 * such input an error with a {@link JsonErrorCode}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StrictJson {
  private static final StrictJson DEFAULT = new StrictJson(JsonLimits.DEFAULT);
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final JsonLimits limits;
  private final ObjectMapper mapper;

  private StrictJson(JsonLimits limits) {
    this.limits = limits;
    JsonFactory factory =
        JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxDepth())
                    .maxStringLength(limits.maxStringLength())
                    .maxNameLength(limits.maxNameLength())
                    .maxNumberLength(limits.maxNumberLength())
                    .maxDocumentLength(limits.maxBytes())
                    .build())
            .build();
    this.mapper =
        new ObjectMapper(factory)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  }

  /**
   * The reader with {@link JsonLimits#DEFAULT} limits.
   *
   * @return a shared instance
   */
  public static StrictJson standard() {
    return DEFAULT;
  }

  /**
   * A reader with the given limits.
   *
   * @param limits the bounds to apply
   * @return a new reader
   */
  public static StrictJson withLimits(JsonLimits limits) {
    return new StrictJson(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * The limits this reader applies.
   *
   * @return the limits
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Parses UTF-8 bytes into a JSON tree.
   *
   * @param utf8 the JSON text
   * @return the parsed value
   * @throws StrictJsonException if the input is refused
   */
  public JsonNode parse(byte[] utf8) throws StrictJsonException {
    checkBytes(utf8);
    if (!hasAsciiNonWhitespace(utf8)) {
      // Blank, or nothing a JSON value could start with: let the text path decide which error.
      return parseChecked(decodeUtf8(utf8));
    }
    // Well-formed UTF-8: Jackson's byte parser reads exactly the text the decoder would produce,
    // without building a String and parsing it again char by char.
    try {
      return read(mapper.createParser(utf8));
    } catch (IOException e) {
      throw new StrictJsonException(JsonErrorCode.MALFORMED, "unreadable JSON: " + e.getMessage());
    }
  }

  /**
   * Parses UTF-8 bytes that must hold a JSON object, like {@link #parseObject(byte[])} and with
   * every one of its rules, but returns the value of the top-level member {@code name}, when it is
   * a string, as its UTF-8 bytes instead of a text node in the tree. For a large string member
   * (such as the unencoded payload of a JWS in JSON serialization, RFC 7797) this saves building a
   * {@code String} and encoding it again. The input is refused exactly when
   * {@link #parseObject(byte[])} refuses it; if it has several faults, the code may name another
   * of them.
   *
   * @param utf8 the JSON text
   * @param name the member whose string value to return as bytes
   * @return the object and the member's bytes
   * @throws StrictJsonException if the input is refused or is not an object
   */
  public ObjectWithBytes parseObjectWithBytes(byte[] utf8, String name) throws StrictJsonException {
    Objects.requireNonNull(name, "name");
    checkBytes(utf8);
    ObjectWithBytes result = null;
    if (hasAsciiNonWhitespace(utf8)) {
      try {
        result = read(mapper.createParser(utf8),
            p -> ByteMemberReader.read(p, mapper, utf8, name, limits.maxStringLength()));
      } catch (IOException e) {
        throw new StrictJsonException(JsonErrorCode.MALFORMED, "unreadable JSON: " + e.getMessage());
      }
    }
    // not an object: the tree path reports exactly what parseObject reports
    return result != null ? result : new ObjectWithBytes(parseObject(utf8), null);
  }

  /** The checks on the raw bytes: size, byte order mark, NUL bytes, well-formed UTF-8. */
  private void checkBytes(byte[] utf8) throws StrictJsonException {
    Objects.requireNonNull(utf8, "utf8");
    if (utf8.length > limits.maxBytes()) {
      throw new StrictJsonException(
          JsonErrorCode.TOO_LARGE,
          "JSON input of " + utf8.length + " bytes exceeds the limit of " + limits.maxBytes());
    }
    if (hasByteOrderMark(utf8)) {
      throw new StrictJsonException(JsonErrorCode.NOT_UTF8, "JSON input starts with a byte order mark");
    }
    if (hasNul(utf8)) {
      throw nulBytes();
    }
    if (!isWellFormedUtf8(utf8)) {
      throw new StrictJsonException(JsonErrorCode.NOT_UTF8, "JSON input is not valid UTF-8");
    }
  }

  /**
   * Parses a JSON text.
   *
   * @param text the JSON text
   * @return the parsed value
   * @throws StrictJsonException if the input is refused
   */
  public JsonNode parse(String text) throws StrictJsonException {
    Objects.requireNonNull(text, "text");
    if (text.length() > limits.maxBytes()) {
      throw new StrictJsonException(
          JsonErrorCode.TOO_LARGE,
          "JSON input of " + text.length() + " characters exceeds the limit of "
              + limits.maxBytes());
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      throw new StrictJsonException(JsonErrorCode.NOT_UTF8, "JSON input starts with a byte order mark");
    }
    return parseChecked(text);
  }

  /**
   * Parses UTF-8 bytes that must hold a JSON object.
   *
   * @param utf8 the JSON text
   * @return the object
   * @throws StrictJsonException if the input is refused or is not an object
   */
  public ObjectNode parseObject(byte[] utf8) throws StrictJsonException {
    return requireObject(parse(utf8));
  }

  /**
   * Parses a JSON text that must hold a JSON object.
   *
   * @param text the JSON text
   * @return the object
   * @throws StrictJsonException if the input is refused or is not an object
   */
  public ObjectNode parseObject(String text) throws StrictJsonException {
    return requireObject(parse(text));
  }

  private static ObjectNode requireObject(JsonNode node) throws StrictJsonException {
    if (!node.isObject()) {
      throw new StrictJsonException(
          JsonErrorCode.UNEXPECTED_TYPE,
          "expected a JSON object but found " + node.getNodeType().name().toLowerCase());
    }
    return (ObjectNode) node;
  }

  private JsonNode parseChecked(String text) throws StrictJsonException {
    if (text.isBlank()) {
      throw new StrictJsonException(JsonErrorCode.EMPTY, "JSON input is empty");
    }
    try {
      return read(mapper.createParser(text));
    } catch (IOException e) {
      throw new StrictJsonException(JsonErrorCode.MALFORMED, "unreadable JSON: " + e.getMessage());
    }
  }

  private JsonNode read(JsonParser created) throws StrictJsonException {
    return read(created, parser -> {
      JsonNode node = mapper.readTree(parser);
      if (node == null || node.isMissingNode()) {
        throw new StrictJsonException(JsonErrorCode.EMPTY, "JSON input is empty");
      }
      return node;
    });
  }

  /** How a value is read from a parser; null means "not read" (no end check follows). */
  private interface Reading<T> {
    T read(JsonParser parser) throws IOException, StrictJsonException;
  }

  private <T> T read(JsonParser created, Reading<T> reading) throws StrictJsonException {
    try (JsonParser parser = created) {
      T value = reading.read(parser);
      if (value != null) {
        requireEnd(parser);
      }
      return value;
    } catch (StreamConstraintsException e) {
      String msg = e.getOriginalMessage();
      JsonErrorCode code =
          msg != null && msg.toLowerCase().contains("depth")
              ? JsonErrorCode.TOO_DEEP
              : msg != null && msg.toLowerCase().contains("document length")
                  ? JsonErrorCode.TOO_LARGE
                  : JsonErrorCode.VALUE_TOO_LONG;
      throw new StrictJsonException(code, "JSON input exceeds a limit: " + shortMessage(e));
    } catch (JsonProcessingException e) {
      String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      if (msg.startsWith("Duplicate field")) {
        throw new StrictJsonException(JsonErrorCode.DUPLICATE_KEY, shortMessage(e));
      }
      throw new StrictJsonException(JsonErrorCode.MALFORMED, "malformed JSON: " + shortMessage(e));
    } catch (IOException e) {
      throw new StrictJsonException(JsonErrorCode.MALFORMED, "unreadable JSON: " + e.getMessage());
    }
  }

  /**
   * Refuses anything after the first complete value. Whatever follows (a second value, a stray
   * bracket, a bare word) is trailing data, even if it would not tokenise.
   */
  private static void requireEnd(JsonParser parser) throws StrictJsonException {
    try {
      if (parser.nextToken() == null) {
        return;
      }
    } catch (JsonProcessingException e) {
      throw new StrictJsonException(
          JsonErrorCode.TRAILING_DATA, "data follows the JSON value " + location(e));
    } catch (IOException e) {
      throw new StrictJsonException(JsonErrorCode.TRAILING_DATA, "data follows the JSON value");
    }
    throw new StrictJsonException(JsonErrorCode.TRAILING_DATA,
        "data follows the JSON value (line " + parser.currentTokenLocation().getLineNr()
            + ", column " + parser.currentTokenLocation().getColumnNr() + ")");
  }

  private static boolean hasByteOrderMark(byte[] utf8) {
    return utf8.length >= 3
        && (utf8[0] & 0xFF) == 0xEF
        && (utf8[1] & 0xFF) == 0xBB
        && (utf8[2] & 0xFF) == 0xBF;
  }

  /**
   * Whether bytes are well-formed UTF-8 (RFC 3629; Unicode table 3-7): no overlong forms, no
   * surrogates, nothing above U+10FFFF, no truncated or stray continuation bytes. Accepts exactly
   * what the JDK's reporting UTF-8 decoder accepts.
   */
  static boolean isWellFormedUtf8(byte[] b) {
    int i = 0;
    int n = b.length;
    while (i < n) {
      // ASCII runs eight bytes at a time: no byte of the word has its high bit set.
      while (i + Long.BYTES <= n && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
        i += Long.BYTES;
      }
      if (i >= n) {
        break;
      }
      int c = b[i];
      if (c >= 0) {
        i++;
        continue;
      }
      c &= 0xFF;
      if (c >= 0xC2 && c <= 0xDF) {
        if (i + 1 >= n || !continuation(b[i + 1], 0x80, 0xBF)) {
          return false;
        }
        i += 2;
      } else if (c >= 0xE0 && c <= 0xEF) {
        int lo = c == 0xE0 ? 0xA0 : 0x80;
        int hi = c == 0xED ? 0x9F : 0xBF;
        if (i + 2 >= n || !continuation(b[i + 1], lo, hi) || !continuation(b[i + 2], 0x80, 0xBF)) {
          return false;
        }
        i += 3;
      } else if (c >= 0xF0 && c <= 0xF4) {
        int lo = c == 0xF0 ? 0x90 : 0x80;
        int hi = c == 0xF4 ? 0x8F : 0xBF;
        if (i + 3 >= n || !continuation(b[i + 1], lo, hi) || !continuation(b[i + 2], 0x80, 0xBF)
            || !continuation(b[i + 3], 0x80, 0xBF)) {
          return false;
        }
        i += 4;
      } else {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the bytes contain a NUL byte, eight at a time. A NUL byte never occurs in a UTF-8 JSON
   * text (RFC 8259 sections 7 and 8.1: control characters must be escaped); it is the signature of
   * UTF-16 or UTF-32 text, which Jackson's byte parser would otherwise detect and accept.
   */
  static boolean hasNul(byte[] b) {
    int i = 0;
    int n = b.length;
    for (; i + Long.BYTES <= n; i += Long.BYTES) {
      long v = (long) LONGS.get(b, i);
      if (((v - 0x0101010101010101L) & ~v & 0x8080808080808080L) != 0) {
        return true;
      }
    }
    for (; i < n; i++) {
      if (b[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static StrictJsonException nulBytes() {
    return new StrictJsonException(JsonErrorCode.NOT_UTF8,
        "JSON input contains NUL bytes: UTF-16 or UTF-32 text is not accepted, only UTF-8");
  }

  private static boolean continuation(byte b, int lo, int hi) {
    int v = b & 0xFF;
    return v >= lo && v <= hi;
  }

  private static boolean hasAsciiNonWhitespace(byte[] utf8) {
    for (byte b : utf8) {
      if (b >= 0 && !Character.isWhitespace(b)) {
        return true;
      }
    }
    return false;
  }

  private static String decodeUtf8(byte[] utf8) throws StrictJsonException {
    if (hasByteOrderMark(utf8)) {
      throw new StrictJsonException(JsonErrorCode.NOT_UTF8, "JSON input starts with a byte order mark");
    }
    if (hasNul(utf8)) {
      throw nulBytes();
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(utf8));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new StrictJsonException(JsonErrorCode.NOT_UTF8, "JSON input is not valid UTF-8");
    }
  }

  private static String shortMessage(JsonProcessingException e) {
    String msg = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    int nl = msg.indexOf('\n');
    if (nl >= 0) {
      msg = msg.substring(0, nl);
    }
    if (msg.length() > 200) {
      msg = msg.substring(0, 200) + "...";
    }
    return msg + " " + location(e);
  }

  private static String location(JsonProcessingException e) {
    if (e.getLocation() == null) {
      return "";
    }
    return "(line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }
}
