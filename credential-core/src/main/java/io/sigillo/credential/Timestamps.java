package io.sigillo.credential;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date-time handling for credential properties: XML Schema {@code dateTimeStamp} parsing as VC 2.0
 * requires, and the canonical form this library writes (UTC, whole seconds, {@code Z}).
 */
public final class Timestamps {
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?");
  private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

  private Timestamps() {}

  /**
   * Parses an XML Schema {@code dateTime}; a value without an offset is read as UTC, as VC 2.0
   * requires.
   *
   * @param text the lexical value, for example {@code 2026-12-01T09:00:00Z}
   * @return the instant
   * @throws DateTimeParseException if the text is not an XML Schema date-time
   */
  public static Instant parse(String text) {
    Matcher m = text == null ? null : DATE_TIME.matcher(text);
    if (m == null || !m.matches()) {
      throw new DateTimeParseException("not an XML Schema dateTime", String.valueOf(text), 0);
    }
    if (text.length() == 20 && text.charAt(19) == 'Z' && text.charAt(0) != '-') {
      return parseUtcSeconds(text);
    }
    // Group 2 is the optional time zone ('Z' or an offset) at the very end.
    String t = m.group(2) == null ? text + "Z" : text;
    return OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
  }

  /**
   * The form Sigillo writes, {@code uuuu-MM-ddTHH:mm:ssZ} (shape already matched), without the
   * general formatter: the same field rules as ISO_OFFSET_DATE_TIME's strict resolver (month
   * 1-12, a day the month has, hour 0-23, minute and second 0-59).
   */
  private static Instant parseUtcSeconds(String text) {
    try {
      return LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10),
          digits(text, 11, 13), digits(text, 14, 16), digits(text, 17, 19)).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw new DateTimeParseException("not a valid date-time: " + e.getMessage(), text, 0, e);
    }
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  /**
   * Whether the text is an XML Schema date-time this library can read.
   *
   * @param text the candidate
   * @return true if {@link #parse(String)} accepts it
   */
  public static boolean isDateTime(String text) {
    try {
      parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /**
   * Writes an instant in the canonical form {@code yyyy-MM-ddTHH:mm:ssZ}.
   *
   * @param instant the instant; sub-second precision is dropped
   * @return the text
   */
  public static String format(Instant instant) {
    return WRITE.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
  }

  /**
   * Drops sub-second precision.
   *
   * @param instant the instant
   * @return the instant truncated to whole seconds
   */
  public static Instant truncate(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS);
  }
}
