package io.sigillo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillo.json.StrictJson;
import io.sigillo.qr.OfflineQr;
import io.sigillo.qr.QrLimits;
import io.sigillo.qr.QrReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code issue --qr / --qr-link} and {@code verify} of QR code images. */
class QrCommandTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
  static final CliRunner cli = new CliRunner(CLOCK);

  @TempDir static Path dir;
  static Path keys;
  static Path out;
  static CliRunner.Run issued;

  @BeforeAll
  static void issueWithQrCodes() throws IOException {
    keys = dir.resolve("keys");
    assertThat(cli.run("keys", "--out", keys).exit()).isZero();
    Path holder = Files.writeString(dir.resolve("holder.json"),
        "{\"id\": \"urn:uuid:6f1c1bb4-3b0e-4e7b-9a43-1d2f8f4c2a10\", \"givenName\": \"Giulia\", \"familyName\": \"Rossi\"}");
    out = dir.resolve("out");
    issued = cli.run("issue", "--keys", keys, "--holder", holder, "--decision-date", "2026-11-20",
        "--committee", "AIPIA technical committee", "--out", out, "--qr",
        "--qr-link", "https://verify.aipia.example/credentials", "--qr-module-size", "3");
    assertThat(issued.exit()).as(issued.toString()).isZero();
  }

  static Path file(String suffix) throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst().orElseThrow();
    }
  }

  @Test
  void issue_withQrAndQrLink_writesPngAndSvgOfBothCodes() throws IOException {
    List<String> names;
    try (Stream<Path> s = Files.list(out)) {
      names = s.map(p -> p.getFileName().toString().replaceAll("^[0-9a-f-]{36}", "<id>")).sorted()
          .collect(Collectors.toList());
    }
    assertThat(names).containsExactly("<id>.jades.json", "<id>.jsonld", "<id>.jwt", "<id>.link.png",
        "<id>.link.svg", "<id>.qr.jades.json", "<id>.qr.png", "<id>.qr.svg");
    assertThat(issued.out()).contains("offline QR code, version", "link QR code, version");
    assertThat(Files.readString(file(".qr.svg"))).startsWith("<?xml").contains("<svg");
  }

  @Test
  void issue_qrPng_holdsTheOfflinePayloadOfTheQrSeal() throws Exception {
    String text = QrReader.readSigillo(Files.readAllBytes(file(".qr.png")), QrLimits.DEFAULT);
    byte[] sealed = OfflineQr.decode(text).sealedCredential();
    assertThat(new String(sealed, StandardCharsets.UTF_8) + "\n").isEqualTo(Files.readString(file(".qr.jades.json")));
    JsonNode jws = StrictJson.standard().parse(sealed);
    assertThat(jws.get("signatures")).hasSize(1);
  }

  @Test
  void verify_qrPngWithSealCertificate_exitZeroViaQrOffline() throws IOException {
    CliRunner.Run r = cli.run("verify", file(".qr.png"), "--trust", keys.resolve("root-ca.pem"),
        "--crl", keys.resolve("ca.crl"), "--seal-cert", keys.resolve("seal-chain.pem"));
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("TOTAL_PASSED (JADES_QR) via QR_OFFLINE");
  }

  @Test
  void verify_qrPngJson_reportsSourceAndDetails() throws Exception {
    CliRunner.Run r = cli.run("verify", file(".qr.png"), "--json", "--trust", keys.resolve("root-ca.pem"),
        "--seal-cert", keys.resolve("seal-chain.pem"));
    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode report = StrictJson.standard().parse(r.out());
    assertThat(report.get("source").asText()).isEqualTo("QR_OFFLINE");
    assertThat(report.get("sourceDetails").get("payload").asText()).isEqualTo("SGL1.1");
  }

  @Test
  void verify_qrPngWithoutSealCertificate_exitOneCertificateMissing() throws IOException {
    CliRunner.Run r = cli.run("verify", file(".qr.png"), "--trust", keys.resolve("root-ca.pem"));
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("SEAL CERTIFICATE_MISSING");
  }

  @Test
  void verify_linkPngWithoutAllowedHost_exitOneNothingFetched() throws IOException {
    CliRunner.Run r = cli.run("verify", file(".link.png"), "--trust", keys.resolve("root-ca.pem"));
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("via QR_LINK", "LINK_FETCH_DISABLED");
  }

  @Test
  void verify_fileWithOfflineQrText_exitZero() throws Exception {
    String text = QrReader.readSigillo(Files.readAllBytes(file(".qr.png")), QrLimits.DEFAULT);
    Path txt = Files.writeString(dir.resolve("scanned.txt"), text, StandardCharsets.US_ASCII);
    CliRunner.Run r = cli.run("verify", txt, "--trust", keys.resolve("root-ca.pem"), "--seal-cert", keys.resolve("seal-chain.pem"));
    assertThat(r.exit()).as(r.toString()).isZero();
  }

  @Test
  void issue_qrLinkNotHttps_exitTwoBeforeWritingAnything() throws IOException {
    Path holder = Files.writeString(dir.resolve("holder2.json"), "{\"givenName\": \"Anna\", \"familyName\": \"Bianchi\"}");
    Path out2 = dir.resolve("out2");
    CliRunner.Run r = cli.run("issue", "--keys", keys, "--holder", holder, "--decision-date", "2026-11-20",
        "--committee", "AIPIA technical committee", "--out", out2, "--qr-link", "http://verify.aipia.example/");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: --qr-link").contains("https");
    assertThat(Files.exists(out2)).isFalse();
  }

  @Test
  void verify_allowLinkHostNotAHost_exitTwo() throws IOException {
    CliRunner.Run r = cli.run("verify", file(".link.png"), "--trust", keys.resolve("root-ca.pem"),
        "--allow-link-host", "https://x");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: ");
  }
}
