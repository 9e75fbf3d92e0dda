package io.sigillo.issuer;

import io.sigillo.issuer.internal.JcaSealSigner;
import io.sigillo.seal.SealAlgorithm;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Loads seals from key files: PKCS#12 key stores and PEM files (PKCS#8 or traditional private key,
 * certificate chain). The loaded key stays in memory; for keys that must not, implement
 * {@link SealSigner}.
 */
public final class SealKeys {
  private SealKeys() {}

  /**
   * Loads a seal from a PKCS#12 file holding one private key entry and its chain.
   *
   * @param file the {@code .p12} file
   * @param password the store and key password
   * @return the seal, with the default algorithm for its key (ES256/ES384/ES512 by curve, RS256
   *     for RSA)
   * @throws SealingException if the file cannot be read, the password is wrong or the content is
   *     unusable
   */
  public static Seal pkcs12(Path file, char[] password) throws SealingException {
    return pkcs12(file, password, null, null);
  }

  /**
   * Loads a seal from a PKCS#12 file.
   *
   * @param file the {@code .p12} file
   * @param password the store and key password
   * @param alias the key entry, or null for the only key entry
   * @param algorithm the algorithm, or null for the key's default
   * @return the seal
   * @throws SealingException if the file cannot be read or the content is unusable
   */
  public static Seal pkcs12(Path file, char[] password, String alias, SealAlgorithm algorithm)
      throws SealingException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return pkcs12(in, password, alias, algorithm);
    } catch (IOException e) {
      throw new SealingException(SealingException.Reason.KEY_STORE_UNREADABLE,
          "cannot read key store " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Loads a seal from PKCS#12 content.
   *
   * @param in the key store content (read fully, not closed)
   * @param password the store and key password
   * @param alias the key entry, or null for the only key entry
   * @param algorithm the algorithm, or null for the key's default
   * @return the seal
   * @throws SealingException if the content cannot be read or is unusable
   */
  public static Seal pkcs12(InputStream in, char[] password, String alias, SealAlgorithm algorithm)
      throws SealingException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(password, "password");
    KeyStore ks;
    try {
      ks = KeyStore.getInstance("PKCS12");
      ks.load(in, password);
    } catch (IOException | GeneralSecurityException e) {
      throw new SealingException(SealingException.Reason.KEY_STORE_UNREADABLE,
          "cannot open the PKCS#12 key store (wrong password or not PKCS#12)", e);
    }
    try {
      String entry = alias;
      if (entry == null) {
        List<String> keys = new ArrayList<>();
        for (String a : Collections.list(ks.aliases())) {
          if (ks.isKeyEntry(a)) {
            keys.add(a);
          }
        }
        if (keys.size() != 1) {
          throw new SealingException(SealingException.Reason.KEY_NOT_FOUND,
              "the key store holds " + keys.size() + " key entries; name the one to use");
        }
        entry = keys.get(0);
      }
      Key key = ks.getKey(entry, password);
      if (!(key instanceof PrivateKey)) {
        throw new SealingException(SealingException.Reason.KEY_NOT_FOUND,
            "no private key under alias '" + entry + "'");
      }
      Certificate[] chain = ks.getCertificateChain(entry);
      if (chain == null || chain.length == 0) {
        throw new SealingException(SealingException.Reason.KEY_NOT_FOUND,
            "no certificate chain under alias '" + entry + "'");
      }
      List<X509Certificate> certs = new ArrayList<>();
      for (Certificate c : chain) {
        certs.add((X509Certificate) c);
      }
      return fromKey((PrivateKey) key, certs, algorithm);
    } catch (GeneralSecurityException e) {
      throw new SealingException(SealingException.Reason.KEY_STORE_UNREADABLE,
          "cannot read the key entry: " + e.getMessage(), e);
    }
  }

  /**
   * Loads a seal from PEM files.
   *
   * @param privateKeyPem the private key (PKCS#8 {@code PRIVATE KEY} or traditional
   *     {@code EC/RSA PRIVATE KEY}, unencrypted)
   * @param chainPem the seal certificate followed by its issuing CAs
   * @param algorithm the algorithm, or null for the key's default
   * @return the seal
   * @throws SealingException if a file cannot be read or the content is unusable
   */
  public static Seal pem(Path privateKeyPem, Path chainPem, SealAlgorithm algorithm)
      throws SealingException {
    try {
      return pem(Files.readString(privateKeyPem, StandardCharsets.US_ASCII),
          Files.readString(chainPem, StandardCharsets.US_ASCII), algorithm);
    } catch (IOException e) {
      throw new SealingException(SealingException.Reason.KEY_STORE_UNREADABLE,
          "cannot read PEM file: " + e.getMessage(), e);
    }
  }

  /**
   * Loads a seal from PEM text.
   *
   * @param privateKeyPem the private key PEM
   * @param chainPem the certificate chain PEM, seal certificate first
   * @param algorithm the algorithm, or null for the key's default
   * @return the seal
   * @throws SealingException if the content is unusable
   */
  public static Seal pem(String privateKeyPem, String chainPem, SealAlgorithm algorithm)
      throws SealingException {
    PrivateKey key = readPrivateKey(new StringReader(privateKeyPem));
    List<X509Certificate> chain = readCertificates(chainPem);
    return fromKey(key, chain, algorithm);
  }

  /**
   * Makes a seal from a private key and chain already in memory.
   *
   * @param key the private key
   * @param chain the chain, seal certificate first
   * @param algorithm the algorithm, or null for the key's default
   * @return the seal
   * @throws SealingException if the key and chain do not fit together
   */
  public static Seal fromKey(PrivateKey key, List<X509Certificate> chain, SealAlgorithm algorithm)
      throws SealingException {
    SealAlgorithm alg = algorithm != null ? algorithm : defaultAlgorithm(key);
    SealSigner signer;
    try {
      signer = new JcaSealSigner(key, alg);
    } catch (IllegalArgumentException e) {
      throw new SealingException(SealingException.Reason.UNSUPPORTED_KEY, e.getMessage());
    }
    return Seal.of(signer, chain);
  }

  /**
   * Reads every certificate in PEM text, in order.
   *
   * @param pem PEM text with one or more {@code CERTIFICATE} blocks
   * @return the certificates
   * @throws SealingException if the text holds no certificate or a malformed one
   */
  public static List<X509Certificate> readCertificates(String pem) throws SealingException {
    try {
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      List<X509Certificate> out = new ArrayList<>();
      for (Certificate c : cf.generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))) {
        out.add((X509Certificate) c);
      }
      if (out.isEmpty()) {
        throw new SealingException(SealingException.Reason.KEY_NOT_FOUND, "no certificate in PEM text");
      }
      return out;
    } catch (CertificateException e) {
      throw new SealingException(SealingException.Reason.KEY_STORE_UNREADABLE,
          "malformed certificate PEM: " + e.getMessage(), e);
    }
  }

  private static PrivateKey readPrivateKey(Reader reader) throws SealingException {
    try (PEMParser parser = new PEMParser(reader)) {
      Object o = parser.readObject();
      JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
      if (o instanceof PEMKeyPair) {
        // traditional "EC PRIVATE KEY" / "RSA PRIVATE KEY"; the public key of a SEC1 EC key is
        // optional, so read the private key alone (getKeyPair fails when it is absent)
        return converter.getPrivateKey(((PEMKeyPair) o).getPrivateKeyInfo());
      }
      if (o instanceof PrivateKeyInfo) {
        return converter.getPrivateKey((PrivateKeyInfo) o);
      }
      throw new SealingException(SealingException.Reason.KEY_NOT_FOUND,
          "no unencrypted private key in PEM text"
              + (o == null ? "" : " (found " + o.getClass().getSimpleName() + ")"));
    } catch (IOException e) {
      throw new SealingException(SealingException.Reason.KEY_STORE_UNREADABLE,
          "malformed private key PEM: " + e.getMessage(), e);
    }
  }

  private static SealAlgorithm defaultAlgorithm(PrivateKey key) throws SealingException {
    if (key instanceof RSAPrivateKey) {
      return SealAlgorithm.RS256;
    }
    if (key instanceof ECPrivateKey) {
      int bits = ((ECPrivateKey) key).getParams().getCurve().getField().getFieldSize();
      switch (bits) {
        case 256: return SealAlgorithm.ES256;
        case 384: return SealAlgorithm.ES384;
        case 521: return SealAlgorithm.ES512;
        default: break;
      }
      throw new SealingException(SealingException.Reason.UNSUPPORTED_KEY,
          "EC key on a " + bits + "-bit curve; use P-256, P-384 or P-521");
    }
    throw new SealingException(SealingException.Reason.UNSUPPORTED_KEY,
        "unsupported key type " + key.getAlgorithm() + "; use EC or RSA");
  }
}
