/**
 * Implementation of the route store: SQL and the JSON of stored steps. Not an API: classes here
 * may change at any time.
 */
package io.sigillo.issuer.internal.route;
