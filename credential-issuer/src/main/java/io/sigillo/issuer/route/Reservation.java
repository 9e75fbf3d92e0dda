package io.sigillo.issuer.route;

import io.sigillo.credential.EdcCredential;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * What batch preparation decided for one input ({@link CertificationRoute#prepareAll}). Immutable.
 *
 * @param kind what happens with the input
 * @param applicationId the application of the input's HR key (empty for
 *     {@link Kind#DUPLICATE_IN_BATCH})
 * @param credentialId the credential, when there is one
 * @param credential the credential to seal, with its status entries: for {@link Kind#NEW} and
 *     {@link Kind#RESUMED}
 * @param sameInput for {@link Kind#ALREADY_ISSUED}: whether the input equals the one the credential
 *     was issued from
 */
public record Reservation(Kind kind, Optional<String> applicationId, Optional<URI> credentialId,
    Optional<EdcCredential> credential, boolean sameInput) {
  /** What happens with an input. */
  public enum Kind {
    /** A new application and credential were recorded: seal and deliver it. */
    NEW,
    /** An earlier run recorded it but never confirmed delivery: seal the stored credential again and deliver it. */
    RESUMED,
    /** Issued and delivered already: nothing to do. */
    ALREADY_ISSUED,
    /** The HR key belongs to an application opened by hand that is not issued yet: not touched. */
    KEY_IN_USE,
    /** The same HR key appears earlier in the same batch: not issued twice. */
    DUPLICATE_IN_BATCH
  }

  /** Validates the components. */
  public Reservation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(applicationId, "applicationId");
    Objects.requireNonNull(credentialId, "credentialId");
    Objects.requireNonNull(credential, "credential");
  }

  /**
   * Whether the credential must be sealed and delivered.
   *
   * @return true for {@link Kind#NEW} and {@link Kind#RESUMED}
   */
  public boolean toDeliver() {
    return kind == Kind.NEW || kind == Kind.RESUMED;
  }
}
