/**
 * Sigillo verifier: policy, checks and reports for sealed credentials.
 */
module io.sigillo.verifier {
  requires transitive io.sigillo.core;
  requires java.net.http;

  exports io.sigillo.verifier;
}
