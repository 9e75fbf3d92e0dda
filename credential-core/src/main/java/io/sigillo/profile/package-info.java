/**
 * The profile catalogue: the professional profiles credentials certify, as data.
 *
 * <p>{@link io.sigillo.profile.ProfileCatalogue#bundled()} holds the UNI 11621-8:2026 AI Security
 * Specialist; more profiles are added by loading catalogue files, without code changes.
 *
 * <pre>{@code
 * Profile profile = ProfileCatalogue.bundled().find("ai-security-specialist").orElseThrow();
 * Qualification qualification = profile.toQualification();
 * }</pre>
 */
package io.sigillo.profile;
