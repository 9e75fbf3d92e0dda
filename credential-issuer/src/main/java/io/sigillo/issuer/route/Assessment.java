package io.sigillo.issuer.route;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The technical committee's assessment of a dossier against the UNI 11621-8 criteria of the
 * profile: an outcome per criterion, who assessed, the decision and its date. Immutable.
 *
 * <p>Whether the outcomes cover exactly the profile's criteria is checked by the route, which
 * knows the profile; a positive decision with a criterion not met is refused there too.
 *
 * @param committee the committee's name
 * @param assessors 1 to 20 distinct assessors (kept in the store for the audit, never in the
 *     credential)
 * @param outcomes one per criterion, keys unique
 * @param decision the decision
 * @param decidedOn the date of the decision
 */
public record Assessment(String committee, List<String> assessors, List<CriterionOutcome> outcomes,
    Decision decision, LocalDate decidedOn) {
  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if a name is blank, an assessor or a criterion repeats
   */
  public Assessment {
    Checks.text(committee, "committee", 200);
    assessors = Checks.names(assessors, "assessors", 1, 20);
    outcomes = List.copyOf(Objects.requireNonNull(outcomes, "outcomes"));
    Set<String> keys = new HashSet<>();
    for (CriterionOutcome o : outcomes) {
      if (!keys.add(o.criterion())) {
        throw new IllegalArgumentException("criterion " + o.criterion() + " is assessed twice");
      }
    }
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(decidedOn, "decidedOn");
  }

  /**
   * How many criteria were met.
   *
   * @return the count
   */
  public long met() {
    return outcomes.stream().filter(CriterionOutcome::met).count();
  }
}
