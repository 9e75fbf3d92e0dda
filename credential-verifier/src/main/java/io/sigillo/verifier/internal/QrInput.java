package io.sigillo.verifier.internal;

import io.sigillo.qr.OfflineQr;
import io.sigillo.qr.QrErrorCode;
import io.sigillo.qr.QrException;
import io.sigillo.qr.QrLink;
import io.sigillo.qr.QrPayloads;
import io.sigillo.qr.QrReader;
import io.sigillo.verifier.CredentialSource;
import io.sigillo.verifier.Outcome;
import io.sigillo.verifier.ReasonCode;
import io.sigillo.verifier.VerificationPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a verifier input into the sealed credential to verify: a file passes through; a PNG or
 * JPEG image (by magic bytes) is read for its Sigillo QR payload; an offline payload
 * ({@code SGL...}) is decoded; a link ({@code https://...}) is fetched only from allowed hosts.
 * Never throws for bad input: a problem becomes a FORMAT outcome with a reason code.
 */
public final class QrInput {
  /**
   * What the input yielded.
   *
   * @param sealed the sealed credential bytes to verify, null when {@code reason} is set
   * @param source how it was obtained
   * @param details what the QR code said, for the report
   * @param link the parsed link, for the digest and id checks after parsing, or null
   * @param outcome FAILED or INDETERMINATE when {@code reason} is set
   * @param reason the problem, or null
   * @param message a sentence for people when {@code reason} is set
   */
  public record Resolved(byte[] sealed, CredentialSource source, Map<String, String> details, QrLink link,
      Outcome outcome, ReasonCode reason, String message) {

    /**
     * Whether the input yielded a credential to verify.
     *
     * @return true when there is no problem
     */
    public boolean ok() {
      return reason == null;
    }
  }

  private final VerificationPolicy policy;

  /**
   * Creates a resolver.
   *
   * @param policy the verifier's policy (QR limits, link hosts, fetcher, timeout)
   */
  public QrInput(VerificationPolicy policy) {
    this.policy = policy;
  }

  /**
   * Resolves an input.
   *
   * @param input the bytes given to the verifier
   * @return the sealed credential or the problem
   */
  public Resolved resolve(byte[] input) {
    Map<String, String> details = new LinkedHashMap<>();
    if (QrReader.isImage(input)) {
      details.put("image", input[0] == (byte) 0x89 ? "png" : "jpeg");
      details.put("imageBytes", String.valueOf(input.length));
      String text;
      try {
        text = QrReader.readSigillo(input, policy.qrLimits());
      } catch (QrException e) {
        return problem(CredentialSource.QR_UNRECOGNISED, details, e);
      }
      return text(text, details);
    }
    boolean offline = startsWith(input, OfflineQr.MARKER);
    if (offline || startsWith(input, "https://")) {
      String text;
      try {
        text = QrPayloads.text(input, policy.qrLimits());
      } catch (QrException e) {
        return problem(offline ? CredentialSource.QR_OFFLINE : CredentialSource.QR_LINK, details, e);
      }
      return text(stripLineEnd(text), details);
    }
    return new Resolved(input, CredentialSource.FILE, details, null, null, null, null);
  }

  private Resolved text(String text, Map<String, String> details) {
    if (OfflineQr.isOfflinePayload(text)) {
      details.put("textLength", String.valueOf(text.length()));
      try {
        OfflineQr.Decoded d = OfflineQr.decode(text, policy.qrLimits());
        details.put("payload", "SGL" + d.formatVersion() + "." + d.dictionaryVersion());
        details.put("containerBytes", String.valueOf(d.containerBytes()));
        return new Resolved(d.sealedCredential(), CredentialSource.QR_OFFLINE, details, null, null, null, null);
      } catch (QrException e) {
        return problem(CredentialSource.QR_OFFLINE, details, e);
      }
    }
    QrLink link;
    try {
      link = QrLink.parse(text);
    } catch (QrException e) {
      return problem(CredentialSource.QR_LINK, details, e);
    }
    details.put("link", link.toString());
    details.put("host", link.host());
    details.put("credentialId", link.credentialId());
    details.put("digest", link.digestText());
    if (policy.linkHosts().isEmpty()) {
      return indeterminate(details, link, ReasonCode.LINK_FETCH_DISABLED,
          "the policy does not allow fetching linked credentials; verify the credential file or its offline QR code");
    }
    String host = link.port() == 443 ? link.host() : link.host() + ":" + link.port();
    if (!policy.linkHosts().contains(host) && !policy.linkHosts().contains(link.host() + ":" + link.port())) {
      return indeterminate(details, link, ReasonCode.LINK_HOST_NOT_ALLOWED,
          "the link's host " + host + " is not on the policy's allow-list");
    }
    int max = policy.jsonLimits().maxBytes();
    byte[] body;
    try {
      body = policy.linkFetcher().fetch(link.uri(), max, policy.linkTimeout());
    } catch (IOException e) {
      return indeterminate(details, link, ReasonCode.LINK_FETCH_FAILED,
          "the linked credential could not be fetched from " + host + ": " + abbreviate(e.getMessage()));
    } catch (RuntimeException e) {
      return indeterminate(details, link, ReasonCode.LINK_FETCH_FAILED,
          "the linked credential could not be fetched from " + host + ": " + e.getClass().getSimpleName());
    }
    if (body == null || body.length == 0) {
      return indeterminate(details, link, ReasonCode.LINK_FETCH_FAILED, "the server sent an empty response");
    }
    if (body.length > max) {
      return indeterminate(details, link, ReasonCode.LINK_FETCH_FAILED,
          "the response of " + body.length + " bytes exceeds the limit of " + max);
    }
    details.put("fetchedBytes", String.valueOf(body.length));
    return new Resolved(body, CredentialSource.QR_LINK, details, link, null, null, null);
  }

  private static Resolved indeterminate(Map<String, String> details, QrLink link, ReasonCode reason, String message) {
    return new Resolved(null, CredentialSource.QR_LINK, details, link, Outcome.INDETERMINATE, reason, message);
  }

  private static Resolved problem(CredentialSource source, Map<String, String> details, QrException e) {
    return new Resolved(null, source, details, null, Outcome.FAILED, reason(e.code()), e.getMessage());
  }

  /**
   * The report's reason code for a QR error.
   *
   * @param code the QR error
   * @return the reason code
   */
  public static ReasonCode reason(QrErrorCode code) {
    switch (code) {
      case IMAGE_INVALID:
        return ReasonCode.QR_IMAGE_INVALID;
      case IMAGE_TOO_LARGE:
        return ReasonCode.QR_IMAGE_TOO_LARGE;
      case NOT_FOUND:
        return ReasonCode.QR_NOT_FOUND;
      case NOT_SIGILLO:
        return ReasonCode.QR_NOT_SIGILLO;
      case TEXT_NOT_UTF8:
        return ReasonCode.QR_TEXT_NOT_UTF8;
      case PAYLOAD_TOO_LARGE:
        return ReasonCode.QR_PAYLOAD_TOO_LARGE;
      case UNKNOWN_PREFIX:
        return ReasonCode.QR_UNKNOWN_PREFIX;
      case UNSUPPORTED_VERSION:
        return ReasonCode.QR_UNSUPPORTED_VERSION;
      case PAYLOAD_MALFORMED:
        return ReasonCode.QR_PAYLOAD_MALFORMED;
      case PAYLOAD_TRUNCATED:
        return ReasonCode.QR_PAYLOAD_TRUNCATED;
      case DECOMPRESSION_LIMIT:
        return ReasonCode.QR_DECOMPRESSION_LIMIT;
      case LINK_INVALID:
        return ReasonCode.LINK_INVALID;
      default:
        throw new IllegalArgumentException("unmapped QR error " + code);
    }
  }

  /** A text file saved from a scanner may end with a line break; neither payload contains one. */
  private static String stripLineEnd(String text) {
    int end = text.length();
    if (end > 0 && text.charAt(end - 1) == '\n') {
      end--;
      if (end > 0 && text.charAt(end - 1) == '\r') {
        end--;
      }
    }
    return text.substring(0, end);
  }

  private static boolean startsWith(byte[] input, String ascii) {
    byte[] p = ascii.getBytes(StandardCharsets.US_ASCII);
    if (input.length < p.length) {
      return false;
    }
    for (int i = 0; i < p.length; i++) {
      if (input[i] != p[i]) {
        return false;
      }
    }
    return true;
  }

  private static String abbreviate(String s) {
    if (s == null) {
      return "no detail";
    }
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }
}
