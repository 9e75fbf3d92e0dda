package io.sigillo.status;

import java.util.Locale;
import java.util.Objects;

/**
 * One {@code statusMessage} item of a status entry: what a status value means, for example
 * {@code {"status": "0x2", "message": "pending review"}}.
 *
 * @param status the status value, 0 or more
 * @param message the text for that value
 */
public record StatusMessage(int status, String message) {
  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if the status is negative or the message blank
   */
  public StatusMessage {
    if (status < 0) {
      throw new IllegalArgumentException("status must not be negative: " + status);
    }
    Objects.requireNonNull(message, "message");
    if (message.isBlank()) {
      throw new IllegalArgumentException("a status message must not be blank");
    }
  }

  /**
   * The status value as the specification writes it.
   *
   * @return for example {@code 0x2}
   */
  public String statusHex() {
    return "0x" + Integer.toHexString(status);
  }

  /**
   * Parses a status value written as {@code 0x} followed by hexadecimal digits.
   *
   * @param text for example {@code 0x1F}
   * @return the value
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static int parseStatus(String text) {
    if (text == null || !text.toLowerCase(Locale.ROOT).matches("0x[0-9a-f]{1,8}")) {
      throw new IllegalArgumentException("status must be a hexadecimal string such as 0x1: " + text);
    }
    long v = Long.parseLong(text.substring(2), 16);
    if (v > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("status value too large: " + text);
    }
    return (int) v;
  }
}
