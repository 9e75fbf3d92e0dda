/**
 * A test PKI for electronic seals, for tests and demos only.
 *
 * <pre>{@code
 * TestPki pki = TestPki.newBuilder().clock(clock).build();
 * Seal seal = pki.seal();                        // issue with it
 * X509Certificate anchor = pki.trustAnchor();    // give this to the verifier
 * }</pre>
 */
package io.sigillo.issuer.testpki;
