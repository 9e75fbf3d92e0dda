package io.sigillo.credential;

import java.util.List;

/**
 * A credential document could not be read: it breaks the data model or the credential profile.
 * Carries every problem found, not only the first.
 */
public final class CredentialFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<FormatProblem> problems;

  /**
   * Creates an exception.
   *
   * @param problems at least one problem
   */
  public CredentialFormatException(List<FormatProblem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found, in document order.
   *
   * @return a non-empty, unmodifiable list
   */
  public List<FormatProblem> problems() {
    return problems;
  }

  private static String summary(List<FormatProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("at least one problem is required");
    }
    FormatProblem first = problems.get(0);
    return first + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
  }
}
