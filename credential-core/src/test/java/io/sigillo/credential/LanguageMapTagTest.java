package io.sigillo.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link LanguageMap#isLanguageTag(String)} accepts exactly {@code [a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*}. */
class LanguageMapTagTest {
  private static final Pattern SHAPE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*");

  @Test
  void isLanguageTag_examples_shapeOfBcp47() {
    assertThat(List.of("en", "it", "ita", "en-GB", "sr-Latn-RS", "de-CH-1996", "EN", "zh-Hant-TW"))
        .allMatch(LanguageMap::isLanguageTag);
    assertThat(List.of("", "e", "engl", "en-", "en--GB", "-en", "en_GB", "en-123456789", "1en", "en ",
        "\u00E9n", "en-\u00E9")).noneMatch(LanguageMap::isLanguageTag);
    assertThat(LanguageMap.isLanguageTag(null)).isFalse();
  }

  @Test
  void isLanguageTag_randomStrings_agreesWithTheRegularExpression() {
    char[] alphabet = {'a', 'Z', 'q', '0', '9', '-', '_', ' ', '\u00E9', '\u0130'};
    Random random = new Random(11621);
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      char[] c = new char[random.nextInt(14)];
      for (int j = 0; j < c.length; j++) {
        c[j] = alphabet[random.nextInt(random.nextInt(10) < 7 ? 6 : alphabet.length)];
      }
      String s = new String(c);
      if (LanguageMap.isLanguageTag(s) != SHAPE.matcher(s).matches()) {
        disagreements.add(s);
      }
    }
    assertThat(disagreements).isEmpty();
  }
}
