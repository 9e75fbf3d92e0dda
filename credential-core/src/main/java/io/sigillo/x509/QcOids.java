package io.sigillo.x509;

/**
 * Object identifiers of ETSI EN 319 412 qualified-certificate statements and policies, and of
 * the {@code organizationIdentifier} attribute.
 */
public final class QcOids {
  /** The QcStatements certificate extension (RFC 3739). */
  public static final String QC_STATEMENTS = "1.3.6.1.5.5.7.1.3";
  /** {@code id-etsi-qcs-QcCompliance}: issued as a qualified certificate. */
  public static final String QC_COMPLIANCE = "0.4.0.1862.1.1";
  /** {@code id-etsi-qcs-QcSSCD}: the private key is in a qualified signature/seal creation device. */
  public static final String QC_SSCD = "0.4.0.1862.1.4";
  /** {@code id-etsi-qcs-QcPDS}: PKI disclosure statements. */
  public static final String QC_PDS = "0.4.0.1862.1.5";
  /** {@code id-etsi-qcs-QcType}. */
  public static final String QC_TYPE = "0.4.0.1862.1.6";
  /** QcType {@code id-etsi-qct-esign}. */
  public static final String QC_TYPE_ESIGN = "0.4.0.1862.1.6.1";
  /** QcType {@code id-etsi-qct-eseal}: a certificate for electronic seals. */
  public static final String QC_TYPE_ESEAL = "0.4.0.1862.1.6.2";
  /** QcType {@code id-etsi-qct-web}. */
  public static final String QC_TYPE_WEB = "0.4.0.1862.1.6.3";
  /** {@code id-qcs-pkixQCSyntax-v2} (RFC 3739 semantics information). */
  public static final String PKIX_QC_SYNTAX_V2 = "1.3.6.1.5.5.7.11.2";
  /** Semantics identifier: legal person. */
  public static final String SEMANTICS_LEGAL = "0.4.0.194121.1.2";
  /** Certificate policy QCP-l: qualified certificate for a legal person. */
  public static final String QCP_L = "0.4.0.194112.1.1";
  /** Certificate policy QCP-l-qscd: as QCP-l, key in a QSCD. */
  public static final String QCP_L_QSCD = "0.4.0.194112.1.3";
  /** The {@code organizationIdentifier} name attribute (X.520, 2.5.4.97). */
  public static final String ORGANIZATION_IDENTIFIER = "2.5.4.97";

  private QcOids() {}
}
