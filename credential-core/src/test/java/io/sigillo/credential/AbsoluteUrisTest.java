package io.sigillo.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URISyntaxException;
import org.junit.jupiter.api.Test;

/** {@link AbsoluteUris}: equal results to {@code new URI}, reusing only repeatable absolute URIs. */
class AbsoluteUrisTest {
  @Test
  void parse_sameAbsoluteText_sameInstanceEqualToNewUri() throws URISyntaxException {
    String s = "http://publications.europa.eu/resource/authority/country/ITA";
    URI first = AbsoluteUris.parse(s);
    assertThat(first).isEqualTo(new URI(s));
    assertThat(AbsoluteUris.parse(s)).isSameAs(first);
  }

  @Test
  void parse_urnUuid_equalButNotKept() throws URISyntaxException {
    String s = "urn:uuid:6f1c1bb4-3b0e-4e7b-9a43-1d2f8f4c2a10";
    URI first = AbsoluteUris.parse(s);
    assertThat(first).isEqualTo(new URI(s));
    assertThat(AbsoluteUris.parse(s)).isNotSameAs(first).isEqualTo(first);
  }

  @Test
  void parse_relative_returnedNotKept() throws URISyntaxException {
    URI first = AbsoluteUris.parse("relative/path");
    assertThat(first.isAbsolute()).isFalse();
    assertThat(AbsoluteUris.parse("relative/path")).isNotSameAs(first);
  }

  @Test
  void parse_notAUri_uriSyntaxException() {
    assertThatThrownBy(() -> AbsoluteUris.parse("http://exa mple.org/")).isInstanceOf(URISyntaxException.class);
    assertThatThrownBy(() -> AbsoluteUris.create("http://exa mple.org/")).isInstanceOf(IllegalArgumentException.class);
  }
}
