package io.sigillo.issuer.internal.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {
  @TempDir
  Path dir;

  @Test
  void safeName_pathsAndSpecialNames_reducedToOneSafeComponent() {
    assertThat(OutputFiles.safeName("../../etc/passwd")).isEqualTo("_.._etc_passwd");
    assertThat(OutputFiles.safeName("..")).isEqualTo("holder");
    assertThat(OutputFiles.safeName(".hidden")).isEqualTo("hidden");
    assertThat(OutputFiles.safeName("a/b\\c:d")).isEqualTo("a_b_c_d");
    assertThat(OutputFiles.safeName("-rf")).isEqualTo("rf");
    assertThat(OutputFiles.safeName("Zoë")).isEqualTo("Zo_");
    assertThat(OutputFiles.safeName("E".repeat(100))).hasSize(64);
    assertThat(OutputFiles.safeName("E00042")).isEqualTo("E00042");
  }

  @Test
  void holderFolder_anyName_directlyUnderTheRoot() throws Exception {
    OutputFiles files = new OutputFiles(dir);
    for (String hostile : new String[] {"../x", "/abs", "..", "a/../../b", "\u0000", "C:\\win"}) {
      assertThat(files.holderFolder(hostile).getParent()).isEqualTo(dir.toAbsolutePath().normalize());
    }
  }

  @Test
  void baseName_notAUrnUuid_refused() {
    assertThat(OutputFiles.baseName("urn:uuid:6F1C1BB4-3B0E-4E7B-9A43-1D2F8F4C2A10"))
        .isEqualTo("6f1c1bb4-3b0e-4e7b-9a43-1d2f8f4c2a10");
    assertThatThrownBy(() -> OutputFiles.baseName("urn:uuid:../../x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void write_existingFile_replacedWithoutTemporaryLeft() throws Exception {
    Path f = dir.resolve("a.jwt");
    OutputFiles.writeText(f, "old");
    OutputFiles.writeText(f, "new");
    assertThat(Files.readString(f)).isEqualTo("new");
    try (var s = Files.list(dir)) {
      assertThat(s).containsExactly(f);
    }
  }

  @Test
  void write_moveFails_temporaryFileRemoved() throws Exception {
    Path target = dir.resolve("b.jwt");
    Files.createDirectories(target.resolve("inside"));
    assertThatThrownBy(() -> OutputFiles.writeText(target, "text")).isInstanceOf(java.io.IOException.class);
    try (var s = Files.list(dir)) {
      assertThat(s).containsExactly(target);
    }
  }
}
