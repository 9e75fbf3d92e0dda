package io.sigillo.qr;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/** Tells Sigillo QR payloads apart from other QR contents. */
public final class QrPayloads {
  /** What a QR text is. */
  public enum Kind {
    /** An offline payload ({@link OfflineQr}): starts with {@code SGL}. */
    OFFLINE,
    /** A verification link ({@link QrLink}): an https URL with the {@code sgl} parameter. */
    LINK,
    /** Anything else. */
    OTHER
  }

  private QrPayloads() {}

  /**
   * Classifies a text by its prefix only; it may still be malformed.
   *
   * @param text a decoded QR text
   * @return the kind
   */
  public static Kind kindOf(String text) {
    Objects.requireNonNull(text, "text");
    if (OfflineQr.isOfflinePayload(text)) {
      return Kind.OFFLINE;
    }
    return QrLink.isLink(text) ? Kind.LINK : Kind.OTHER;
  }

  /**
   * Picks the Sigillo payload among the texts of several QR codes: the first offline payload
   * (verifiable without network), else the first link.
   *
   * @param texts decoded QR texts, in reading order
   * @return the chosen text, empty if none is a Sigillo payload
   */
  public static Optional<String> pick(Collection<String> texts) {
    String link = null;
    for (String t : texts) {
      Kind k = kindOf(t);
      if (k == Kind.OFFLINE) {
        return Optional.of(t);
      }
      if (k == Kind.LINK && link == null) {
        link = t;
      }
    }
    return Optional.ofNullable(link);
  }

  /**
   * Decodes QR text bytes as strict UTF-8.
   *
   * @param bytes the bytes
   * @param limits the bounds ({@link QrLimits#maxTextLength()})
   * @return the text
   * @throws QrException PAYLOAD_TOO_LARGE or TEXT_NOT_UTF8
   */
  public static String text(byte[] bytes, QrLimits limits) throws QrException {
    if (bytes.length > limits.maxTextLength() * 4L) {
      throw new QrException(QrErrorCode.PAYLOAD_TOO_LARGE,
          "the QR text has " + bytes.length + " bytes; the limit is " + limits.maxTextLength() + " characters");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new QrException(QrErrorCode.TEXT_NOT_UTF8, "the QR text is not valid UTF-8");
    }
    if (text.length() > limits.maxTextLength()) {
      throw new QrException(QrErrorCode.PAYLOAD_TOO_LARGE,
          "the QR text has " + text.length() + " characters; the limit is " + limits.maxTextLength());
    }
    return text;
  }
}
