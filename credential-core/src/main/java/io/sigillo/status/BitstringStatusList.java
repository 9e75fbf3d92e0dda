package io.sigillo.status;

import java.util.Arrays;
import java.util.Objects;

/**
 * A W3C Bitstring Status List: a fixed number of entries of {@code statusSize} bits each, index
 * 0 at the most significant bit of the first byte, and its {@code encodedList} form (GZIP, then
 * multibase base64url with prefix {@code u}).
 *
 * <pre>{@code
 * BitstringStatusList.Builder b = BitstringStatusList.newBuilder(BitstringStatusList.MINIMUM_ENTRIES, 1);
 * b.set(94567, 1);
 * String encodedList = b.build().encode();
 *
 * BitstringStatusList list = BitstringStatusList.decode(encodedList, 1);
 * int status = list.status(94567);   // 1
 * }</pre>
 *
 * <p>Decoding is bounded ({@link DecodeLimits}): a list that inflates beyond the limit or is
 * shorter than the minimum gets {@link StatusErrorCode#STATUS_LIST_LENGTH_ERROR}; a wrong multibase
 * prefix, bad base64url, bad GZIP framing or a CRC mismatch gets
 * {@link StatusErrorCode#MALFORMED_VALUE_ERROR}.
 *
 * <p>Immutable and thread-safe; {@link #status(long)} does no allocation.
 */
public final class BitstringStatusList {
  /** The minimum number of entries of a list (16 KiB at one bit per entry), for herd privacy. */
  public static final int MINIMUM_ENTRIES = 131_072;

  /** The largest status size this library reads or writes, in bits. */
  public static final int MAX_STATUS_SIZE = 8;

  private final byte[] bits;
  private final int statusSize;
  private final int entries;

  private BitstringStatusList(byte[] bits, int statusSize) {
    this.bits = bits;
    this.statusSize = statusSize;
    this.entries = (int) ((long) bits.length * 8 / statusSize);
  }

  /**
   * Starts a builder for a list whose entries are all 0.
   *
   * @param entries the number of entries: at least {@link #MINIMUM_ENTRIES}, and a whole number
   *     of bytes
   * @param statusSize bits per entry, 1 to {@link #MAX_STATUS_SIZE}
   * @return a builder
   * @throws IllegalArgumentException if the sizes are out of range
   */
  public static Builder newBuilder(int entries, int statusSize) {
    checkStatusSize(statusSize);
    if (entries < MINIMUM_ENTRIES) {
      throw new IllegalArgumentException("a status list has at least " + MINIMUM_ENTRIES + " entries: " + entries);
    }
    long totalBits = (long) entries * statusSize;
    if (totalBits % 8 != 0 || totalBits / 8 > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("entries x statusSize must be a whole number of bytes: " + totalBits + " bits");
    }
    return new Builder(new byte[(int) (totalBits / 8)], statusSize);
  }

  /**
   * Decodes an {@code encodedList} with the {@linkplain DecodeLimits#DEFAULT default limits}.
   *
   * @param encodedList the multibase value, for example {@code uH4sIAAAAAAAA...}
   * @param statusSize the entry's {@code statusSize}
   * @return the list
   * @throws StatusListException with the W3C error code if the value is malformed or of the wrong
   *     length
   */
  public static BitstringStatusList decode(String encodedList, int statusSize) throws StatusListException {
    return decode(encodedList, statusSize, DecodeLimits.DEFAULT);
  }

  /**
   * Decodes an {@code encodedList}.
   *
   * @param encodedList the multibase value
   * @param statusSize the entry's {@code statusSize}
   * @param limits the minimum number of entries and the largest decoded size
   * @return the list
   * @throws StatusListException with the W3C error code if the value is malformed or of the wrong
   *     length
   */
  public static BitstringStatusList decode(String encodedList, int statusSize, DecodeLimits limits)
      throws StatusListException {
    Objects.requireNonNull(limits, "limits");
    if (statusSize < 1 || statusSize > MAX_STATUS_SIZE) {
      throw new StatusListException(StatusErrorCode.MALFORMED_VALUE_ERROR,
          "statusSize must be between 1 and " + MAX_STATUS_SIZE + ": " + statusSize);
    }
    byte[] bits = ListCodec.decode(encodedList, limits.maxBytes());
    long entries = (long) bits.length * 8 / statusSize;
    if (entries < limits.minimumEntries()) {
      throw new StatusListException(StatusErrorCode.STATUS_LIST_LENGTH_ERROR,
          "the status list has " + entries + " entries; at least " + limits.minimumEntries() + " are required");
    }
    return new BitstringStatusList(bits, statusSize);
  }

  /**
   * The number of entries.
   *
   * @return bits divided by the status size
   */
  public int size() {
    return entries;
  }

  /**
   * Bits per entry.
   *
   * @return the status size
   */
  public int statusSize() {
    return statusSize;
  }

  /**
   * The uncompressed length.
   *
   * @return bytes
   */
  public int byteLength() {
    return bits.length;
  }

  /**
   * The status value at an index: the {@code statusSize} bits starting at bit
   * {@code index * statusSize}, most significant bit first.
   *
   * @param index the entry's {@code statusListIndex}
   * @return the value, 0 to {@code 2^statusSize - 1}
   * @throws StatusListException with {@link StatusErrorCode#RANGE_ERROR} if the index is outside
   *     the list
   */
  public int status(long index) throws StatusListException {
    if (index < 0 || index >= entries) {
      throw new StatusListException(StatusErrorCode.RANGE_ERROR,
          "index " + index + " is outside the list of " + entries + " entries");
    }
    return read(bits, index, statusSize);
  }

  /**
   * Whether an entry is non-zero (revoked, suspended, or carrying a message).
   *
   * @param index the entry's index
   * @return true if any of its bits is set
   * @throws StatusListException with {@link StatusErrorCode#RANGE_ERROR} if out of range
   */
  public boolean isSet(long index) throws StatusListException {
    return status(index) != 0;
  }

  /**
   * The {@code encodedList} value: GZIP, then multibase base64url without padding.
   *
   * @return the text, starting with {@code u}
   */
  public String encode() {
    return ListCodec.encode(bits);
  }

  /**
   * A builder holding this list's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder(bits.clone(), statusSize);
  }

  /**
   * A copy of the raw bitstring.
   *
   * @return the uncompressed bytes
   */
  public byte[] toByteArray() {
    return bits.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BitstringStatusList && ((BitstringStatusList) o).statusSize == statusSize
        && Arrays.equals(((BitstringStatusList) o).bits, bits);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(bits) + statusSize;
  }

  @Override
  public String toString() {
    return "BitstringStatusList[" + entries + " entries x " + statusSize + " bit]";
  }

  static int read(byte[] bits, long index, int size) {
    if (size == 1) {
      return (bits[(int) (index >>> 3)] >>> (7 - (int) (index & 7))) & 1;
    }
    long bit = index * size;
    int v = 0;
    for (int i = 0; i < size; i++, bit++) {
      v = v << 1 | (bits[(int) (bit >>> 3)] >>> (7 - (int) (bit & 7))) & 1;
    }
    return v;
  }

  private static void checkStatusSize(int statusSize) {
    if (statusSize < 1 || statusSize > MAX_STATUS_SIZE) {
      throw new IllegalArgumentException("statusSize must be between 1 and " + MAX_STATUS_SIZE + ": " + statusSize);
    }
  }

  /**
   * Bounds applied when decoding a list from outside.
   *
   * @param minimumEntries fewer entries is {@link StatusErrorCode#STATUS_LIST_LENGTH_ERROR}
   * @param maxBytes the largest uncompressed size accepted; more is
   *     {@link StatusErrorCode#STATUS_LIST_LENGTH_ERROR}
   */
  public record DecodeLimits(int minimumEntries, int maxBytes) {
    /** {@link #MINIMUM_ENTRIES} entries, at most 2 MiB (16,777,216 one-bit entries). */
    public static final DecodeLimits DEFAULT = new DecodeLimits(MINIMUM_ENTRIES, 2 * 1024 * 1024);

    /**
     * Validates the bounds.
     *
     * @throws IllegalArgumentException if a bound is not positive
     */
    public DecodeLimits {
      if (minimumEntries < 1 || maxBytes < 1) {
        throw new IllegalArgumentException("limits must be positive");
      }
    }
  }

  /** A mutable list under construction; not thread-safe. */
  public static final class Builder {
    private final byte[] bits;
    private final int statusSize;
    private final int entries;

    private Builder(byte[] bits, int statusSize) {
      this.bits = bits;
      this.statusSize = statusSize;
      this.entries = (int) ((long) bits.length * 8 / statusSize);
    }

    /**
     * The number of entries.
     *
     * @return the size
     */
    public int size() {
      return entries;
    }

    /**
     * Sets an entry's value.
     *
     * @param index the entry
     * @param value 0 to {@code 2^statusSize - 1}
     * @return this builder
     * @throws IllegalArgumentException if the index or value is out of range
     */
    public Builder set(long index, int value) {
      if (index < 0 || index >= entries) {
        throw new IllegalArgumentException("index " + index + " is outside the list of " + entries + " entries");
      }
      if (value < 0 || value >= 1 << statusSize) {
        throw new IllegalArgumentException("value " + value + " does not fit in " + statusSize + " bits");
      }
      long bit = index * statusSize;
      for (int i = statusSize - 1; i >= 0; i--, bit++) {
        int mask = 0x80 >>> (int) (bit & 7);
        if ((value >>> i & 1) != 0) {
          bits[(int) (bit >>> 3)] |= (byte) mask;
        } else {
          bits[(int) (bit >>> 3)] &= (byte) ~mask;
        }
      }
      return this;
    }

    /**
     * The current value of an entry.
     *
     * @param index the entry
     * @return its value
     * @throws IllegalArgumentException if the index is out of range
     */
    public int get(long index) {
      if (index < 0 || index >= entries) {
        throw new IllegalArgumentException("index " + index + " is outside the list of " + entries + " entries");
      }
      return read(bits, index, statusSize);
    }

    /**
     * Builds an immutable list (a copy; the builder stays usable).
     *
     * @return the list
     */
    public BitstringStatusList build() {
      return new BitstringStatusList(bits.clone(), statusSize);
    }
  }
}
