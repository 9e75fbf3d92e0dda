package io.sigillo.examples.cli;

/** Makes untrusted text safe to print on a terminal. */
final class Text {
  private static final int MAX = 400;

  private Text() {}

  /**
   * One line without control characters (which could move the cursor or recolour a terminal),
   * shortened to a few hundred characters.
   *
   * @param s the text, may be null
   * @return printable text
   */
  static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(Math.min(s.length(), MAX + 3));
    for (int i = 0; i < s.length() && b.length() < MAX; i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        b.append(' ');
      } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        b.append('?');
      } else {
        b.append(c);
      }
    }
    if (b.length() >= MAX && s.length() > MAX) {
      b.append("...");
    }
    return b.toString();
  }

  /**
   * Text of several lines with every line made printable by {@link #oneLine(String)}.
   *
   * @param s the text
   * @return printable text, same line breaks
   */
  static String lines(String s) {
    StringBuilder b = new StringBuilder();
    for (String line : s.split("\n", -1)) {
      if (b.length() > 0) {
        b.append('\n');
      }
      b.append(oneLine(line));
    }
    return b.toString();
  }
}
