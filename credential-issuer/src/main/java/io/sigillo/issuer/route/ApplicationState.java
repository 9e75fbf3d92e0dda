package io.sigillo.issuer.route;

/**
 * Where an application stands. The association route goes {@code OPEN -> MEMBERSHIP_VERIFIED ->
 * DOSSIER_RECORDED -> [INTERVIEWED] -> ASSESSED -> ISSUING -> ISSUED}; the third-party route
 * {@code OPEN -> MEMBERSHIP_VERIFIED -> CERTIFIED -> ISSUING -> ISSUED}. Attestations and renewals
 * are recorded in one go and start at {@code ISSUING}. {@code REFUSED} and {@code ISSUED} are final.
 */
public enum ApplicationState {
  /** Opened; nothing verified yet. */
  OPEN,
  /** The membership was verified. */
  MEMBERSHIP_VERIFIED,
  /** The competency dossier was recorded. */
  DOSSIER_RECORDED,
  /** A passed interview was recorded. */
  INTERVIEWED,
  /** The committee decided positively. */
  ASSESSED,
  /** The accredited body's certification was recorded. */
  CERTIFIED,
  /**
   * The credential is registered and its document stored, but its sealed forms were not yet
   * confirmed delivered: after a crash, issuance resumes from the stored document.
   */
  ISSUING,
  /** The credential was sealed and delivered. */
  ISSUED,
  /** The committee decided negatively or the interview was failed. */
  REFUSED
}
