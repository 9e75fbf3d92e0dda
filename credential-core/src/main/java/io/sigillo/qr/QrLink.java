package io.sigillo.qr;

import java.io.ByteArrayOutputStream;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;

/**
 * The link QR payload: an https URL to the issuer's verification page that names the credential
 * and the SHA-256 digest of its exact signed bytes. Immutable.
 *
 * <pre>
 * link-payload  = base-url "?sgl=L" link-version "&amp;id=" credential-id "&amp;d=" digest
 * base-url      = "https://" host [":" port] path   ; configured by the issuer; no query, fragment
 *                                                    ; or user information
 * link-version  = "1"
 * credential-id = the credential's "id", UTF-8, percent-encoded: every octet except
 *                 ALPHA / DIGIT / "-" / "." / "_" / "~" / ":" / "@" / "/" as "%" 2HEXDIG (upper case)
 * digest        = 43 base64url characters, no padding: SHA-256 of the signed payload octets (the
 *                 credential document the seal covers, identical in every securing form)
 * </pre>
 *
 * <p>A person's phone opens the page. A verifier fetches the sealed credential from the same URL
 * (asking for {@code application/jose+json} or {@code application/vc+jwt}), verifies it as a file
 * and proves with {@link #matches(byte[])} that it is the credential the QR code was printed for.
 * The parser is strict: the parameters in exactly this order, canonical percent-encoding only.
 */
public final class QrLink {
  /** The query parameter naming the link format and its version. */
  public static final String VERSION_PARAMETER = "sgl";
  /** The link format version this class writes and reads. */
  public static final String VERSION = "L1";
  /** Longest accepted link, in characters. */
  public static final int MAX_LENGTH = 2048;

  private static final String MARKER = "?" + VERSION_PARAMETER + "=";
  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

  private final URI baseUrl;
  private final String credentialId;
  private final byte[] digest;
  private final String text;

  private QrLink(URI baseUrl, String credentialId, byte[] digest) {
    this.baseUrl = baseUrl;
    this.credentialId = credentialId;
    this.digest = digest;
    this.text = baseUrl + MARKER + VERSION + "&id=" + encode(credentialId) + "&d=" + B64URL.encodeToString(digest);
  }

  /**
   * Builds the link for a sealed credential.
   *
   * @param baseUrl the issuer's verification page: https, with a host, without query, fragment or
   *     user information
   * @param credentialId the credential's {@code id}
   * @param signedPayload the exact payload bytes the seal covers
   * @return the link
   * @throws IllegalArgumentException if the base URL is not acceptable or the link too long
   */
  public static QrLink of(URI baseUrl, String credentialId, byte[] signedPayload) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(credentialId, "credentialId");
    Objects.requireNonNull(signedPayload, "signedPayload");
    String problem = baseProblem(baseUrl);
    if (problem != null) {
      throw new IllegalArgumentException("verification base URL " + baseUrl + ": " + problem);
    }
    if (credentialId.isEmpty()) {
      throw new IllegalArgumentException("the credential id is empty");
    }
    QrLink link = new QrLink(baseUrl, credentialId, sha256(signedPayload));
    if (link.text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("the link would exceed " + MAX_LENGTH + " characters");
    }
    return link;
  }

  /**
   * Whether a text claims to be a Sigillo link (an https URL with the {@code sgl} parameter).
   *
   * @param text a decoded QR text
   * @return true if it should be parsed with this class
   */
  public static boolean isLink(String text) {
    return text.regionMatches(true, 0, "https://", 0, 8) && text.contains(MARKER);
  }

  /**
   * Parses a link strictly.
   *
   * @param text the QR text
   * @return the link
   * @throws QrException LINK_INVALID, UNSUPPORTED_VERSION or PAYLOAD_TOO_LARGE
   */
  public static QrLink parse(String text) throws QrException {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_LENGTH) {
      throw new QrException(QrErrorCode.PAYLOAD_TOO_LARGE, "the link has " + text.length()
          + " characters; the limit is " + MAX_LENGTH);
    }
    int q = text.indexOf(MARKER);
    if (q < 0) {
      throw new QrException(QrErrorCode.LINK_INVALID, "the link has no '" + VERSION_PARAMETER + "' parameter");
    }
    URI base;
    try {
      base = new URI(text.substring(0, q));
    } catch (URISyntaxException e) {
      throw new QrException(QrErrorCode.LINK_INVALID, "the link's base URL is not a URI");
    }
    String problem = baseProblem(base);
    if (problem != null) {
      throw new QrException(QrErrorCode.LINK_INVALID, "the link's base URL " + problem);
    }
    String query = text.substring(q + MARKER.length());
    int amp = query.indexOf('&');
    String version = amp < 0 ? query : query.substring(0, amp);
    if (!version.equals(VERSION)) {
      if (version.matches("L[0-9]{1,2}")) {
        throw new QrException(QrErrorCode.UNSUPPORTED_VERSION,
            "link format version " + version + " is not supported (this library reads " + VERSION + ")");
      }
      throw new QrException(QrErrorCode.LINK_INVALID, "the '" + VERSION_PARAMETER + "' parameter is not a link version");
    }
    String rest = query.substring(amp + 1);
    if (!rest.startsWith("id=")) {
      throw new QrException(QrErrorCode.LINK_INVALID, "the link lacks the 'id' parameter after '" + VERSION_PARAMETER + "'");
    }
    int d = rest.indexOf("&d=");
    if (d < 0) {
      throw new QrException(QrErrorCode.LINK_INVALID, "the link lacks the 'd' parameter after 'id'");
    }
    String encodedId = rest.substring(3, d);
    String digestText = rest.substring(d + 3);
    String id = decode(encodedId);
    if (id.isEmpty() || !encode(id).equals(encodedId)) {
      throw new QrException(QrErrorCode.LINK_INVALID, "the link's 'id' is empty or not canonically percent-encoded");
    }
    if (digestText.length() != 43 || !digestText.chars().allMatch(QrLink::isBase64Url)) {
      throw new QrException(QrErrorCode.LINK_INVALID, "the link's 'd' is not 43 base64url characters");
    }
    byte[] digest = Base64.getUrlDecoder().decode(digestText);
    if (!B64URL.encodeToString(digest).equals(digestText)) {
      throw new QrException(QrErrorCode.LINK_INVALID, "the link's 'd' is not canonical base64url");
    }
    QrLink link = new QrLink(base, id, digest);
    if (!link.text.equals(text)) {
      throw new QrException(QrErrorCode.LINK_INVALID, "the link is not in canonical form");
    }
    return link;
  }

  /**
   * The issuer's verification page.
   *
   * @return the base URL
   */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * The host of the link, lower case ASCII (IDNA), for allow-list checks.
   *
   * @return the host
   */
  public String host() {
    return IDN.toASCII(baseUrl.getHost()).toLowerCase(Locale.ROOT);
  }

  /**
   * The port of the link.
   *
   * @return the explicit port, or 443
   */
  public int port() {
    return baseUrl.getPort() < 0 ? 443 : baseUrl.getPort();
  }

  /**
   * The credential id the link names.
   *
   * @return the id
   */
  public String credentialId() {
    return credentialId;
  }

  /**
   * The SHA-256 digest of the signed payload.
   *
   * @return a copy of the 32 bytes
   */
  public byte[] digest() {
    return digest.clone();
  }

  /**
   * The digest as it appears in the link.
   *
   * @return 43 base64url characters
   */
  public String digestText() {
    return B64URL.encodeToString(digest);
  }

  /**
   * Whether a signed payload is the one the link was made for.
   *
   * @param signedPayload the payload bytes the fetched seal covers
   * @return true if its SHA-256 digest is the link's (compared in constant time)
   */
  public boolean matches(byte[] signedPayload) {
    return MessageDigest.isEqual(digest, sha256(signedPayload));
  }

  /**
   * The link as a URI.
   *
   * @return the URI
   */
  public URI uri() {
    return URI.create(text);
  }

  /**
   * The link text, as put in the QR code.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QrLink l && l.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  private static String baseProblem(URI base) {
    if (!"https".equals(base.getScheme())) {
      return "is not https";
    }
    if (base.getRawAuthority() == null || base.getHost() == null || base.getHost().isEmpty()) {
      return "has no host";
    }
    if (base.getRawUserInfo() != null) {
      return "carries user information";
    }
    if (base.getRawQuery() != null || base.getRawFragment() != null) {
      return "has a query or fragment";
    }
    if (base.isOpaque()) {
      return "is opaque";
    }
    return null;
  }

  private static boolean isBase64Url(int c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
  }

  private static boolean keep(int b) {
    return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9'
        || b == '-' || b == '.' || b == '_' || b == '~' || b == ':' || b == '@' || b == '/';
  }

  static String encode(String id) {
    StringBuilder s = new StringBuilder(id.length() + 8);
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (keep(c)) {
        s.append((char) c);
      } else {
        s.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return s.toString();
  }

  private static String decode(String encoded) throws QrException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        if (i + 2 >= encoded.length()) {
          throw new QrException(QrErrorCode.LINK_INVALID, "the link's 'id' has a truncated percent-escape");
        }
        int hi = Character.digit(encoded.charAt(i + 1), 16);
        int lo = Character.digit(encoded.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          throw new QrException(QrErrorCode.LINK_INVALID, "the link's 'id' has an invalid percent-escape");
        }
        out.write(hi << 4 | lo);
        i += 2;
      } else if (c < 128 && keep(c)) {
        out.write(c);
      } else {
        throw new QrException(QrErrorCode.LINK_INVALID, "the link's 'id' contains a character that must be percent-encoded");
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(out.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      throw new QrException(QrErrorCode.TEXT_NOT_UTF8, "the link's 'id' is not UTF-8 once percent-decoded");
    }
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
