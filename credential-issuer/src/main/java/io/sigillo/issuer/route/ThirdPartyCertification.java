package io.sigillo.issuer.route;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A certification decision by the accredited body under ISO/IEC 17024: the step that replaces the
 * association's own assessment on the third-party route. Immutable.
 *
 * @param certificateNumber the body's certificate number
 * @param certifiedOn the date of the body's decision
 * @param accreditationNumber the accreditation the body certified under; must be the configured
 *     body's
 */
public record ThirdPartyCertification(String certificateNumber, LocalDate certifiedOn, String accreditationNumber) {
  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if a reference is malformed
   */
  public ThirdPartyCertification {
    Checks.matches(certificateNumber, Checks.REFERENCE, "certificate number");
    Objects.requireNonNull(certifiedOn, "certifiedOn");
    Checks.matches(accreditationNumber, Checks.REFERENCE, "accreditation number");
  }
}
