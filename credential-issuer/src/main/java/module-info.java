/**
 * Sigillo issuer: seals, the issuer, the status store and publisher, the issuing route and
 * batch issuance, and a test PKI for tests and demos.
 */
module io.sigillo.issuer {
  requires transitive io.sigillo.core;
  requires org.bouncycastle.provider;
  requires org.bouncycastle.pkix;
  requires org.bouncycastle.util;
  requires transitive java.sql;

  exports io.sigillo.issuer;
  exports io.sigillo.issuer.testpki;
  exports io.sigillo.issuer.status;
  exports io.sigillo.issuer.route;
  exports io.sigillo.issuer.batch;
}
