package io.sigillo.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads a JSON object member by member with a strict Jackson parser, building the tree of every
 * member but one top-level string, whose value is decoded from the input bytes by
 * {@link JsonStringBytes}. Jackson still reads (skips) that string and enforces every rule on it
 * except the string length limit, which is checked here on the decoded length.
 */
final class ByteMemberReader {
  private ByteMemberReader() {}

  /**
   * Reads the object.
   *
   * @param parser a parser created by {@code mapper} over {@code utf8}, before its first token
   * @param mapper the strict mapper
   * @param utf8 the whole input, well-formed UTF-8
   * @param name the member to return as bytes
   * @param maxChars the string length limit, in UTF-16 code units
   * @return the result, or null if the input does not start with an object
   * @throws IOException if Jackson refuses the input
   * @throws StrictJsonException if the member's value is longer than the limit
   */
  static ObjectWithBytes read(JsonParser parser, ObjectMapper mapper, byte[] utf8, String name, int maxChars)
      throws IOException, StrictJsonException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      return null;
    }
    ObjectNode object = mapper.createObjectNode();
    byte[] bytes = null;
    for (String member = parser.nextFieldName(); member != null; member = parser.nextFieldName()) {
      JsonToken token = parser.nextToken();
      JsonStringBytes.Decoded value = token == JsonToken.VALUE_STRING && member.equals(name)
          ? JsonStringBytes.decode(utf8, quoteIndex(parser)) : null;
      if (value != null && value.chars() > maxChars) {
        throw new StrictJsonException(JsonErrorCode.VALUE_TOO_LONG, "JSON input exceeds a limit: String value length ("
            + value.chars() + ") exceeds the maximum allowed (" + maxChars + ") (member '" + name + "')");
      }
      if (value != null && value.bytes() != null) {
        bytes = value.bytes();
      } else {
        // any other member; or the string is malformed (Jackson reports it now) or has no UTF-8
        object.set(member, mapper.readTree(parser));
      }
    }
    return new ObjectWithBytes(object, bytes);
  }

  /** The index of the current string token's opening quote, or -1 if the parser does not say. */
  private static int quoteIndex(JsonParser parser) {
    long offset = parser.currentTokenLocation().getByteOffset();
    return offset < 0 || offset > Integer.MAX_VALUE ? -1 : (int) offset;
  }
}
