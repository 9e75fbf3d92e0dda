package io.sigillo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README shows the code that compiles and the commands that CI runs. */
class ReadmeTest {
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  static final Path QUICK_START = Path.of("src/main/java/io/sigillo/examples/QuickStart.java");

  static String readme() throws IOException {
    return Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
  }

  /** The lines between {@code // tag::name[]} and {@code // end::name[]}, common indent removed. */
  static String taggedCode(String tag) throws IOException {
    List<String> lines = Files.readAllLines(QUICK_START, StandardCharsets.UTF_8);
    int start = lines.indexOf("    // tag::" + tag + "[]");
    int end = lines.indexOf("    // end::" + tag + "[]");
    assertThat(start).as("tag %s in QuickStart.java", tag).isNotNegative();
    assertThat(end).isGreaterThan(start);
    List<String> body = lines.subList(start + 1, end);
    int indent = body.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return body.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n"));
  }

  /** The first fenced block after a marker line. */
  static String blockAfter(String text, String marker) {
    int at = text.indexOf(marker);
    assertThat(at).as("README has %s", marker).isNotNegative();
    int open = text.indexOf("```java\n", at);
    int close = text.indexOf("\n```", open + 8);
    return text.substring(open + 8, close);
  }

  /** The commands inside the ```bash blocks of a README section. */
  static List<String> bashCommands(String text, String heading) {
    int from = text.indexOf("\n" + heading + "\n");
    assertThat(from).as("README has %s", heading).isNotNegative();
    int to = text.indexOf("\n## ", from + heading.length() + 1);
    String section = text.substring(from, to < 0 ? text.length() : to);
    List<String> commands = new ArrayList<>();
    boolean in = false;
    for (String line : section.split("\n")) {
      if (line.equals("```bash")) {
        in = true;
      } else if (line.equals("```")) {
        in = false;
      } else if (in && !line.isBlank()) {
        commands.add(line.strip());
      }
    }
    return commands;
  }

  @Test
  void readme_quickStartSnippets_matchCompiledCode() throws IOException {
    String readme = readme();
    assertThat(blockAfter(readme, "<!-- snippet: QuickStart.java#issue -->")).isEqualTo(taggedCode("issue"));
    assertThat(blockAfter(readme, "<!-- snippet: QuickStart.java#verify -->")).isEqualTo(taggedCode("verify"));
  }

  @Test
  void readme_setUp_isExactlyTheDemoAndTheTestCommand() throws IOException {
    List<String> commands = bashCommands(readme(), "## Try it");
    assertThat(commands).containsExactly(
        "mvn -q -B -pl examples -am compile exec:java -Dexec.args=demo",
        "mvn -B verify");
  }

  @Test
  void ciRun_runsTheReadmeTestCommand() throws IOException {
    String testCommand = bashCommands(readme(), "## Try it").get(1);
    Path run = ROOT.resolve(".ci/run");
    List<String> lines = Files.readAllLines(run, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("#!/usr/bin/env bash");
    assertThat(lines).contains("set -euo pipefail");
    List<String> mavenRuns = lines.stream().map(String::strip)
        .filter(l -> l.startsWith("mvn ") && !l.equals("mvn -v")).collect(Collectors.toList());
    assertThat(mavenRuns).containsExactly(testCommand);
    assertThat(Files.isExecutable(run)).as(".ci/run is executable").isTrue();
  }
}
