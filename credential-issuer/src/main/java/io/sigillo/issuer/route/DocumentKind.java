package io.sigillo.issuer.route;

/** The parts of a competency dossier; a complete dossier has at least one document of each. */
public enum DocumentKind {
  /** The curriculum vitae. */
  CV,
  /** Training: degrees, courses, certifications. */
  TRAINING,
  /** Professional experience: employer statements, references. */
  EXPERIENCE,
  /** The project portfolio. */
  PORTFOLIO
}
