package io.sigillo.benchmarks;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import io.sigillo.issuer.IssuanceException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Provider;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The baseline: raw nimbus-jose-jwt ES256 over the same payload bytes Sigillo seals (the
 * credential document), with the same P-256 key pair (TestPki's seal key and the seal
 * certificate's public key), with the JDK's default provider (SunEC) and with a BouncyCastle
 * provider instance set on nimbus' JCA context (never installed globally). The BouncyCastle path
 * is measured twice: with the keys translated once into BouncyCastle's own key classes (its
 * fastest use, and the figure to beat) and with the JDK's key objects as they come from the
 * PKCS#12 / certificate, which BouncyCastle converts on every signature. Signing is header and
 * payload encoding, signature and compact serialization; verifying is parsing the compact JWS and
 * checking the signature.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class RawJoseBenchmark {
  private static final JWSHeader HEADER = new JWSHeader.Builder(JWSAlgorithm.ES256).build();

  private Payload payload;
  private ECDSASigner jdkSigner;
  private ECDSAVerifier jdkVerifier;
  private ECDSASigner bcSigner;
  private ECDSAVerifier bcVerifier;
  private ECDSASigner bcJdkKeySigner;
  private ECDSAVerifier bcJdkKeyVerifier;
  private String jdkSigned;
  private String bcSigned;

  /**
   * Builds signers and verifiers and checks once that each pair round-trips.
   *
   * @throws IssuanceException if the fixture cannot issue
   * @throws JOSEException if nimbus rejects the key
   * @throws ParseException never
   * @throws GeneralSecurityException if BouncyCastle cannot translate the keys
   */
  @Setup
  public void setUp() throws IssuanceException, JOSEException, ParseException, GeneralSecurityException {
    Fixture f = new Fixture();
    payload = new Payload(f.sealed.document());
    ECPrivateKey privateKey = (ECPrivateKey) f.pki.sealPrivateKey();
    ECPublicKey publicKey = (ECPublicKey) f.pki.sealCertificate().getPublicKey();
    Provider bc = new BouncyCastleProvider();
    jdkSigner = new ECDSASigner(privateKey);
    jdkVerifier = new ECDSAVerifier(publicKey);
    KeyFactory bcKeys = KeyFactory.getInstance("EC", bc);
    bcSigner = new ECDSASigner((ECPrivateKey) bcKeys.translateKey(privateKey));
    bcSigner.getJCAContext().setProvider(bc);
    bcVerifier = new ECDSAVerifier((ECPublicKey) bcKeys.translateKey(publicKey));
    bcVerifier.getJCAContext().setProvider(bc);
    bcJdkKeySigner = new ECDSASigner(privateKey);
    bcJdkKeySigner.getJCAContext().setProvider(bc);
    bcJdkKeyVerifier = new ECDSAVerifier(publicKey);
    bcJdkKeyVerifier.getJCAContext().setProvider(bc);
    jdkSigned = sign(jdkSigner);
    bcSigned = sign(bcSigner);
    for (ECDSAVerifier v : new ECDSAVerifier[] {jdkVerifier, bcVerifier, bcJdkKeyVerifier}) {
      for (String s : new String[] {jdkSigned, bcSigned}) {
        if (!JWSObject.parse(s).verify(v)) {
          throw new IllegalStateException("raw ES256 round trip failed");
        }
      }
    }
  }

  private String sign(ECDSASigner signer) throws JOSEException {
    JWSObject jws = new JWSObject(HEADER, payload);
    jws.sign(signer);
    return jws.serialize();
  }

  private static boolean verify(String compact, ECDSAVerifier verifier) throws ParseException, JOSEException {
    return JWSObject.parse(compact).verify(verifier);
  }

  /**
   * ES256 sign with SunEC.
   *
   * @return the compact JWS
   * @throws JOSEException never in this setting
   */
  @Benchmark
  public String signJdk() throws JOSEException {
    return sign(jdkSigner);
  }

  /**
   * ES256 verify with SunEC.
   *
   * @return true
   * @throws Exception never in this setting
   */
  @Benchmark
  public boolean verifyJdk() throws Exception {
    return verify(jdkSigned, jdkVerifier);
  }

  /**
   * ES256 sign with BouncyCastle, key in BouncyCastle's representation.
   *
   * @return the compact JWS
   * @throws JOSEException never in this setting
   */
  @Benchmark
  public String signBouncyCastle() throws JOSEException {
    return sign(bcSigner);
  }

  /**
   * ES256 sign with BouncyCastle, given the JDK's private key object.
   *
   * @return the compact JWS
   * @throws JOSEException never in this setting
   */
  @Benchmark
  public String signBouncyCastleJdkKeys() throws JOSEException {
    return sign(bcJdkKeySigner);
  }

  /**
   * ES256 verify with BouncyCastle, given the certificate's (JDK) public key object.
   *
   * @return true
   * @throws Exception never in this setting
   */
  @Benchmark
  public boolean verifyBouncyCastleJdkKeys() throws Exception {
    return verify(bcSigned, bcJdkKeyVerifier);
  }

  /**
   * ES256 verify with BouncyCastle, key in BouncyCastle's representation.
   *
   * @return true
   * @throws Exception never in this setting
   */
  @Benchmark
  public boolean verifyBouncyCastle() throws Exception {
    return verify(bcSigned, bcVerifier);
  }
}
