/**
 * Implementation of the verifier's checks. Not an API: classes here may change at any time.
 */
package io.sigillo.verifier.internal;
