package io.sigillo.verifier.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.json.JsonErrorCode;
import io.sigillo.json.ObjectWithBytes;
import io.sigillo.json.StrictJson;
import io.sigillo.json.StrictJsonException;
import io.sigillo.seal.JoseHeader;
import io.sigillo.seal.SecuringForm;
import io.sigillo.verifier.ReasonCode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.Set;

/**
 * Detects the securing form of an input and takes it apart: JAdES (JWS JSON general or flattened
 * serialization; the QR form when the header references the certificate by {@code x5t#S256}
 * without {@code x5c}), compact JWS, a credential document with an embedded Data Integrity
 * {@code proof}, or an unsecured credential document. Strict: base64url without
 * padding, no unknown members, exactly one signature, the payload kept byte for byte.
 */
public final class EnvelopeParser {
  private static final Set<String> GENERAL_MEMBERS = Set.of("payload", "signatures");
  private static final Set<String> FLATTENED_MEMBERS = Set.of("payload", "protected", "header", "signature");
  private static final Set<String> SIGNATURE_MEMBERS = Set.of("protected", "header", "signature");

  private final StrictJson json;

  /**
   * Creates a parser.
   *
   * @param json the JSON reader with the policy's limits
   */
  public EnvelopeParser(StrictJson json) {
    this.json = json;
  }

  /**
   * Parses an input.
   *
   * @param input the bytes as received
   * @return the envelope
   * @throws EnvelopeException with a FORMAT reason if the input is not a sealed credential
   */
  public Envelope parse(byte[] input) throws EnvelopeException {
    if (input.length > json.limits().maxBytes()) {
      throw new EnvelopeException(ReasonCode.INPUT_TOO_LARGE,
          "input of " + input.length + " bytes exceeds the limit of " + json.limits().maxBytes());
    }
    int start = 0;
    int end = input.length;
    while (start < end && isWhitespace(input[start])) {
      start++;
    }
    while (end > start && isWhitespace(input[end - 1])) {
      end--;
    }
    if (start == end) {
      throw new EnvelopeException(ReasonCode.UNRECOGNISED_INPUT, "the input is empty");
    }
    if (input[start] == '{') {
      return parseJson(input);
    }
    return parseCompact(new String(input, start, end - start, StandardCharsets.ISO_8859_1), input, start);
  }

  private Envelope parseJson(byte[] input) throws EnvelopeException {
    ObjectWithBytes parsed;
    try {
      // the payload string as bytes: an unencoded payload is signed as its UTF-8 (RFC 7797)
      parsed = json.parseObjectWithBytes(input, "payload");
    } catch (StrictJsonException e) {
      throw new EnvelopeException(e.code() == JsonErrorCode.TOO_LARGE ? ReasonCode.INPUT_TOO_LARGE
          : ReasonCode.MALFORMED_JSON, e.getMessage());
    }
    ObjectNode root = parsed.object();
    byte[] payloadBytes = parsed.memberBytes();
    boolean hasPayload = payloadBytes != null || root.has("payload");
    if (!hasPayload && root.has("@context")) {
      SecuringForm form = root.has("proof") ? SecuringForm.DATA_INTEGRITY : null;
      return new Envelope(form, null, null, input, null, null);
    }
    if (!hasPayload) {
      throw new EnvelopeException(ReasonCode.UNRECOGNISED_INPUT,
          "a JSON input must be a JAdES seal (with 'payload') or a credential (with '@context')");
    }
    JsonNode sigNode;
    if (root.has("signatures")) {
      onlyMembers(root, GENERAL_MEMBERS, "JWS JSON serialization");
      JsonNode sigs = root.get("signatures");
      if (!sigs.isArray() || sigs.isEmpty()) {
        throw new EnvelopeException(ReasonCode.MALFORMED_JWS, "'signatures' must be a non-empty array");
      }
      if (sigs.size() > 1) {
        throw new EnvelopeException(ReasonCode.MULTIPLE_SIGNATURES,
            "the seal has " + sigs.size() + " signatures; exactly one is supported");
      }
      sigNode = sigs.get(0);
      if (!sigNode.isObject()) {
        throw new EnvelopeException(ReasonCode.MALFORMED_JWS, "a signature entry must be an object");
      }
      onlyMembers(sigNode, SIGNATURE_MEMBERS, "signature entry");
    } else {
      onlyMembers(root, FLATTENED_MEMBERS, "flattened JWS JSON serialization");
      sigNode = root;
    }
    String protectedB64 = text(sigNode, "protected");
    byte[] signature = decode(text(sigNode, "signature"), "signature");
    ObjectNode header = decodeHeader(protectedB64);
    ObjectNode unprotected = null;
    if (sigNode.has("header")) {
      if (!sigNode.get("header").isObject()) {
        throw new EnvelopeException(ReasonCode.MALFORMED_JWS, "the unprotected header must be an object");
      }
      unprotected = (ObjectNode) sigNode.get("header");
    }
    JsonNode payloadNode = root.get("payload");
    if (payloadBytes == null && !payloadNode.isTextual()) {
      throw new EnvelopeException(ReasonCode.MALFORMED_JWS, "'payload' must be a string");
    }
    JsonNode b64Node = header.get(JoseHeader.B64);
    if (b64Node != null && !b64Node.isBoolean()) {
      throw new EnvelopeException(ReasonCode.PAYLOAD_ENCODING_INVALID, "'b64' must be a boolean (RFC 7797)");
    }
    boolean b64 = b64Node == null || b64Node.booleanValue();
    // payloadBytes is the UTF-8 of the payload string; when null, the string is in the tree (it
    // has a lone surrogate escape, which utf8 and decode refuse)
    byte[] payload;
    byte[] signedPayload;
    if (b64) {
      String text = payloadBytes != null ? new String(payloadBytes, StandardCharsets.UTF_8) : payloadNode.asText();
      payload = decode(text, "payload");
      signedPayload = text.getBytes(StandardCharsets.US_ASCII);
    } else {
      payload = payloadBytes != null ? payloadBytes : utf8(payloadNode.asText());
      signedPayload = payload;
    }
    byte[] prefix = (protectedB64 + ".").getBytes(StandardCharsets.US_ASCII);
    byte[] signingInput = new byte[prefix.length + signedPayload.length];
    System.arraycopy(prefix, 0, signingInput, 0, prefix.length);
    System.arraycopy(signedPayload, 0, signingInput, prefix.length, signedPayload.length);
    SecuringForm form = !header.has(JoseHeader.X5C) && header.has(JoseHeader.X5T_S256)
        ? SecuringForm.JADES_QR : SecuringForm.JADES;
    return new Envelope(form, header, unprotected, payload, signingInput, signature);
  }

  /**
   * UTF-8 of the unencoded payload, refusing lone surrogates (JSON escapes such as
   * {@code "\ud800"} can produce them): a lenient encoder writes {@code ?} for them, so a
   * signature over the {@code ?} text would also verify for this different input.
   */
  static byte[] utf8(String text) throws EnvelopeException {
    if (!hasSurrogate(text)) {
      // Without surrogates every char is a code point the lenient, much faster encoder writes
      // exactly as the reporting one would.
      return text.getBytes(StandardCharsets.UTF_8);
    }
    try {
      ByteBuffer b = StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(text));
      byte[] out = new byte[b.remaining()];
      b.get(out);
      return out;
    } catch (CharacterCodingException e) {
      throw new EnvelopeException(ReasonCode.MALFORMED_JWS, "the payload string is not valid Unicode (lone surrogate)");
    }
  }

  private static boolean hasSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private Envelope parseCompact(String text, byte[] input, int start) throws EnvelopeException {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) <= ' ') {
        throw new EnvelopeException(ReasonCode.UNRECOGNISED_INPUT,
            "the input is not a single compact JWS: whitespace or control characters separate further data");
      }
    }
    int first = text.indexOf('.');
    int second = first < 0 ? -1 : text.indexOf('.', first + 1);
    if (first < 0 || second < 0 || text.indexOf('.', second + 1) >= 0) {
      throw new EnvelopeException(ReasonCode.UNRECOGNISED_INPUT,
          "the input is neither JSON nor a compact JWS of three dot-separated parts");
    }
    String h = text.substring(0, first);
    String p = text.substring(first + 1, second);
    String s = text.substring(second + 1);
    ObjectNode header = decodeHeader(h);
    if (header.has(JoseHeader.B64)) {
      throw new EnvelopeException(ReasonCode.PAYLOAD_ENCODING_INVALID,
          "a compact vc+jwt must not use the b64 header parameter");
    }
    byte[] payload = decode(p, "payload");
    byte[] signature = decode(s, "signature");
    // header '.' payload, exactly as received: both parts decoded above, so they are ASCII and
    // the text (one char per input byte) is the input bytes.
    byte[] signingInput = Arrays.copyOfRange(input, start, start + second);
    return new Envelope(SecuringForm.VC_JWT, header, null, payload, signingInput, signature);
  }

  private ObjectNode decodeHeader(String b64) throws EnvelopeException {
    byte[] bytes = decode(b64, "protected header");
    try {
      return json.parseObject(bytes);
    } catch (StrictJsonException e) {
      throw new EnvelopeException(ReasonCode.HEADER_INVALID, "protected header: " + e.getMessage());
    }
  }

  private static String text(JsonNode n, String name) throws EnvelopeException {
    JsonNode v = n.get(name);
    if (v == null || !v.isTextual()) {
      throw new EnvelopeException(ReasonCode.MALFORMED_JWS, "'" + name + "' must be a string");
    }
    return v.asText();
  }

  private static void onlyMembers(JsonNode n, Set<String> allowed, String what) throws EnvelopeException {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw new EnvelopeException(ReasonCode.MALFORMED_JWS, "unexpected member '" + abbreviate(f) + "' in " + what);
      }
    }
  }

  /** Strict base64url: the URL-safe alphabet only, no padding, unused bits zero. */
  static byte[] decode(String s, String what) throws EnvelopeException {
    // Fast path: the JDK's URL decoder refuses every character outside A-Z a-z 0-9 - _ except
    // the padding '=', and an impossible length; with no '=' and the unused bits zero (which the
    // JDK does not check) it accepts exactly canonical unpadded base64url. Failures are
    // classified below, as before, without slowing valid input down.
    if (s.indexOf('=') < 0 && !unusedBitsSet(s)) {
      try {
        return Base64.getUrlDecoder().decode(s);
      } catch (IllegalArgumentException e) {
        // explained below
      }
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
        throw new EnvelopeException(ReasonCode.MALFORMED_JWS, what + " is not unpadded base64url");
      }
    }
    if (s.length() % 4 == 1) {
      throw new EnvelopeException(ReasonCode.MALFORMED_JWS, what + " has an impossible base64url length");
    }
    if (unusedBitsSet(s)) {
      throw new EnvelopeException(ReasonCode.MALFORMED_JWS, what + " is not canonical base64url (unused bits set)");
    }
    try {
      return Base64.getUrlDecoder().decode(s);
    } catch (IllegalArgumentException e) {
      throw new EnvelopeException(ReasonCode.MALFORMED_JWS, what + " is not valid base64url");
    }
  }

  /**
   * Whether the unused low bits of the last character are set. They must be zero (RFC 4648
   * section 3.5); otherwise several texts decode to the same bytes and a token could be altered
   * without detection.
   */
  private static boolean unusedBitsSet(String s) {
    return s.length() % 4 != 0
        && (sextet(s.charAt(s.length() - 1)) & (s.length() % 4 == 2 ? 0x0F : 0x03)) != 0;
  }

  private static int sextet(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 52;
    }
    return c == '-' ? 62 : 63;
  }

  private static boolean isWhitespace(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }
}
