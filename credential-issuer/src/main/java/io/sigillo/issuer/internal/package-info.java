/**
 * Implementation of sealing. Not an API: classes here may change at any time.
 */
package io.sigillo.issuer.internal;
