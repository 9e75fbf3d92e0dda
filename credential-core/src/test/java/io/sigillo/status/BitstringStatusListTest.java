package io.sigillo.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class BitstringStatusListTest {
  private static final String ALL_ZERO_SPEC = "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA";

  @Test
  void decode_generatedVectors_readsEveryCheckedIndex() throws Exception {
    JsonNode cases = Vectors.json("encodedList-cases.json");
    for (String name : new String[] {"all-zero-131072", "bits-0-7-8-94567-131071-set"}) {
      JsonNode c = cases.get(name);
      BitstringStatusList list = BitstringStatusList.decode(c.get("encodedList").asText(), 1);
      assertThat(list.byteLength()).as(name).isEqualTo(c.get("uncompressedBytes").asInt());
      assertThat(list.size()).isEqualTo(131_072);
      for (Iterator<Map.Entry<String, JsonNode>> it = c.get("checks").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> check = it.next();
        assertThat(list.status(Long.parseLong(check.getKey()))).as(name + " #" + check.getKey())
            .isEqualTo(check.getValue().asInt());
      }
      int set = 0;
      for (int i = 0; i < list.size(); i++) {
        set += list.status(i);
      }
      assertThat(set).as(name).isEqualTo(c.get("bitsSet").size());
    }
  }

  @Test
  void decode_specExampleList_is16KiBWithNoBitSet() throws Exception {
    BitstringStatusList list = BitstringStatusList.decode(ALL_ZERO_SPEC, 1);
    assertThat(list.byteLength()).isEqualTo(16_384);
    assertThat(list.toByteArray()).containsOnly(0);
  }

  @Test
  void decode_listShorterThanMinimum_statusListLengthError() {
    String tooShort = Vectors.json("encodedList-cases.json").get("too-short-8192-bits").get("encodedList").asText();
    assertThatThrownBy(() -> BitstringStatusList.decode(tooShort, 1))
        .isInstanceOfSatisfying(StatusListException.class,
            e -> assertThat(e.code()).isEqualTo(StatusErrorCode.STATUS_LIST_LENGTH_ERROR));
  }

  @Test
  void decode_16KiBListWithStatusSize2_hasTooFewEntries() {
    assertThatThrownBy(() -> BitstringStatusList.decode(ALL_ZERO_SPEC, 2))
        .isInstanceOfSatisfying(StatusListException.class,
            e -> assertThat(e.code()).isEqualTo(StatusErrorCode.STATUS_LIST_LENGTH_ERROR));
  }

  @Test
  void set_indexZero_isMostSignificantBitOfFirstByte() {
    BitstringStatusList list = BitstringStatusList.newBuilder(131_072, 1).set(0, 1).set(15, 1).build();
    byte[] bytes = list.toByteArray();
    assertThat(bytes[0]).isEqualTo((byte) 0x80);
    assertThat(bytes[1]).isEqualTo((byte) 0x01);
  }

  @Test
  void encode_setBits_decodeReadsTheSameBits() throws Exception {
    BitstringStatusList.Builder b = BitstringStatusList.newBuilder(131_072, 1);
    for (long i : new long[] {0, 7, 8, 94_567, 131_071}) {
      b.set(i, 1);
    }
    String encoded = b.build().encode();
    assertThat(encoded).startsWith("uH4sI");
    BitstringStatusList decoded = BitstringStatusList.decode(encoded, 1);
    assertThat(decoded).isEqualTo(b.build());
    assertThat(decoded.status(94_567)).isEqualTo(1);
    assertThat(decoded.status(94_566)).isZero();
    String vector = Vectors.json("encodedList-cases.json").get("bits-0-7-8-94567-131071-set").get("encodedList").asText();
    assertThat(BitstringStatusList.decode(vector, 1)).isEqualTo(decoded);
  }

  @Test
  void set_statusSize2_packsValuesMostSignificantBitFirst() throws Exception {
    BitstringStatusList list = BitstringStatusList.newBuilder(131_072, 2).set(1, 2).set(3, 3).build();
    assertThat(list.toByteArray()[0]).isEqualTo((byte) 0b0010_0011);
    BitstringStatusList decoded = BitstringStatusList.decode(list.encode(), 2);
    assertThat(decoded.size()).isEqualTo(131_072);
    assertThat(decoded.status(0)).isZero();
    assertThat(decoded.status(1)).isEqualTo(2);
    assertThat(decoded.status(3)).isEqualTo(3);
  }

  @Test
  void set_valueWiderThanStatusSize_rejected() {
    assertThatThrownBy(() -> BitstringStatusList.newBuilder(131_072, 1).set(0, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BitstringStatusList.newBuilder(65_536, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void status_indexOutsideList_rangeError() throws Exception {
    BitstringStatusList list = BitstringStatusList.decode(ALL_ZERO_SPEC, 1);
    assertThatThrownBy(() -> list.status(131_072)).isInstanceOfSatisfying(StatusListException.class,
        e -> assertThat(e.code()).isEqualTo(StatusErrorCode.RANGE_ERROR));
    assertThatThrownBy(() -> list.status(-1)).isInstanceOfSatisfying(StatusListException.class,
        e -> assertThat(e.code()).isEqualTo(StatusErrorCode.RANGE_ERROR));
  }

  @Test
  void decode_wrongMultibasePrefix_malformedValueError() {
    String base58 = "z" + ALL_ZERO_SPEC.substring(1);
    assertMalformed(base58, "prefix");
    assertMalformed("", "empty");
  }

  @Test
  void decode_paddedOrNonUrlBase64_malformedValueError() {
    assertMalformed(ALL_ZERO_SPEC + "=", "base64url");
    assertMalformed(ALL_ZERO_SPEC.replace('-', '+'), "base64url");
  }

  @Test
  void decode_corruptCrc_malformedValueError() {
    byte[] gz = gzip(new byte[16_384]);
    gz[gz.length - 8] ^= 0x01;
    assertMalformed(multibase(gz), "CRC");
  }

  @Test
  void decode_corruptDeflateData_malformedValueError() {
    byte[] gz = gzip(new byte[16_384]);
    gz[12] ^= 0x55;
    assertThatThrownBy(() -> BitstringStatusList.decode(multibase(gz), 1))
        .isInstanceOfSatisfying(StatusListException.class,
            e -> assertThat(e.code()).isEqualTo(StatusErrorCode.MALFORMED_VALUE_ERROR));
  }

  @Test
  void decode_truncatedOrTrailingBytes_malformedValueError() {
    byte[] gz = gzip(new byte[16_384]);
    assertMalformed(multibase(java.util.Arrays.copyOf(gz, gz.length - 3)), "truncated");
    assertMalformed(multibase(java.util.Arrays.copyOf(gz, gz.length + 2)), "trailing");
    byte[] notGzip = gz.clone();
    notGzip[0] = 0x78;
    assertMalformed(multibase(notGzip), "magic");
  }

  @Test
  void decode_listInflatingBeyondLimit_lengthErrorWithoutInflatingItAll() {
    byte[] bomb = gzip(new byte[64 * 1024 * 1024]);
    assertThat(bomb.length).isLessThan(100_000);
    assertThatThrownBy(() -> BitstringStatusList.decode(multibase(bomb), 1))
        .isInstanceOfSatisfying(StatusListException.class, e -> {
          assertThat(e.code()).isEqualTo(StatusErrorCode.STATUS_LIST_LENGTH_ERROR);
          assertThat(e.getMessage()).contains("2097152");
        });
    BitstringStatusList.DecodeLimits tight = new BitstringStatusList.DecodeLimits(131_072, 16_384);
    assertThatThrownBy(() -> BitstringStatusList.decode(
        BitstringStatusList.newBuilder(262_144, 1).build().encode(), 1, tight))
        .isInstanceOfSatisfying(StatusListException.class,
            e -> assertThat(e.code()).isEqualTo(StatusErrorCode.STATUS_LIST_LENGTH_ERROR));
  }

  @Test
  void encode_millionEntryList_roundTrips() throws Exception {
    BitstringStatusList list = BitstringStatusList.newBuilder(1_048_576, 1).set(1_048_575, 1).build();
    BitstringStatusList decoded = BitstringStatusList.decode(list.encode(), 1);
    assertThat(decoded.size()).isEqualTo(1_048_576);
    assertThat(decoded.status(1_048_575)).isEqualTo(1);
    assertThat(decoded.status(1_048_574)).isZero();
  }

  private static void assertMalformed(String encoded, String messagePart) {
    assertThatThrownBy(() -> BitstringStatusList.decode(encoded, 1))
        .isInstanceOfSatisfying(StatusListException.class, e -> {
          assertThat(e.code()).isEqualTo(StatusErrorCode.MALFORMED_VALUE_ERROR);
          assertThat(e.getMessage()).containsIgnoringCase(messagePart);
        });
  }

  static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String multibase(byte[] bytes) {
    return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
