package io.sigillo.qr.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.json.StrictJson;
import io.sigillo.json.StrictJsonException;
import io.sigillo.qr.QrErrorCode;
import io.sigillo.qr.QrException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The binary container of the offline QR payload: the exact protected header, payload and
 * signature of a single-signature JWS, the header and payload compressed with a preset
 * dictionary. The sealed text is rebuilt exactly as the issuer wrote it; {@link #encode} refuses
 * any text it could not rebuild byte for byte.
 *
 * <pre>
 * container = form sig-len signature deflated
 * form      = %x01 (JWS JSON general serialization, one signature, no unprotected header)
 *           / %x02 (JWS compact serialization)
 * sig-len   = unsigned LEB128, 1 to 1024
 * deflated  = raw DEFLATE (RFC 1951) of body with the preset dictionary; ends the container
 * body      = hdr-len header payload
 * hdr-len   = unsigned LEB128, 2 to 8192
 * header    = the protected header's octets (base64url-decoded)
 * payload   = the JWS payload's octets (base64url-decoded unless the header says b64:false)
 * </pre>
 */
public final class OfflineCodec {
  static final int FORM_JSON = 1;
  static final int FORM_COMPACT = 2;
  private static final int MAX_SIGNATURE = 1024;
  private static final int MAX_HEADER = 8192;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
  private static final StrictJson JSON = StrictJson.standard();
  private static final Set<String> GENERAL = Set.of("payload", "signatures");
  private static final Set<String> SIGNATURE = Set.of("protected", "signature");

  private OfflineCodec() {}

  /**
   * Builds the container of a sealed credential.
   *
   * @param sealed a JAdES JSON serialization or a compact JWS, as the issuer wrote it
   * @param dictionary the preset dictionary
   * @return the container
   * @throws IllegalArgumentException if the text is not a single-signature JWS that the container
   *     can rebuild byte for byte (for example one with an unprotected header)
   */
  public static byte[] encode(String sealed, byte[] dictionary) {
    Parts parts = split(sealed);
    ByteArrayOutputStream body = new ByteArrayOutputStream(parts.header.length + parts.payload.length + 4);
    writeVarint(body, parts.header.length);
    body.writeBytes(parts.header);
    body.writeBytes(parts.payload);
    byte[] deflated = deflate(body.toByteArray(), dictionary);
    ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length + parts.signature.length + 4);
    out.write(parts.form);
    writeVarint(out, parts.signature.length);
    out.writeBytes(parts.signature);
    out.writeBytes(deflated);
    byte[] container = out.toByteArray();
    byte[] rebuilt;
    try {
      rebuilt = decode(container, dictionary, Math.max(1 << 20, body.size()));
    } catch (QrException e) {
      throw new IllegalArgumentException("the sealed credential cannot be carried offline: " + e.getMessage(), e);
    }
    if (!Arrays.equals(rebuilt, sealed.getBytes(StandardCharsets.UTF_8))) {
      throw new IllegalArgumentException(
          "the sealed credential is not in the canonical serialization the offline QR code rebuilds");
    }
    return container;
  }

  /**
   * Rebuilds the sealed credential from a container.
   *
   * @param container the container bytes
   * @param dictionary the preset dictionary its version names
   * @param maxInflated the largest accepted body
   * @return the sealed credential text, UTF-8
   * @throws QrException PAYLOAD_TRUNCATED, PAYLOAD_MALFORMED or DECOMPRESSION_LIMIT
   */
  public static byte[] decode(byte[] container, byte[] dictionary, int maxInflated) throws QrException {
    int[] pos = {0};
    if (container.length == 0) {
      throw new QrException(QrErrorCode.PAYLOAD_TRUNCATED, "the offline container is empty");
    }
    int form = container[pos[0]++] & 0xff;
    if (form != FORM_JSON && form != FORM_COMPACT) {
      throw new QrException(QrErrorCode.PAYLOAD_MALFORMED, "unknown serialization code " + form + " in the offline container");
    }
    int sigLen = readVarint(container, pos, MAX_SIGNATURE, "signature length");
    if (sigLen == 0) {
      throw new QrException(QrErrorCode.PAYLOAD_MALFORMED, "the offline container has an empty signature");
    }
    if (container.length - pos[0] < sigLen) {
      throw new QrException(QrErrorCode.PAYLOAD_TRUNCATED, "the offline container ends inside the signature");
    }
    byte[] signature = Arrays.copyOfRange(container, pos[0], pos[0] + sigLen);
    pos[0] += sigLen;
    byte[] body = inflate(container, pos[0], dictionary, maxInflated);
    int[] bpos = {0};
    int hdrLen = readVarint(body, bpos, MAX_HEADER, "header length");
    if (hdrLen < 2 || body.length - bpos[0] < hdrLen) {
      throw new QrException(QrErrorCode.PAYLOAD_MALFORMED, "the offline container's header length is out of range");
    }
    byte[] header = Arrays.copyOfRange(body, bpos[0], bpos[0] + hdrLen);
    byte[] payload = Arrays.copyOfRange(body, bpos[0] + hdrLen, body.length);
    return (form == FORM_JSON ? json(header, payload, signature) : compact(header, payload, signature))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String compact(byte[] header, byte[] payload, byte[] signature) {
    return B64URL.encodeToString(header) + "." + B64URL.encodeToString(payload) + "."
        + B64URL.encodeToString(signature);
  }

  private static String json(byte[] header, byte[] payload, byte[] signature) throws QrException {
    ObjectNode h;
    try {
      h = JSON.parseObject(header);
    } catch (StrictJsonException e) {
      throw new QrException(QrErrorCode.PAYLOAD_MALFORMED, "the offline container's protected header is not a JSON object");
    }
    JsonNode b64 = h.get("b64");
    String payloadText;
    if (b64 != null && b64.isBoolean() && !b64.booleanValue()) {
      try {
        payloadText = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(payload)).toString();
      } catch (CharacterCodingException e) {
        throw new QrException(QrErrorCode.PAYLOAD_MALFORMED, "the unencoded payload is not UTF-8");
      }
    } else {
      payloadText = B64URL.encodeToString(payload);
    }
    ObjectNode jws = JsonNodeFactory.instance.objectNode();
    jws.put("payload", payloadText);
    ObjectNode sig = jws.putArray("signatures").addObject();
    sig.put("protected", B64URL.encodeToString(header));
    sig.put("signature", B64URL.encodeToString(signature));
    try {
      return MAPPER.writeValueAsString(jws);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Parts(int form, byte[] header, byte[] payload, byte[] signature) {}

  private static Parts split(String sealed) {
    String t = sealed.strip();
    if (t.startsWith("{")) {
      ObjectNode root;
      try {
        root = JSON.parseObject(sealed);
      } catch (StrictJsonException e) {
        throw new IllegalArgumentException("the sealed credential is not valid JSON: " + e.getMessage(), e);
      }
      members(root, GENERAL);
      JsonNode sigs = root.get("signatures");
      if (!sigs.isArray() || sigs.size() != 1 || !sigs.get(0).isObject()) {
        throw new IllegalArgumentException("an offline QR code carries exactly one signature");
      }
      JsonNode sig = sigs.get(0);
      members(sig, SIGNATURE);
      byte[] header = b64url(sig.get("protected"));
      byte[] signature = b64url(sig.get("signature"));
      JsonNode p = root.get("payload");
      if (!p.isTextual()) {
        throw new IllegalArgumentException("'payload' must be a string");
      }
      boolean unencoded;
      try {
        JsonNode b64 = JSON.parseObject(header).get("b64");
        unencoded = b64 != null && b64.isBoolean() && !b64.booleanValue();
      } catch (StrictJsonException e) {
        throw new IllegalArgumentException("the protected header is not a JSON object", e);
      }
      byte[] payload = unencoded ? p.textValue().getBytes(StandardCharsets.UTF_8) : b64url(p);
      return new Parts(FORM_JSON, header, payload, signature);
    }
    String[] parts = t.split("\\.", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException("the sealed credential is neither JWS JSON nor a compact JWS");
    }
    return new Parts(FORM_COMPACT, b64url(parts[0]), b64url(parts[1]), b64url(parts[2]));
  }

  private static void members(JsonNode node, Set<String> required) {
    if (node.size() != required.size()) {
      throw new IllegalArgumentException("an offline QR code carries only " + required
          + " (no unprotected header or other members)");
    }
    for (String m : required) {
      if (!node.has(m)) {
        throw new IllegalArgumentException("the sealed credential lacks '" + m + "'");
      }
    }
  }

  private static byte[] b64url(JsonNode n) {
    if (n == null || !n.isTextual()) {
      throw new IllegalArgumentException("a JWS member is not a string");
    }
    return b64url(n.textValue());
  }

  private static byte[] b64url(String s) {
    try {
      return Base64.getUrlDecoder().decode(s);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("a JWS part is not base64url", e);
    }
  }

  private static byte[] deflate(byte[] body, byte[] dictionary) {
    Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
    try {
      d.setDictionary(dictionary);
      d.setInput(body);
      d.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
      byte[] buf = new byte[4096];
      while (!d.finished()) {
        int n = d.deflate(buf);
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } finally {
      d.end();
    }
  }

  private static byte[] inflate(byte[] in, int off, byte[] dictionary, int max) throws QrException {
    if (off >= in.length) {
      throw new QrException(QrErrorCode.PAYLOAD_TRUNCATED, "the offline container has no compressed body");
    }
    Inflater inf = new Inflater(true);
    try {
      inf.setDictionary(dictionary);
      inf.setInput(in, off, in.length - off);
      byte[] out = new byte[Math.min(max, 16 << 10) + 1];
      int total = 0;
      while (!inf.finished()) {
        if (total == out.length) {
          if (out.length > max) {
            throw new QrException(QrErrorCode.DECOMPRESSION_LIMIT,
                "the compressed credential expands beyond the limit of " + max + " bytes");
          }
          out = Arrays.copyOf(out, (int) Math.min((long) max + 1, out.length * 2L));
        }
        int n = inf.inflate(out, total, out.length - total);
        total += n;
        if (n == 0 && !inf.finished() && total < out.length) {
          if (inf.needsInput()) {
            throw new QrException(QrErrorCode.PAYLOAD_TRUNCATED, "the compressed credential ends early");
          }
          throw new QrException(QrErrorCode.PAYLOAD_MALFORMED, "the compressed stream cannot be inflated");
        }
      }
      if (total > max) {
        throw new QrException(QrErrorCode.DECOMPRESSION_LIMIT,
            "the compressed credential expands beyond the limit of " + max + " bytes");
      }
      if (inf.getRemaining() > 0) {
        throw new QrException(QrErrorCode.PAYLOAD_MALFORMED,
            inf.getRemaining() + " bytes follow the end of the compressed credential");
      }
      return Arrays.copyOf(out, total);
    } catch (DataFormatException e) {
      throw new QrException(QrErrorCode.PAYLOAD_MALFORMED, "the compressed credential is not a valid DEFLATE stream");
    } finally {
      inf.end();
    }
  }

  static void writeVarint(ByteArrayOutputStream out, int value) {
    int v = value;
    while (v >= 0x80) {
      out.write((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.write(v);
  }

  static int readVarint(byte[] in, int[] pos, int max, String what) throws QrException {
    int value = 0;
    for (int shift = 0; shift < 21; shift += 7) {
      if (pos[0] >= in.length) {
        throw new QrException(QrErrorCode.PAYLOAD_TRUNCATED, "the offline container ends inside the " + what);
      }
      int b = in[pos[0]++] & 0xff;
      if (shift > 0 && b == 0) {
        throw new QrException(QrErrorCode.PAYLOAD_MALFORMED, "the " + what + " is not minimally encoded");
      }
      value |= (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        if (value > max) {
          throw new QrException(QrErrorCode.PAYLOAD_MALFORMED, "the " + what + " " + value + " exceeds " + max);
        }
        return value;
      }
    }
    throw new QrException(QrErrorCode.PAYLOAD_MALFORMED, "the " + what + " is longer than three bytes");
  }
}
