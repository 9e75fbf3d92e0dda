package io.sigillo.examples.cli;

/**
 * A command cannot go on: carries the one-line reason printed as {@code error: <reason>} and the
 * process exit code. Never printed with a stack trace.
 */
public final class CliException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /**
   * Creates an exception.
   *
   * @param exitCode the exit code, for example {@link ExitCodes#USAGE}
   * @param reason one line for people
   */
  public CliException(int exitCode, String reason) {
    super(Text.oneLine(reason));
    this.exitCode = exitCode;
  }

  /**
   * An exception for bad arguments or unusable input files ({@link ExitCodes#USAGE}).
   *
   * @param reason one line for people
   * @return the exception
   */
  public static CliException usage(String reason) {
    return new CliException(ExitCodes.USAGE, reason);
  }

  /**
   * The process exit code.
   *
   * @return the code
   */
  public int exitCode() {
    return exitCode;
  }
}
