/**
 * Sigillo core: the credential model, profile catalogue, strict JSON, pinned JSON-LD contexts and
 * the seal formats shared by {@code io.sigillo.issuer} and {@code io.sigillo.verifier}, and the QR
 * verification code (payloads, rendering and reading). No network, no database, no clock of its own.
 */
module io.sigillo.core {
  requires transitive com.fasterxml.jackson.databind;
  requires org.bouncycastle.provider;
  requires org.bouncycastle.pkix;
  requires titanium.json.ld;
  requires titanium.rdfc;
  requires titanium.rdf.api;
  requires titanium.rdf.n.quads;
  requires jakarta.json;
  requires com.google.zxing;
  requires transitive java.desktop;

  exports io.sigillo.json;
  exports io.sigillo.credential;
  exports io.sigillo.profile;
  exports io.sigillo.jsonld;
  exports io.sigillo.dataintegrity;
  exports io.sigillo.seal;
  exports io.sigillo.x509;
  exports io.sigillo.qr;
  exports io.sigillo.status;
  exports io.sigillo.core.internal to io.sigillo.issuer, io.sigillo.verifier;
}
