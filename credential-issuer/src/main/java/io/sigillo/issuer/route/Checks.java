package io.sigillo.issuer.route;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks shared by the route's value types. */
final class Checks {
  /** Identifiers that are safe in file names, URLs and logs. */
  static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}");

  private Checks() {}

  static String text(String value, String what, int max) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    if (value.length() > max) {
      throw new IllegalArgumentException(what + " is longer than " + max + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(what + " contains a control character");
      }
    }
    return value;
  }

  static String matches(String value, Pattern pattern, String what) {
    Objects.requireNonNull(value, what);
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(what + " '" + abbreviate(value) + "' does not match " + pattern.pattern());
    }
    return value;
  }

  static List<String> names(List<String> names, String what, int min, int max) {
    List<String> copy = List.copyOf(Objects.requireNonNull(names, what));
    if (copy.size() < min || copy.size() > max) {
      throw new IllegalArgumentException(what + ": " + min + " to " + max + " names, got " + copy.size());
    }
    for (String n : copy) {
      text(n, what, 200);
    }
    if (new HashSet<>(copy).size() != copy.size()) {
      throw new IllegalArgumentException(what + " lists a name twice");
    }
    return copy;
  }

  static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
