package io.sigillo.issuer.batch;

import java.util.Objects;

/**
 * Why one input row was not issued: where it is, which column, and a reason code. Immutable.
 *
 * @param row the row's number among the input's records (1 for the first data row)
 * @param line the line the row starts on in the input file
 * @param column the source column (or JSON member) at fault; empty when the row as a whole is
 *     at fault, {@code (value)} for a constant of the mapping
 * @param code a stable reason code: {@code MISSING_VALUE}, {@code INVALID_VALUE},
 *     {@code INVALID_DATE}, {@code INVALID_BOOLEAN}, {@code FIELD_COUNT}, {@code MALFORMED_JSON},
 *     {@code DUPLICATE_IN_INPUT}, {@code ALREADY_ISSUED_WITH_OTHER_DATA}, {@code KEY_IN_USE}, or
 *     a route refusal such as {@code MEMBERSHIP_INACTIVE}, {@code ASSESSMENT_INCOMPLETE},
 *     {@code DECISION_NEGATIVE}
 * @param message a sentence for people
 */
public record RowProblem(int row, int line, String column, String code, String message) {
  /** Validates the components. */
  public RowProblem {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
