package io.sigillo.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sigillo.seal.SealAlgorithm;
import io.sigillo.seal.SecuringForm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random mutations (fixed seeds, so every run is the same) of a valid JAdES seal and a valid
 * {@code vc+jwt}: byte flips, truncations, insertions, deletions and duplications. The verifier
 * must never throw, always report every check, and never say TOTAL_PASSED for a changed input.
 *
 * <p>"Changed" means changed in meaning: JSON whitespace or an equivalent escape in the JAdES
 * envelope is not signed and does not change the seal, so such a mutation may pass; the test
 * checks that every passing mutation parses to exactly the original JSON tree.
 */
class MutationFuzzTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final byte[] INTERESTING = "\"\\.{}[],:0-_AZaz \n\u007f".getBytes(StandardCharsets.US_ASCII);

  @Test
  void verify_thousandRandomMutationsOfValidSeals_neverThrowsNeverPassesAChange() {
    Verifier verifier = Fixtures.verifier();
    Map<SecuringForm, byte[]> originals = new EnumMap<>(SecuringForm.class);
    for (SecuringForm form : List.of(SecuringForm.JADES, SecuringForm.VC_JWT)) {
      originals.put(form, Fixtures.sealed().formBytes(form));
      assertThat(verifier.verify(originals.get(form)).indication()).isEqualTo(Indication.TOTAL_PASSED);
    }
    Random random = new Random(20261201L);
    Map<ReasonCode, Integer> firstProblems = new EnumMap<>(ReasonCode.class);
    int equivalentPasses = 0;
    for (int i = 0; i < 1000; i++) {
      SecuringForm form = i % 2 == 0 ? SecuringForm.JADES : SecuringForm.VC_JWT;
      byte[] original = originals.get(form);
      byte[] mutated = mutate(original, random);
      VerificationReport report = verifyNoThrow(verifier, mutated, i);
      if (report.indication() == Indication.TOTAL_PASSED) {
        assertThat(equivalent(form, original, mutated))
            .as("mutation %d of the %s passed but changes it:%n%s", i, form, new String(mutated, StandardCharsets.UTF_8))
            .isTrue();
        equivalentPasses++;
      } else {
        assertThat(report.verifiedCredential()).isEmpty();
        firstProblems.merge(report.firstProblem().orElseThrow().reason(), 1, Integer::sum);
      }
    }
    // the mutations reach many different checks, not only the first parse step
    assertThat(firstProblems.keySet()).as(firstProblems.toString()).hasSizeGreaterThanOrEqualTo(5);
    assertThat(equivalentPasses).as("meaning-preserving mutations").isLessThan(50);
  }

  @Test
  void verify_mutatedHeadersAndPayloadsSignedWithTheSealKey_neverThrows() {
    // re-signed so that the signature is valid and the verifier gets past SEAL into every later
    // check with odd headers and documents
    Verifier verifier = Fixtures.verifier();
    Random random = new Random(7L);
    byte[] header = Tokens.json(Tokens.jwtHeader(SealAlgorithm.ES256, Fixtures.pki().chain(), Fixtures.NOW))
        .getBytes(StandardCharsets.UTF_8);
    byte[] jadesHeader = Tokens.json(Tokens.jadesHeader(SealAlgorithm.ES256, Fixtures.pki().chain(), Fixtures.NOW))
        .getBytes(StandardCharsets.UTF_8);
    byte[] payload = Fixtures.sealed().document();
    for (int i = 0; i < 100; i++) {
      boolean mutateHeader = i % 2 == 0;
      String token;
      if (i % 4 < 2) {
        byte[] h = mutateHeader ? mutate(header, random) : header;
        byte[] p = mutateHeader ? payload : mutate(payload, random);
        token = Tokens.compactRaw(new String(h, StandardCharsets.ISO_8859_1), p,
            Fixtures.pki().sealPrivateKey(), SealAlgorithm.ES256);
      } else {
        byte[] h = mutateHeader ? mutate(jadesHeader, random) : jadesHeader;
        byte[] p = mutateHeader ? payload : mutate(payload, random);
        token = Tokens.jadesRaw(new String(h, StandardCharsets.ISO_8859_1), p,
            Fixtures.pki().sealPrivateKey(), SealAlgorithm.ES256);
      }
      VerificationReport report = verifyNoThrow(verifier, token.getBytes(StandardCharsets.UTF_8), i);
      if (report.isValid()) {
        // a valid seal over a changed document may pass, but only as a well-formed credential
        assertThat(report.check(CheckId.FORMAT).passed()).isTrue();
        assertThat(report.verifiedCredential()).isPresent();
      }
    }
  }

  private static VerificationReport verifyNoThrow(Verifier verifier, byte[] input, int i) {
    try {
      VerificationReport report = verifier.verify(input);
      assertThat(report.checks()).extracting(CheckResult::check).containsExactly(CheckId.values());
      assertThat(report.toJson().get("checks")).hasSize(CheckId.values().length);
      return report;
    } catch (RuntimeException | StackOverflowError e) {
      return fail("mutation " + i + " made verify throw: " + new String(input, StandardCharsets.UTF_8), e);
    }
  }

  /** One random change that really changes the bytes. */
  static byte[] mutate(byte[] in, Random r) {
    while (true) {
      byte[] out = mutateOnce(in, r);
      if (!Arrays.equals(in, out)) {
        return out;
      }
    }
  }

  private static byte[] mutateOnce(byte[] in, Random r) {
    int at = r.nextInt(in.length);
    switch (r.nextInt(6)) {
      case 0: { // flip bits of one byte
        byte[] out = in.clone();
        out[at] ^= (byte) (1 + r.nextInt(255));
        return out;
      }
      case 1: // truncate
        return Arrays.copyOf(in, at);
      case 2: { // insert random bytes
        byte[] ins = new byte[1 + r.nextInt(8)];
        r.nextBytes(ins);
        return splice(in, at, 0, ins);
      }
      case 3: // insert a character with meaning to JSON, JWS or base64url
        return splice(in, at, 0, new byte[] {INTERESTING[r.nextInt(INTERESTING.length)]});
      case 4: // delete a range
        return splice(in, at, Math.min(in.length - at, 1 + r.nextInt(16)), new byte[0]);
      default: { // replace one byte with an interesting one
        byte[] out = in.clone();
        out[at] = INTERESTING[r.nextInt(INTERESTING.length)];
        return out;
      }
    }
  }

  private static byte[] splice(byte[] in, int at, int remove, byte[] insert) {
    byte[] out = new byte[in.length - remove + insert.length];
    System.arraycopy(in, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(in, at + remove, out, at + insert.length, in.length - at - remove);
    return out;
  }

  /** Whether a mutation kept the meaning: the same JSON tree (JAdES) or the same trimmed token. */
  private static boolean equivalent(SecuringForm form, byte[] original, byte[] mutated) {
    if (form == SecuringForm.VC_JWT) {
      return new String(original, StandardCharsets.ISO_8859_1).trim()
          .equals(new String(mutated, StandardCharsets.ISO_8859_1).trim());
    }
    try {
      JsonNode a = PLAIN.readTree(original);
      JsonNode b = PLAIN.readTree(mutated);
      return a.equals(b);
    } catch (IOException e) {
      return false;
    }
  }
}
