package io.sigillo.issuer.route;

import java.net.URI;
import java.util.Objects;

/**
 * A certification body accredited under ISO/IEC 17024 for the profile, by a national
 * accreditation body (in Italy, ACCREDIA). Configured on the route only once such a body exists;
 * until then the third-party certification route refuses to issue. Immutable.
 *
 * @param id the body's identifier (an absolute URI)
 * @param name the body's legal name
 * @param accreditationNumber the number of its accreditation certificate
 * @param accreditedBy the national accreditation body
 */
public record AccreditedBody(URI id, String name, String accreditationNumber, String accreditedBy) {
  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if a value is blank or the id is not absolute
   */
  public AccreditedBody {
    Objects.requireNonNull(id, "id");
    if (!id.isAbsolute()) {
      throw new IllegalArgumentException("the body's id must be an absolute URI: " + id);
    }
    Checks.text(name, "name", 200);
    Checks.matches(accreditationNumber, Checks.REFERENCE, "accreditation number");
    Checks.text(accreditedBy, "accreditedBy", 200);
  }
}
