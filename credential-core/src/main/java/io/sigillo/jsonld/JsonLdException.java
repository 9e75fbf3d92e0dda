package io.sigillo.jsonld;

import io.sigillo.credential.FormatProblem;
import java.util.List;

/**
 * A document could not be processed as JSON-LD: an unknown context, a protected-term
 * redefinition, an undefined term, a relative identifier, or a processing failure. Lists every
 * problem found, each with the offending path.
 */
public final class JsonLdException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<FormatProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems at least one problem
   */
  public JsonLdException(List<FormatProblem> problems) {
    super(problems.isEmpty() ? "JSON-LD processing failed" : problems.get(0).toString()
        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
    this.problems = List.copyOf(problems);
  }

  /**
   * The problems.
   *
   * @return an unmodifiable list
   */
  public List<FormatProblem> problems() {
    return problems;
  }
}
