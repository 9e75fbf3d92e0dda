package io.sigillo.examples.cli;

/** The exit codes of the {@code sigillo} command. */
public final class ExitCodes {
  /** Success; for {@code verify}, every file is TOTAL_PASSED. */
  public static final int OK = 0;
  /**
   * The command ran and the answer is negative: {@code verify} found a file that is not
   * TOTAL_PASSED, or a {@code demo} step did not behave as expected.
   */
  public static final int NOT_PASSED = 1;
  /**
   * The command could not run: bad arguments, unreadable or invalid input files, a refused
   * issuance, an output file that cannot be written.
   */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
