/**
 * Implementation details shared by Sigillo's issuer and verifier modules. Not an API: exported
 * only to {@code io.sigillo.issuer} and {@code io.sigillo.verifier}, and may change at any time.
 */
package io.sigillo.core.internal;
