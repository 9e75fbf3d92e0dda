package io.sigillo.issuer.route;

/** What a recorded step of an application is. */
public enum StepKind {
  /** The application was opened. */
  OPENED,
  /** The membership was verified. */
  MEMBERSHIP_VERIFIED,
  /** The competency dossier was recorded (references and digests). */
  DOSSIER_RECORDED,
  /** An interview was recorded. */
  INTERVIEW_RECORDED,
  /** The committee's assessment and decision were recorded. */
  ASSESSMENT_RECORDED,
  /** The accredited body's certification was recorded. */
  CERTIFICATION_RECORDED,
  /** The CPD activities of a renewal were checked against the requirement. */
  CPD_RECORDED,
  /** For an attestation: the member's qualifying certificate was checked. */
  QUALIFICATION_CHECKED,
  /** The application was refused (negative decision or failed interview). */
  REFUSED,
  /** The credential was registered in the status store and its document stored. */
  CREDENTIAL_PREPARED,
  /** The sealed credential was delivered. */
  CREDENTIAL_DELIVERED,
  /** The credential was superseded by a renewal (it stays valid; it is not revoked). */
  SUPERSEDED
}
