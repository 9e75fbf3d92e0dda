/**
 * Publishing status lists over HTTP: {@link io.sigillo.examples.status.StatusListServer} serves
 * the sealed {@code BitstringStatusListCredential}s of an issuer, and
 * {@link io.sigillo.examples.status.StatusDemo} walks through issue, verify, revoke, publish and
 * verify again over loopback.
 */
package io.sigillo.examples.status;
