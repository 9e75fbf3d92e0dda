/**
 * Sigillo issuer: seals, the issuer and a test PKI for tests and demos.
 */
module io.sigillo.issuer {
  requires transitive io.sigillo.core;
  requires org.bouncycastle.provider;
  requires org.bouncycastle.pkix;
  requires org.bouncycastle.util;

  exports io.sigillo.issuer;
  exports io.sigillo.issuer.testpki;
}
