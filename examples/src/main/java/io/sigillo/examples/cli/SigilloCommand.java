package io.sigillo.examples.cli;

/** Placeholder until the CLI lands. */
public final class SigilloCommand {
  private SigilloCommand() {}

  /**
   * Entry point.
   *
   * @param args arguments
   */
  public static void main(String[] args) {
    System.exit(2);
  }
}
