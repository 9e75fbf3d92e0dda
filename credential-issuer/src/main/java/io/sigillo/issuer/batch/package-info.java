/**
 * Batch issuance for HR systems: {@link io.sigillo.issuer.batch.BatchIssuer} reads CSV or JSON
 * Lines exports through a declarative {@link io.sigillo.issuer.batch.ColumnMapping}, validates
 * each row ({@link io.sigillo.issuer.batch.RowParser}), issues the good rows through the issuing
 * route idempotently and crash-safely, and reports bad rows precisely.
 */
package io.sigillo.issuer.batch;
