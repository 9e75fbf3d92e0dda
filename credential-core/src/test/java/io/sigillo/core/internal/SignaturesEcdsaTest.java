package io.sigillo.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.seal.SealAlgorithm;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * ECDSA in {@link Signatures} (JDK hash, BouncyCastle ECDSA on the hash) is interchangeable with
 * BouncyCastle's one-step {@code SHAxxxwithPLAIN-ECDSA}, with and without translated keys.
 */
class SignaturesEcdsaTest {
  private static final byte[] INPUT = "eyJhbGciOiJFUzI1NiJ9.{\"a\":\"payload\"}".getBytes(StandardCharsets.US_ASCII);

  private static KeyPair keys(SealAlgorithm alg) throws GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec(alg.curve().orElseThrow()));
    return g.generateKeyPair();
  }

  private static byte[] plainSign(KeyPair kp, SealAlgorithm alg, byte[] input) throws GeneralSecurityException {
    Signature s = Signature.getInstance(Signatures.jcaName(alg), Providers.bouncyCastle());
    s.initSign(kp.getPrivate());
    s.update(input);
    return s.sign();
  }

  private static boolean plainVerify(KeyPair kp, SealAlgorithm alg, byte[] input, byte[] sig) throws GeneralSecurityException {
    Signature s = Signature.getInstance(Signatures.jcaName(alg), Providers.bouncyCastle());
    s.initVerify(kp.getPublic());
    s.update(input);
    return s.verify(sig);
  }

  @ParameterizedTest
  @EnumSource(value = SealAlgorithm.class, names = {"ES256", "ES384", "ES512"})
  void sign_ecdsa_fixedLengthSignatureThatOneStepPlainEcdsaAccepts(SealAlgorithm alg) throws Exception {
    KeyPair kp = keys(alg);
    byte[] sig = Signatures.sign(kp.getPrivate(), alg, INPUT);
    assertThat(sig).hasSize(2 * ((alg.minimumKeyBits() + 7) / 8));
    assertThat(plainVerify(kp, alg, INPUT, sig)).isTrue();
    assertThat(Signatures.sign(Signatures.forProvider(kp.getPrivate()), alg, INPUT)).hasSize(sig.length);
  }

  @ParameterizedTest
  @EnumSource(value = SealAlgorithm.class, names = {"ES256", "ES384", "ES512"})
  void verify_oneStepPlainEcdsaSignature_trueWithJdkAndTranslatedKey(SealAlgorithm alg) throws Exception {
    KeyPair kp = keys(alg);
    byte[] sig = plainSign(kp, alg, INPUT);
    assertThat(Signatures.verify(kp.getPublic(), alg, INPUT, sig)).isTrue();
    assertThat(Signatures.verify(Signatures.forProvider(kp.getPublic()), alg, INPUT, sig)).isTrue();
  }

  @ParameterizedTest
  @EnumSource(value = SealAlgorithm.class, names = {"ES256", "ES384", "ES512"})
  void verify_otherInputOrFlippedBit_false(SealAlgorithm alg) throws Exception {
    KeyPair kp = keys(alg);
    byte[] sig = Signatures.sign(kp.getPrivate(), alg, INPUT);
    byte[] other = Arrays.copyOf(INPUT, INPUT.length + 1);
    assertThat(Signatures.verify(kp.getPublic(), alg, other, sig)).isFalse();
    byte[] flipped = sig.clone();
    flipped[flipped.length - 1] ^= 1;
    assertThat(Signatures.verify(kp.getPublic(), alg, INPUT, flipped)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(value = SealAlgorithm.class, names = {"ES256", "ES384", "ES512"})
  void verify_integerEqualToGroupOrder_false(SealAlgorithm alg) throws Exception {
    // s = n is s = 0 modulo n: out of range, whatever the arithmetic would make of it.
    KeyPair kp = keys(alg);
    byte[] sig = Signatures.sign(kp.getPrivate(), alg, INPUT);
    int half = sig.length / 2;
    BigInteger n = ((ECPublicKey) kp.getPublic()).getParams().getOrder();
    byte[] forged = sig.clone();
    byte[] nBytes = n.toByteArray();
    int from = nBytes[0] == 0 ? 1 : 0;
    Arrays.fill(forged, half, sig.length, (byte) 0);
    System.arraycopy(nBytes, from, forged, sig.length - (nBytes.length - from), nBytes.length - from);
    assertThat(Signatures.verify(kp.getPublic(), alg, INPUT, forged)).isFalse();
    byte[] swapped = sig.clone();
    System.arraycopy(forged, half, swapped, 0, half);
    assertThat(Signatures.verify(kp.getPublic(), alg, INPUT, swapped)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(value = SealAlgorithm.class, names = {"ES256", "ES384", "ES512"})
  void verify_wrongLengthOrZero_false(SealAlgorithm alg) throws Exception {
    KeyPair kp = keys(alg);
    byte[] sig = Signatures.sign(kp.getPrivate(), alg, INPUT);
    assertThat(Signatures.verify(kp.getPublic(), alg, INPUT, Arrays.copyOf(sig, sig.length - 1))).isFalse();
    assertThat(Signatures.verify(kp.getPublic(), alg, INPUT, new byte[sig.length])).isFalse();
  }
}
