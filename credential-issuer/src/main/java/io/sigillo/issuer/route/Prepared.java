package io.sigillo.issuer.route;

import io.sigillo.credential.EdcCredential;
import java.util.Objects;

/**
 * A credential registered in the status store and stored with its application, ready to be
 * sealed: seal it ({@link CertificationRoute#seal(EdcCredential)}), deliver the sealed forms,
 * then confirm ({@link CertificationRoute#delivered(String, java.net.URI, String)}). Until
 * confirmed, the application stays {@link ApplicationState#ISSUING} and
 * {@link CertificationRoute#resume(String, String)} can complete it with the same credential.
 *
 * @param applicationId the application
 * @param credential the credential, with its status entries
 */
public record Prepared(String applicationId, EdcCredential credential) {
  /** Validates the components. */
  public Prepared {
    Objects.requireNonNull(applicationId, "applicationId");
    Objects.requireNonNull(credential, "credential");
  }
}
