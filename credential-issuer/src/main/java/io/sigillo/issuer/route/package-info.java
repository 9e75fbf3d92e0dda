/**
 * The issuing route: the certification scheme an issuer runs, as typed, validated steps recorded
 * with who and when. {@link io.sigillo.issuer.route.CertificationRoute} runs the association
 * route (membership, competency dossier, assessment against the UNI 11621-8 criteria, optional
 * interview, issuance), renewal through continuing professional development, the ISO/IEC 17024
 * third-party route (refused while no accredited body is configured) and the professional quality
 * attestation under Article 7 of Italian Law 4/2013; {@link io.sigillo.issuer.route.RouteStore}
 * keeps the record on PostgreSQL or H2, next to the status store, and gives the audit trail of
 * every credential.
 */
package io.sigillo.issuer.route;
