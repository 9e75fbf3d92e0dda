package io.sigillo.issuer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Makes {@code @TempDir} folders under {@code java.io.tmpdir}, creating that folder first: the
 * parent pom points {@code java.io.tmpdir} at {@code target/tmp}, which nothing else creates, and
 * JUnit's default factory fails when it is missing. Registered in {@code junit-platform.properties}.
 */
final class TargetTempDirFactory implements TempDirFactory {
  @Override
  public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext context)
      throws IOException {
    Path base = Path.of(System.getProperty("java.io.tmpdir"));
    Files.createDirectories(base);
    return Files.createTempDirectory(base, "junit");
  }
}
