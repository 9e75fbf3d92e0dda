package io.sigillo.seal;

import java.util.Set;

/**
 * Names and fixed values of the JOSE and JAdES header parameters a seal uses (RFC 7515, RFC 7797,
 * ETSI TS 119 182-1).
 */
public final class JoseHeader {
  /** Signature algorithm. */
  public static final String ALG = "alg";
  /** Media type of the whole JWS. */
  public static final String TYP = "typ";
  /** Media type of the payload. */
  public static final String CTY = "cty";
  /** Key identifier; in JAdES the base64 DER {@code IssuerSerial} of the signing certificate. */
  public static final String KID = "kid";
  /** Certificate chain, signing certificate first, standard base64 DER. */
  public static final String X5C = "x5c";
  /** SHA-256 thumbprint of the signing certificate, base64url. */
  public static final String X5T_S256 = "x5t#S256";
  /** SHA-1 thumbprint; forbidden by JAdES. */
  public static final String X5T = "x5t";
  /** Critical header parameters. */
  public static final String CRIT = "crit";
  /** Payload encoding flag (RFC 7797). */
  public static final String B64 = "b64";
  /** Claimed signing time as a NumericDate, as JAdES uses since 15 July 2025. */
  public static final String IAT = "iat";
  /** Claimed signing time as an ISO date-time; JAdES before 15 July 2025. */
  public static final String SIG_T = "sigT";
  /** Content time-stamp (JAdES). */
  public static final String ADO_TST = "adoTst";
  /** Embedded public key; never accepted by a Sigillo verifier. */
  public static final String JWK = "jwk";
  /** Key set URL; never accepted. */
  public static final String JKU = "jku";
  /** Certificate URL; never accepted. */
  public static final String X5U = "x5u";

  /** {@code typ} of a JAdES seal in JSON serialization. */
  public static final String TYP_JADES = "jose+json";
  /** {@code typ} of a VC-JOSE-COSE compact credential. */
  public static final String TYP_VC_JWT = "vc+jwt";
  /** {@code cty} of a sealed credential: {@code application/vc}. */
  public static final String CTY_VC = "vc";

  /** Header parameters registered by RFC 7515/7518 that {@code crit} must not list. */
  public static final Set<String> REGISTERED = Set.of(
      "alg", "jku", "jwk", "kid", "x5u", "x5c", "x5t", "x5t#S256", "typ", "cty", "crit",
      "enc", "zip", "epk", "apu", "apv", "iv", "tag", "p2s", "p2c");

  private JoseHeader() {}
}
