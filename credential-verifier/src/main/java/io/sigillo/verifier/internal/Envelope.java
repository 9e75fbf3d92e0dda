package io.sigillo.verifier.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.seal.SecuringForm;

/**
 * A parsed input: the securing form, the protected header, the exact payload bytes and the
 * signature, or an unsecured document.
 *
 * @param form the securing form, null for an unsecured document
 * @param header the decoded protected header, null when unsecured or secured by Data Integrity
 * @param unprotectedHeader the JAdES unprotected header, or null
 * @param payload the exact payload bytes (the credential)
 * @param signingInput the exact bytes the signature covers, null when unsecured
 * @param signature the signature value, null when unsecured
 */
public record Envelope(
    SecuringForm form, ObjectNode header, ObjectNode unprotectedHeader, byte[] payload,
    byte[] signingInput, byte[] signature) {

  /**
   * Whether the input carried no seal.
   *
   * @return true for a bare credential document
   */
  public boolean unsecured() {
    return form == null;
  }

  /**
   * Whether the input is secured by an embedded Data Integrity proof (no JOSE envelope).
   *
   * @return true for {@link SecuringForm#DATA_INTEGRITY}
   */
  public boolean dataIntegrity() {
    return form == SecuringForm.DATA_INTEGRITY;
  }
}
