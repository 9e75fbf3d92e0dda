package io.sigillo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class OutputFilesTest {
  @Test
  void baseName_urnUuid_isTheUuid() {
    assertThat(OutputFiles.baseName(URI.create("urn:uuid:0b7d2e8a-43c5-4f43-9a8b-8d0e6f3f2d11")))
        .isEqualTo("0b7d2e8a-43c5-4f43-9a8b-8d0e6f3f2d11");
  }

  @Test
  void baseName_pathLikeId_hasNoSeparatorsOrLeadingDots() {
    String base = OutputFiles.baseName(URI.create("urn:x:..%2F..%2Fetc/passwd"));
    assertThat(base).doesNotContain("/").doesNotContain("\\").doesNotStartWith(".").matches("[a-z0-9._-]+");
    assertThat(OutputFiles.baseName(URI.create("urn:uuid:../../x"))).isEqualTo("x");
  }

  @Test
  void baseName_longId_isShortened() {
    assertThat(OutputFiles.baseName(URI.create("https://example.org/" + "a".repeat(500)))).hasSize(80);
  }

  @Test
  void baseName_nothingUsable_isCredential() {
    assertThat(OutputFiles.baseName(URI.create("urn:uuid:..."))).isEqualTo("credential");
  }

  @Test
  void oneLine_controlCharacters_areReplaced() {
    assertThat(Text.oneLine("Rossi\u001b[31m\nnext\u202e")).isEqualTo("Rossi?[31m next?");
  }
}
