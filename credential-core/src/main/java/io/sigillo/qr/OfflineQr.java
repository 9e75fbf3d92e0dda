package io.sigillo.qr;

import io.sigillo.qr.internal.Base45;
import io.sigillo.qr.internal.OfflineCodec;
import io.sigillo.qr.internal.PresetDictionary;
import java.util.Objects;

/**
 * The offline QR payload: a whole sealed credential in one QR code, verifiable with no network.
 *
 * <pre>
 * offline-payload = "SGL" format-version "." dictionary-version ":" base45-data
 * format-version  = "1"                 ; this class writes and reads version 1
 * dictionary-version = 1*2DIGIT         ; 1: the preset dictionary of this release
 * base45-data     = Base45 (RFC 9285) of the binary container
 * </pre>
 *
 * <p>Every character is in the QR alphanumeric set, so the code uses the alphanumeric mode
 * (5.5 bits a character). The container holds the JWS serialization code, the signature and,
 * compressed with raw DEFLATE and the versioned preset dictionary, the exact protected header and
 * payload octets; {@link #decode} rebuilds the sealed text the issuer wrote, byte for byte, so the
 * seal verifies unchanged. A decoder refuses unknown format and dictionary versions.
 *
 * <p>To fit the AI Security Specialist credential in one QR code of version 25 or less, seal it in
 * the {@link io.sigillo.seal.SecuringForm#JADES_QR} form (the certificate referenced by thumbprint
 * instead of embedded); the other forms work too but need larger codes.
 */
public final class OfflineQr {
  /** The marker every offline payload starts with. */
  public static final String MARKER = "SGL";
  /** The container format version this class writes. */
  public static final int FORMAT_VERSION = 1;

  private OfflineQr() {}

  /**
   * Encodes a sealed credential with the current dictionary.
   *
   * @param sealedCredential a single-signature JAdES JSON serialization (no unprotected header) or
   *     compact JWS, exactly as the issuer wrote it
   * @return the payload text, for example {@code SGL1.1:...}
   * @throws IllegalArgumentException if the text cannot be carried and rebuilt byte for byte
   */
  public static String encode(String sealedCredential) {
    Objects.requireNonNull(sealedCredential, "sealedCredential");
    int version = PresetDictionary.CURRENT;
    byte[] container = OfflineCodec.encode(sealedCredential, PresetDictionary.forVersion(version).orElseThrow());
    return prefix(FORMAT_VERSION, version) + Base45.encode(container);
  }

  /**
   * Whether a text claims to be an offline payload (starts with {@value #MARKER}).
   *
   * @param text a decoded QR text
   * @return true if it should be decoded with this class
   */
  public static boolean isOfflinePayload(String text) {
    return text.startsWith(MARKER);
  }

  /**
   * Decodes a payload with the default limits.
   *
   * @param text the QR text
   * @return the sealed credential and what the payload said about itself
   * @throws QrException with the reason the payload was refused
   */
  public static Decoded decode(String text) throws QrException {
    return decode(text, QrLimits.DEFAULT);
  }

  /**
   * Decodes a payload.
   *
   * @param text the QR text
   * @param limits the bounds
   * @return the sealed credential and what the payload said about itself
   * @throws QrException PAYLOAD_TOO_LARGE, UNKNOWN_PREFIX, UNSUPPORTED_VERSION, PAYLOAD_MALFORMED,
   *     PAYLOAD_TRUNCATED or DECOMPRESSION_LIMIT
   */
  public static Decoded decode(String text, QrLimits limits) throws QrException {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(limits, "limits");
    if (text.length() > limits.maxTextLength()) {
      throw new QrException(QrErrorCode.PAYLOAD_TOO_LARGE,
          "the QR text has " + text.length() + " characters; the limit is " + limits.maxTextLength());
    }
    if (!isOfflinePayload(text)) {
      throw new QrException(QrErrorCode.UNKNOWN_PREFIX, "the QR text does not start with " + MARKER);
    }
    int[] pos = {MARKER.length()};
    int format = number(text, pos);
    if (format < 0 || pos[0] >= text.length() || text.charAt(pos[0]) != '.') {
      throw new QrException(QrErrorCode.UNKNOWN_PREFIX,
          "the QR text starts with " + MARKER + " but not with SGL<format>.<dictionary>:");
    }
    pos[0]++;
    int dictionary = number(text, pos);
    if (dictionary < 0 || pos[0] >= text.length() || text.charAt(pos[0]) != ':') {
      throw new QrException(QrErrorCode.UNKNOWN_PREFIX,
          "the QR text starts with " + MARKER + " but not with SGL<format>.<dictionary>:");
    }
    int dataStart = pos[0] + 1;
    if (format != FORMAT_VERSION) {
      throw new QrException(QrErrorCode.UNSUPPORTED_VERSION,
          "offline payload format version " + format + " is not supported (this library reads " + FORMAT_VERSION + ")");
    }
    byte[] dict = PresetDictionary.forVersion(dictionary).orElseThrow(() -> new QrException(
        QrErrorCode.UNSUPPORTED_VERSION, "offline payload dictionary version " + dictionary + " is not known"));
    for (int i = dataStart; i < text.length(); i++) {
      if (Base45.ALPHABET.indexOf(text.charAt(i)) < 0) {
        throw new QrException(QrErrorCode.PAYLOAD_MALFORMED,
            "the payload is not Base45: character " + (i - dataStart) + " is outside the alphabet");
      }
    }
    int dataLength = text.length() - dataStart;
    if (dataLength % 3 == 1) {
      throw new QrException(QrErrorCode.PAYLOAD_TRUNCATED,
          "the Base45 data has an impossible length of " + dataLength + " characters");
    }
    byte[] container;
    try {
      container = Base45.decode(text, dataStart, text.length());
    } catch (IllegalArgumentException e) {
      throw new QrException(QrErrorCode.PAYLOAD_MALFORMED, "the payload is not Base45: " + e.getMessage());
    }
    byte[] sealed = OfflineCodec.decode(container, dict, limits.maxInflatedBytes());
    return new Decoded(format, dictionary, container.length, sealed);
  }

  static String prefix(int format, int dictionary) {
    return MARKER + format + "." + dictionary + ":";
  }

  /** Reads 1 or 2 digits without a leading zero; -1 if there are none or too many. */
  private static int number(String text, int[] pos) {
    int start = pos[0];
    int end = start;
    while (end < text.length() && end - start < 3 && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
      end++;
    }
    if (end == start || end - start > 2 || (end - start == 2 && text.charAt(start) == '0')) {
      return -1;
    }
    pos[0] = end;
    return Integer.parseInt(text, start, end, 10);
  }

  /** A decoded offline payload: the sealed credential and the versions it was made with. */
  public static final class Decoded {
    private final int formatVersion;
    private final int dictionaryVersion;
    private final int containerBytes;
    private final byte[] sealed;

    Decoded(int formatVersion, int dictionaryVersion, int containerBytes, byte[] sealed) {
      this.formatVersion = formatVersion;
      this.dictionaryVersion = dictionaryVersion;
      this.containerBytes = containerBytes;
      this.sealed = sealed;
    }

    /**
     * The container format version from the prefix.
     *
     * @return the version
     */
    public int formatVersion() {
      return formatVersion;
    }

    /**
     * The preset dictionary version from the prefix.
     *
     * @return the version
     */
    public int dictionaryVersion() {
      return dictionaryVersion;
    }

    /**
     * The size of the binary container (after Base45 decoding).
     *
     * @return bytes
     */
    public int containerBytes() {
      return containerBytes;
    }

    /**
     * The sealed credential, exactly as the issuer wrote it.
     *
     * @return a copy of the UTF-8 text
     */
    public byte[] sealedCredential() {
      return sealed.clone();
    }

    @Override
    public String toString() {
      return "OfflineQr.Decoded[" + prefix(formatVersion, dictionaryVersion) + " " + containerBytes
          + " B container, " + sealed.length + " B sealed]";
    }
  }
}
