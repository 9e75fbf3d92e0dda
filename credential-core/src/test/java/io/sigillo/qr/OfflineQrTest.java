package io.sigillo.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.qr.internal.Base45;
import io.sigillo.qr.internal.PresetDictionary;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

class OfflineQrTest {

  private static QrErrorCode codeOf(String text) {
    try {
      OfflineQr.decode(text);
    } catch (QrException e) {
      return e.code();
    }
    throw new AssertionError("decoded without error");
  }

  /** A payload whose container is given: the current prefix and Base45. */
  private static String withContainer(byte[] container) {
    return "SGL1.1:" + Base45.encode(container);
  }

  private static byte[] deflateWithDictionary(byte[] body) {
    Deflater d = new Deflater(9, true);
    d.setDictionary(PresetDictionary.forVersion(1).orElseThrow());
    d.setInput(body);
    d.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    while (!d.finished()) {
      out.write(buf, 0, d.deflate(buf));
    }
    d.end();
    return out.toByteArray();
  }

  private static byte[] container(byte[] body) {
    ByteArrayOutputStream c = new ByteArrayOutputStream();
    c.write(1);
    c.write(64);
    c.writeBytes(QrFixtures.signature(64, 3));
    c.writeBytes(deflateWithDictionary(body));
    return c.toByteArray();
  }

  @Test
  void encode_jadesQrText_startsWithPrefixAndUsesOnlyBase45Characters() throws Exception {
    String text = QrFixtures.offlineText();
    assertThat(text).startsWith("SGL1.1:");
    assertThat(text.substring(7).chars().allMatch(c -> Base45.ALPHABET.indexOf(c) >= 0)).isTrue();
  }

  @Test
  void decode_jadesQrText_rebuildsTheSealedTextByteForByte() throws Exception {
    String sealed = QrFixtures.jadesQr();
    OfflineQr.Decoded d = OfflineQr.decode(OfflineQr.encode(sealed));
    assertThat(d.sealedCredential()).isEqualTo(sealed.getBytes(StandardCharsets.UTF_8));
    assertThat(d.formatVersion()).isEqualTo(1);
    assertThat(d.dictionaryVersion()).isEqualTo(1);
  }

  @Test
  void decode_compactJws_rebuildsTheSealedTextByteForByte() throws Exception {
    String sealed = QrFixtures.compact(QrFixtures.document());
    assertThat(OfflineQr.decode(OfflineQr.encode(sealed)).sealedCredential())
        .isEqualTo(sealed.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void encode_sampleCredential_compressesNineKilobytesBelowSevenHundredBytes() throws Exception {
    byte[] document = QrFixtures.document();
    OfflineQr.Decoded d = OfflineQr.decode(QrFixtures.offlineText());
    assertThat(document.length).isGreaterThan(8_000);
    assertThat(d.containerBytes()).isLessThan(700);
  }

  @Test
  void encode_unprotectedHeader_refused() throws Exception {
    String sealed = QrFixtures.jadesQr();
    ObjectNode jws = (ObjectNode) QrFixtures.MAPPER.readTree(sealed);
    ((ObjectNode) jws.get("signatures").get(0)).putObject("header").putArray("etsiU");
    assertThatThrownBy(() -> OfflineQr.encode(QrFixtures.MAPPER.writeValueAsString(jws)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unprotected header");
  }

  @Test
  void encode_twoSignatures_refused() throws Exception {
    ObjectNode jws = (ObjectNode) QrFixtures.MAPPER.readTree(QrFixtures.jadesQr());
    jws.withArray("signatures").add(jws.get("signatures").get(0).deepCopy());
    assertThatThrownBy(() -> OfflineQr.encode(QrFixtures.MAPPER.writeValueAsString(jws)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one signature");
  }

  @Test
  void encode_nonCanonicalSerialization_refused() throws Exception {
    String indented = QrFixtures.MAPPER.writerWithDefaultPrettyPrinter()
        .writeValueAsString(QrFixtures.MAPPER.readTree(QrFixtures.jadesQr()));
    assertThatThrownBy(() -> OfflineQr.encode(indented)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("canonical serialization");
  }

  @Test
  void decode_unknownFormatVersion_unsupportedVersion() throws Exception {
    String text = QrFixtures.offlineText();
    assertThat(codeOf("SGL2.1:" + text.substring(7))).isEqualTo(QrErrorCode.UNSUPPORTED_VERSION);
  }

  @Test
  void decode_unknownDictionaryVersion_unsupportedVersion() throws Exception {
    String text = QrFixtures.offlineText();
    assertThat(codeOf("SGL1.9:" + text.substring(7))).isEqualTo(QrErrorCode.UNSUPPORTED_VERSION);
  }

  @Test
  void decode_prefixBreakingTheGrammar_unknownPrefix() throws Exception {
    String data = QrFixtures.offlineText().substring(7);
    assertThat(codeOf("SGL1:" + data)).isEqualTo(QrErrorCode.UNKNOWN_PREFIX);
    assertThat(codeOf("SGLX.1:" + data)).isEqualTo(QrErrorCode.UNKNOWN_PREFIX);
    assertThat(codeOf("SGL01.1:" + data)).isEqualTo(QrErrorCode.UNKNOWN_PREFIX);
    assertThat(codeOf("SGL1.1" + data)).isEqualTo(QrErrorCode.UNKNOWN_PREFIX);
    assertThat(codeOf("HC1:" + data)).isEqualTo(QrErrorCode.UNKNOWN_PREFIX);
  }

  @Test
  void decode_textCutShort_truncated() throws Exception {
    String text = QrFixtures.offlineText();
    String cut = text.substring(0, 7 + (text.length() - 7) / 3 * 3 - 60);
    assertThat(codeOf(cut)).isEqualTo(QrErrorCode.PAYLOAD_TRUNCATED);
    assertThat(codeOf("SGL1.1:")).isEqualTo(QrErrorCode.PAYLOAD_TRUNCATED);
    assertThat(codeOf("SGL1.1:" + Base45.encode(new byte[] {1, 64, 9}))).isEqualTo(QrErrorCode.PAYLOAD_TRUNCATED);
  }

  @Test
  void decode_impossibleBase45Length_truncated() throws Exception {
    String text = QrFixtures.offlineText();
    int dataLength = text.length() - 7;
    String cut = text.substring(0, text.length() - (dataLength - 1) % 3 - 3);
    assertThat((cut.length() - 7) % 3).isEqualTo(1);
    assertThat(codeOf(cut)).isEqualTo(QrErrorCode.PAYLOAD_TRUNCATED);
  }

  @Test
  void decode_characterOutsideBase45_malformed() throws Exception {
    String text = QrFixtures.offlineText();
    assertThat(codeOf(text.substring(0, 20) + "a" + text.substring(21))).isEqualTo(QrErrorCode.PAYLOAD_MALFORMED);
  }

  @Test
  void decode_textLongerThanLimit_payloadTooLarge() throws Exception {
    String text = QrFixtures.offlineText();
    QrException e = org.junit.jupiter.api.Assertions.assertThrows(QrException.class,
        () -> OfflineQr.decode(text, new QrLimits(1 << 20, 1 << 20, text.length() - 1, 1 << 17)));
    assertThat(e.code()).isEqualTo(QrErrorCode.PAYLOAD_TOO_LARGE);
  }

  @Test
  void decode_decompressionBomb_stopsAtTheLimit() {
    byte[] body = new byte[2 << 20];
    byte[] container = container(body);
    String text = withContainer(container);
    assertThat(text.length()).isLessThan(QrLimits.DEFAULT.maxTextLength());
    assertThat(codeOf(text)).isEqualTo(QrErrorCode.DECOMPRESSION_LIMIT);
  }

  @Test
  void decode_bytesAfterTheCompressedStream_malformed() throws Exception {
    byte[] container = Base45.decode(QrFixtures.offlineText(), 7, QrFixtures.offlineText().length());
    byte[] longer = java.util.Arrays.copyOf(container, container.length + 2);
    assertThat(codeOf(withContainer(longer))).isEqualTo(QrErrorCode.PAYLOAD_MALFORMED);
  }

  @Test
  void decode_headerThatIsNotJson_malformed() {
    byte[] body = "\u0005hello{\"@context\":[]}".getBytes(StandardCharsets.US_ASCII);
    assertThat(codeOf(withContainer(container(body)))).isEqualTo(QrErrorCode.PAYLOAD_MALFORMED);
  }

  @Test
  void decode_unknownSerializationCode_malformed() throws Exception {
    byte[] container = Base45.decode(QrFixtures.offlineText(), 7, QrFixtures.offlineText().length());
    container[0] = 7;
    assertThat(codeOf(withContainer(container))).isEqualTo(QrErrorCode.PAYLOAD_MALFORMED);
  }

  @Test
  void decode_randomBytesAsCompressedStream_typedErrorNotException() {
    java.util.Random r = new java.util.Random(11);
    for (int i = 0; i < 300; i++) {
      byte[] container = new byte[1 + r.nextInt(400)];
      r.nextBytes(container);
      container[0] = (byte) (1 + r.nextInt(2));
      assertThat(codeOf(withContainer(container))).isIn(QrErrorCode.PAYLOAD_MALFORMED,
          QrErrorCode.PAYLOAD_TRUNCATED, QrErrorCode.DECOMPRESSION_LIMIT);
    }
  }

  @Test
  void dictionary_versionOne_isPinnedAndUnknownVersionsAreAbsent() throws Exception {
    byte[] v1 = PresetDictionary.forVersion(1).orElseThrow();
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(v1)))
        .isEqualTo("250722f9f5acd61b55dfa068e4230bae30d36f2b8ce45d56be01485aac05f129");
    assertThat(v1.length).isLessThanOrEqualTo(32 * 1024);
    assertThat(PresetDictionary.CURRENT).isEqualTo(1);
    assertThat(PresetDictionary.forVersion(0)).isEmpty();
    assertThat(PresetDictionary.forVersion(2)).isEmpty();
  }
}
