package io.sigillo.issuer.status;

import io.sigillo.status.StatusPurpose;
import java.util.Objects;

/**
 * Where one purpose of a credential's status lives: a list and an index in it.
 *
 * @param purpose revocation or suspension
 * @param listId the list's identifier in the store, for example {@code r1}; the list credential's
 *     URL is the status base URL followed by it
 * @param index the credential's index in that list
 */
public record StatusSlot(StatusPurpose purpose, String listId, int index) {
  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if the index is negative
   */
  public StatusSlot {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(listId, "listId");
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative");
    }
  }
}
