package io.sigillo.examples.cli;

import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.LegalIdentifier;
import io.sigillo.credential.Organisation;
import io.sigillo.issuer.testpki.TestPki;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code sigillo keys}: makes a test PKI and the matching {@code issuer.json}. */
@Command(name = "keys", mixinStandardHelpOptions = true,
    description = {
        "Makes a TEST PKI (root CA, optional issuing CA, qualified-seal-style certificate of a legal "
            + "person, CRL) and the issuer.json describing the organisation.",
        "For demos and tests only: the keys are generated on this machine and trusted by nobody."},
    footer = {"", "Files written to DIR: root-ca.pem (trust anchor), seal-chain.pem, seal-key.pem "
        + "(unencrypted), seal.p12, ca.crl, issuer.json."})
final class KeysCommand implements Callable<Integer> {
  static final String DEFAULT_ORG_NAME = "AIPIA Test Association";
  static final String DEFAULT_ORG_NAME_IT = "Associazione AIPIA di prova";
  static final String DEFAULT_ORG_ID = "VATIT-12345678901";
  static final String DEFAULT_ORG_URI = "https://aipia.example/id";
  static final String DEFAULT_HOMEPAGE = "https://aipia.example/";
  static final String DEFAULT_PASSWORD = "sigillo-test";
  static final List<String> FILES =
      List.of("root-ca.pem", "seal-chain.pem", "seal-key.pem", "seal.p12", "ca.crl", "root-ca.crl", "issuer.json");

  @ParentCommand private SigilloCommand parent;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write to (created if missing).")
  private Path out;

  @Option(names = "--password", paramLabel = "PW", defaultValue = DEFAULT_PASSWORD,
      description = "Password of seal.p12 (default: ${DEFAULT-VALUE}).")
  private String password;

  @Option(names = "--key-type", paramLabel = "TYPE", defaultValue = "EC_P256",
      description = "Seal key: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private TestPki.KeyType keyType;

  @Option(names = "--org-name", paramLabel = "NAME", defaultValue = DEFAULT_ORG_NAME,
      description = "Legal name of the issuing organisation (default: ${DEFAULT-VALUE}).")
  private String orgName;

  @Option(names = "--org-name-it", paramLabel = "NAME",
      description = "Italian legal name (default: the --org-name, or '" + DEFAULT_ORG_NAME_IT + "' for the default organisation).")
  private String orgNameIt;

  @Option(names = "--org-id", paramLabel = "VATIT-...", defaultValue = DEFAULT_ORG_ID,
      description = "eIDAS legal identifier, ETSI EN 319 412-1 notation (default: ${DEFAULT-VALUE}).")
  private String orgId;

  @Option(names = "--org-uri", paramLabel = "URI",
      description = "The organisation's id in credentials (default: " + DEFAULT_ORG_URI
          + " for the default organisation, else urn:sigillo:org:<org-id>).")
  private String orgUri;

  @Option(names = "--intermediate", description = "Add an issuing CA between the root and the seal certificate.")
  private boolean intermediate;

  @Option(names = "--force", description = "Overwrite the files of an earlier run in DIR.")
  private boolean force;

  @Override
  public Integer call() throws CliException {
    PrintWriter w = parent.out();
    Organisation org = organisation(orgName, orgNameIt, orgId, orgUri);
    Spec spec = new Spec(org, keyType, intermediate, password);
    write(out, spec, force, parent.clock(), w);
    return ExitCodes.OK;
  }

  /** What to generate. */
  record Spec(Organisation organisation, TestPki.KeyType keyType, boolean intermediate, String password) {}

  static Organisation organisation(String name, String nameIt, String orgId, String orgUri) throws CliException {
    if (name == null || name.isBlank()) {
      throw CliException.usage("--org-name must not be blank");
    }
    if (!LegalIdentifier.isEtsiNotation(orgId)) {
      throw CliException.usage("--org-id '" + orgId
          + "' is not an ETSI EN 319 412-1 legal identifier such as VATIT-12345678901");
    }
    boolean defaults = name.equals(DEFAULT_ORG_NAME) && orgId.equals(DEFAULT_ORG_ID);
    String it = nameIt != null ? nameIt : defaults ? DEFAULT_ORG_NAME_IT : name;
    String uri = orgUri != null ? orgUri
        : defaults ? DEFAULT_ORG_URI : "urn:sigillo:org:" + orgId.toLowerCase(Locale.ROOT);
    try {
      URI id = new URI(uri);
      if (!id.isAbsolute()) {
        throw CliException.usage("--org-uri must be an absolute URI: " + uri);
      }
      return Organisation.newBuilder()
          .id(id)
          .legalName(LanguageMap.of("en", name, "it", it))
          .eidasIdentifier(LegalIdentifier.parse(orgId))
          .homepage(defaults ? URI.create(DEFAULT_HOMEPAGE) : null)
          .build();
    } catch (URISyntaxException e) {
      throw CliException.usage("--org-uri is not a URI: " + e.getReason());
    } catch (IllegalArgumentException e) {
      throw CliException.usage("cannot describe the organisation: " + e.getMessage());
    }
  }

  /**
   * Generates the test PKI and writes it with {@code issuer.json}.
   *
   * @return the PKI
   */
  static TestPki write(Path dir, Spec spec, boolean force, Clock clock, PrintWriter w) throws CliException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw CliException.usage(dir + " exists and is not a folder");
    }
    if (!force) {
      for (String f : FILES) {
        if (Files.exists(dir.resolve(f))) {
          throw CliException.usage(dir + " already holds " + f + "; choose another folder or add --force");
        }
      }
    }
    Organisation org = spec.organisation();
    String notation = org.eidasIdentifier().orElseThrow().notation();
    TestPki.Builder b = TestPki.newBuilder().clock(clock).keyType(spec.keyType())
        .organisation(org.legalName().preferred(List.of("en")), notation);
    if (spec.intermediate()) {
      b.withIntermediate();
    }
    TestPki pki = b.build();
    Map<String, Path> written = new TreeMap<>(Comparator.comparingInt(KeysCommand::order).thenComparing(f -> f));
    try {
      for (Path p : pki.writeTo(dir, spec.password().toCharArray()).values()) {
        written.put(p.getFileName().toString(), p);
      }
      Path issuerJson = dir.resolve("issuer.json");
      Files.writeString(issuerJson, OrganisationFile.toJson(org), StandardCharsets.UTF_8);
      written.put("issuer.json", issuerJson);
      ownerOnly(dir.resolve("seal-key.pem"));
      ownerOnly(dir.resolve("seal.p12"));
    } catch (IOException e) {
      throw CliException.usage("cannot write the test PKI to " + dir + ": " + e.getMessage());
    }
    w.println("WARNING: this is a TEST PKI for demos and tests only. Its keys were made on this machine,");
    w.println("         nobody trusts them, and seal-key.pem is not encrypted. Never seal real credentials with it.");
    w.printf("Test PKI for %s (%s), %s seal key (%s)%s, in %s:%n",
        Text.oneLine(org.legalName().preferred(List.of("en"))), notation, spec.keyType(),
        spec.keyType().algorithm(), spec.intermediate() ? ", root CA and issuing CA" : ", root CA only",
        Text.oneLine(dir.toString()));
    Map<String, String> what = Map.of(
        "root-ca.pem", "trust anchor: give it to verifiers (verify --trust)",
        "seal-chain.pem", "seal certificate" + (spec.intermediate() ? " and issuing CA" : ""),
        "seal-key.pem", "seal private key, PKCS#8, NOT encrypted",
        "seal.p12", "key and chain, PKCS#12, password \"" + Text.oneLine(spec.password()) + "\"",
        "ca.crl", "CRL of the CA that issued the seal certificate, nothing revoked, valid 7 days (verify --crl)",
        "root-ca.crl", "CRL of the root CA, covers the issuing CA (verify --crl, with ca.crl)",
        "issuer.json", "the issuing organisation (issue --issuer)");
    for (String f : written.keySet()) {
      w.printf("  %-15s %s%n", f, what.getOrDefault(f, ""));
    }
    w.flush();
    return pki;
  }

  private static int order(String file) {
    int i = FILES.indexOf(file);
    return i < 0 ? FILES.size() : i;
  }

  private static void ownerOnly(Path file) throws IOException {
    if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }
}
