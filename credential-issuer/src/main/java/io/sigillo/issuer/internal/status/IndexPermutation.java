package io.sigillo.issuer.internal.status;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed pseudo-random permutation of {@code [0, capacity)}: a balanced Feistel network with an
 * HMAC-SHA256 round function over the smallest even number of bits that covers the capacity, made
 * exact by cycle-walking.
 *
 * <p>The store hands out {@code permute(0)}, {@code permute(1)}, ... for a list: every index at
 * most once (a permutation is a bijection), in an order nobody without the list's key can
 * predict, at a constant cost per allocation however full the list is.
 */
public final class IndexPermutation {
  private static final int ROUNDS = 6;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] key;
  private final int capacity;
  private final int half;
  private final int mask;

  /**
   * Creates the permutation of a list.
   *
   * @param hexKey the list's secret key, hex
   * @param capacity the number of indices
   */
  public IndexPermutation(String hexKey, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.key = HexFormat.of().parseHex(hexKey);
    this.capacity = capacity;
    int bits = Math.max(2, 32 - Integer.numberOfLeadingZeros(capacity - 1));
    if (bits % 2 == 1) {
      bits++;
    }
    this.half = bits / 2;
    this.mask = (1 << half) - 1;
  }

  /**
   * A fresh random key.
   *
   * @return 32 random bytes, hex
   */
  public static String newKey() {
    byte[] k = new byte[32];
    RANDOM.nextBytes(k);
    return HexFormat.of().formatHex(k);
  }

  /**
   * The index handed out as the {@code n}-th allocation of the list.
   *
   * @param n 0 to capacity - 1
   * @return the index, 0 to capacity - 1
   */
  public int permute(int n) {
    if (n < 0 || n >= capacity) {
      throw new IllegalArgumentException("allocation number outside the list: " + n);
    }
    Mac mac = mac();
    int x = n;
    do {
      x = encrypt(mac, x);
    } while (x >= capacity);
    return x;
  }

  /**
   * The indices handed out as allocations {@code from} to {@code from + count - 1} of the list,
   * with one keyed MAC for all of them.
   *
   * @param from the first allocation number, 0 or more
   * @param count how many, with {@code from + count <= capacity}
   * @return the indices, in allocation order
   */
  public int[] permute(int from, int count) {
    if (from < 0 || count < 0 || (long) from + count > capacity) {
      throw new IllegalArgumentException("allocations outside the list: " + from + " + " + count);
    }
    Mac mac = mac();
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      int x = from + i;
      do {
        x = encrypt(mac, x);
      } while (x >= capacity);
      out[i] = x;
    }
    return out;
  }

  private int encrypt(Mac mac, int x) {
    int left = x >>> half & mask;
    int right = x & mask;
    byte[] in = new byte[5];
    for (int r = 0; r < ROUNDS; r++) {
      in[0] = (byte) r;
      in[1] = (byte) (right >>> 24);
      in[2] = (byte) (right >>> 16);
      in[3] = (byte) (right >>> 8);
      in[4] = (byte) right;
      byte[] h = mac.doFinal(in);
      int f = ((h[0] & 0xFF) << 24 | (h[1] & 0xFF) << 16 | (h[2] & 0xFF) << 8 | (h[3] & 0xFF)) & mask;
      int next = left ^ f;
      left = right;
      right = next;
    }
    return left << half | right;
  }

  private Mac mac() {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(key, "HmacSHA256"));
      return m;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
