/**
 * Implementation of the JDBC status store: SQL, transactions with retries, schema migrations and
 * index permutation. Not an API: classes here may change at any time.
 */
package io.sigillo.issuer.internal.status;
