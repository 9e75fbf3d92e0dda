package io.sigillo.issuer.status;

import io.sigillo.status.StatusPurpose;
import java.util.Objects;

/**
 * A status list in the store.
 *
 * @param listId its identifier, for example {@code r1}
 * @param purpose the one purpose it serves
 * @param sequence 1 for the first list of its purpose, 2 after the first rollover, ...
 * @param capacity how many indices it hands out before it rolls over
 * @param length the number of entries of the published bitstring (at least 131,072)
 * @param allocated how many indices it has handed out
 * @param current whether new credentials get indices in it
 */
public record StatusListInfo(
    String listId, StatusPurpose purpose, int sequence, int capacity, int length, int allocated, boolean current) {
  /** Validates the components. */
  public StatusListInfo {
    Objects.requireNonNull(listId, "listId");
    Objects.requireNonNull(purpose, "purpose");
  }
}
