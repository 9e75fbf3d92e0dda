package io.sigillo.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillo.credential.CredentialFormatException;
import io.sigillo.credential.FormatProblem;
import io.sigillo.status.BitstringStatusListEntry;
import io.sigillo.json.StrictJson;
import io.sigillo.jsonld.JsonLdValidator;
import io.sigillo.jsonld.RdfCanonicalizer;
import io.sigillo.verifier.internal.BindingCheck;
import io.sigillo.verifier.internal.Certificates;
import io.sigillo.verifier.internal.ChainValidator;
import io.sigillo.verifier.internal.CredentialFacts;
import io.sigillo.verifier.internal.Envelope;
import io.sigillo.verifier.internal.EnvelopeException;
import io.sigillo.verifier.internal.EnvelopeParser;
import io.sigillo.verifier.internal.KnownCertificates;
import io.sigillo.verifier.internal.KnownSeals;
import io.sigillo.verifier.internal.ProofCheck;
import io.sigillo.verifier.internal.ProofVerifier;
import io.sigillo.verifier.internal.QrInput;
import io.sigillo.verifier.internal.Results;
import io.sigillo.verifier.internal.SealCheck;
import io.sigillo.verifier.internal.StatusCheck;
import io.sigillo.verifier.internal.TrustCheck;
import io.sigillo.verifier.internal.ValidityCheck;
import io.sigillo.x509.SealCertificate;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns bytes into a {@link VerificationReport}: one way in for every verifier.
 *
 * <pre>{@code
 * Verifier verifier = Verifier.create(VerificationPolicy.newBuilder()
 *     .trustAnchors(List.of(rootCa))
 *     .build());
 * VerificationReport report = verifier.verify(Files.readAllBytes(Path.of("holder.jades.json")));
 * if (report.isValid()) { ... } else { report.firstProblem() ... }
 * }</pre>
 *
 * <p>{@code verify} detects the securing form (JAdES JSON, compact {@code vc+jwt}, or a credential
 * document with an embedded Data Integrity proof; a bare credential document fails SEAL), then
 * runs every check of {@link CheckId} and reports each; it never stops at the first failure and
 * never throws for bad input. Data Integrity proofs are verified whatever the securing form (see
 * {@link CheckId} for how they show in the report). A required check must pass;
 * any FAILED check, required or not, makes the report {@link Indication#TOTAL_FAILED}.
 *
 * <p>QR codes: {@code verify} also accepts a PNG or JPEG image of a QR code (detected by its magic
 * bytes) or the decoded QR text. An offline payload ({@code SGL...}, {@link io.sigillo.qr.OfflineQr})
 * yields the sealed credential it carries; a verification link ({@link io.sigillo.qr.QrLink}) is
 * fetched only from hosts the policy allows, and the fetched credential must have the digest and
 * id the link names. The report is the one the credential file would get, with
 * {@link VerificationReport#source()} saying how it was obtained. QR problems are FORMAT reasons
 * ({@code QR_...}, {@code LINK_...}).
 *
 * <p>STATUS: a credential with {@code credentialStatus} entries is valid only if each entry's
 * status list was retrieved through the policy's {@link StatusListResolver}, verified (sealed and
 * trusted like a credential, by the credential's issuer, within its validity window) and says
 * neither revoked nor suspended; revoked or suspended is {@link Indication#TOTAL_FAILED}, anything
 * undecided is {@link Indication#INDETERMINATE}. Lists are fetched only if the seal is valid.
 *
 * <p>Time comes only from the policy's clock. Nothing is fetched from the network unless the
 * policy allows link fetching or configures a status list resolver.
 *
 * <p>Thread-safe; create one per policy and share it. It caches parsed certificates and validated
 * chains (per chain and UTC day, re-checking validity at the exact instant on each use).
 */
public final class Verifier {
  private final VerificationPolicy policy;
  private final StrictJson json;
  private final EnvelopeParser parser;
  private final Certificates certificates = new Certificates();
  private final ChainValidator chains;
  private final JsonLdValidator jsonLd;
  private final ProofVerifier proofVerifier;
  private final KnownSeals knownSeals;
  private final KnownCertificates known;
  private final QrInput qr;
  private final StatusCheck status;

  private Verifier(VerificationPolicy policy) {
    this.policy = policy;
    this.json = StrictJson.withLimits(policy.jsonLimits());
    this.parser = new EnvelopeParser(json);
    this.chains = new ChainValidator(policy.trustAnchors(), policy.crls());
    this.jsonLd = policy.jsonLdExpansion()
        ? JsonLdValidator.newBuilder().contexts(policy.contexts()).build() : null;
    this.proofVerifier = new ProofVerifier(RdfCanonicalizer.newBuilder().contexts(policy.contexts()).build(),
        policy.allowedCryptosuites());
    this.knownSeals = new KnownSeals(policy.sealCertificates());
    this.known = new KnownCertificates(policy.sealCertificates(), policy.trustAnchors());
    this.qr = new QrInput(policy);
    this.status = new StatusCheck(policy, json, certificates, chains, known);
  }

  /**
   * Creates a verifier.
   *
   * @param policy what to accept
   * @return the verifier
   */
  public static Verifier create(VerificationPolicy policy) {
    return new Verifier(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * The policy.
   *
   * @return the policy this verifier applies
   */
  public VerificationPolicy policy() {
    return policy;
  }

  /**
   * Verifies text: a JAdES JSON seal, a compact {@code vc+jwt}, a Data-Integrity-secured credential
   * document, or the text of a Sigillo QR code (an offline payload or a verification link).
   *
   * @param text the input
   * @return the report
   */
  public VerificationReport verify(String text) {
    return verify(Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Verifies bytes: a JAdES JSON seal, a compact {@code vc+jwt}, a Data-Integrity-secured credential
   * document, a PNG or JPEG image of a Sigillo QR code, or the UTF-8 text of one.
   *
   * @param input the input
   * @return the report
   */
  public VerificationReport verify(byte[] input) {
    Objects.requireNonNull(input, "input");
    Instant now = policy.clock().instant();
    QrInput.Resolved in = qr.resolve(input);
    if (!in.ok()) {
      return unreadable(CheckId.FORMAT, in.outcome(), in.reason(), in.message(), now, in);
    }
    Envelope env;
    try {
      env = parser.parse(in.sealed());
    } catch (EnvelopeException e) {
      boolean sealProblem = Set.of(ReasonCode.HEADER_INVALID, ReasonCode.PAYLOAD_ENCODING_INVALID,
          ReasonCode.MULTIPLE_SIGNATURES).contains(e.reason());
      return unreadable(sealProblem ? CheckId.SEAL : CheckId.FORMAT, Outcome.FAILED, e.reason(), e.getMessage(), now, in);
    }
    if (in.link() != null && (env.unsecured() || !in.link().matches(env.payload()))) {
      return unreadable(CheckId.FORMAT, Outcome.FAILED, ReasonCode.LINK_DIGEST_MISMATCH,
          "the fetched credential's signed bytes do not have the SHA-256 digest printed in the link", now, in);
    }
    Map<CheckId, CheckResult> results = new EnumMap<>(CheckId.class);

    CredentialFacts facts = CredentialFacts.read(env.payload(), json, policy.formats(),
        policy.catalogue(), jsonLd);
    results.put(CheckId.FORMAT, format(facts));
    if (in.link() != null && facts.document() != null
        && !in.link().credentialId().equals(facts.document().path("id").asText(null))) {
      results.put(CheckId.FORMAT, Results.of(CheckId.FORMAT).failed(ReasonCode.LINK_ID_MISMATCH,
          "the fetched credential's id is not the id printed in the link"));
    }

    List<ProofVerifier.Outcome> proofs = facts.document() == null ? List.of()
        : proofVerifier.verifyAll(facts.document(), now, policy.maxClockSkew());
    List<SealCertificate> chain;
    Instant signingTime;
    if (env.dataIntegrity()) {
      ProofCheck.SealFindings seal = ProofCheck.seal(proofs, knownSeals, facts.issuerNotation());
      results.put(CheckId.SEAL, seal.result());
      chain = seal.chain();
      signingTime = seal.signingTime();
      if (seal.trust() != null) {
        results.put(CheckId.TRUST, seal.trust());
        results.put(CheckId.ISSUER_BINDING, Results.prerequisiteFailed(CheckId.ISSUER_BINDING,
            "no known seal certificate has the proof's key"));
      }
    } else {
      SealCheck.Findings seal = SealCheck.run(env, policy.allowedAlgorithms(), certificates, known);
      results.put(CheckId.SEAL, seal.result());
      chain = seal.chain();
      signingTime = seal.header() == null ? null : seal.header().signingTime();
    }

    if (chain == null) {
      results.putIfAbsent(CheckId.TRUST, Results.prerequisiteFailed(CheckId.TRUST, "no usable seal certificate"));
      results.putIfAbsent(CheckId.ISSUER_BINDING, Results.prerequisiteFailed(CheckId.ISSUER_BINDING, "no usable seal certificate"));
    } else {
      results.put(CheckId.TRUST, TrustCheck.run(chain, signingTime, now,
          policy.maxClockSkew(), policy.requireQcEseal(), chains));
      results.put(CheckId.ISSUER_BINDING, facts.document() == null
          ? Results.prerequisiteFailed(CheckId.ISSUER_BINDING, "the credential could not be parsed")
          : BindingCheck.run(facts.issuerNotation(), chain.get(0)));
    }
    results.put(CheckId.VALIDITY, facts.document() == null
        ? Results.prerequisiteFailed(CheckId.VALIDITY, "the credential could not be parsed")
        : ValidityCheck.run(facts, now, policy.maxClockSkew(), policy.allowOpenEndedValidity()));
    results.put(CheckId.STATUS, status(facts, results.get(CheckId.SEAL), chain, now));
    results.put(CheckId.PROOF, facts.document() == null
        ? Results.of(CheckId.PROOF).result(Outcome.NOT_CHECKED, ReasonCode.PREREQUISITE_FAILED,
            "the credential could not be parsed")
        : ProofCheck.proofs(proofs, chain, knownSeals, facts.issuerNotation(), now, chains));

    return report(results, env, now, facts, chain, signingTime, in);
  }

  private VerificationReport unreadable(CheckId failing, Outcome outcome, ReasonCode reason, String message,
      Instant now, QrInput.Resolved in) {
    Map<CheckId, CheckResult> results = new EnumMap<>(CheckId.class);
    results.put(failing, Results.of(failing).result(outcome, reason, message));
    for (CheckId id : CheckId.values()) {
      results.putIfAbsent(id, id == CheckId.STATUS || id == CheckId.PROOF
          ? Results.of(id).result(Outcome.NOT_CHECKED, ReasonCode.PREREQUISITE_FAILED, "the input could not be read")
          : Results.prerequisiteFailed(id, "the input could not be read as a sealed credential"));
    }
    return report(results, null, now, null, null, null, in);
  }

  private CheckResult status(CredentialFacts facts, CheckResult sealResult, List<SealCertificate> chain, Instant now) {
    if (facts.document() == null) {
      return Results.of(CheckId.STATUS).result(Outcome.NOT_CHECKED, ReasonCode.PREREQUISITE_FAILED,
          "the credential could not be parsed");
    }
    if (!facts.hasStatus()) {
      return Results.of(CheckId.STATUS).result(Outcome.NOT_CHECKED, ReasonCode.NO_STATUS_ENTRY,
          "the credential has no credentialStatus entry");
    }
    if (!facts.problems().isEmpty()) {
      return Results.prerequisiteFailed(CheckId.STATUS, "the credential is not well-formed; its status is not checked");
    }
    if (!sealResult.passed() || chain == null) {
      return Results.prerequisiteFailed(CheckId.STATUS, "the seal is not valid; its status lists are not fetched");
    }
    List<BitstringStatusListEntry> entries;
    if (facts.credential() != null) {
      entries = facts.credential().credentialStatus();
    } else {
      try {
        entries = entries(facts.document().get("credentialStatus"));
      } catch (CredentialFormatException e) {
        return Results.of(CheckId.STATUS).indeterminate(ReasonCode.MALFORMED_VALUE_ERROR,
            "the credentialStatus entry cannot be read: " + e.getMessage());
      }
    }
    JsonNode issuer = facts.document().path("issuer");
    String issuerId = issuer.isTextual() ? issuer.asText() : issuer.path("id").asText(null);
    URI issuerUri = null;
    try {
      issuerUri = issuerId == null ? null : new URI(issuerId);
    } catch (java.net.URISyntaxException e) {
      issuerUri = null;
    }
    String sealOrg = chain.get(0).organizationIdentifier().orElse(null);
    return status.run(entries, issuerUri, sealOrg, now);
  }

  private static List<BitstringStatusListEntry> entries(JsonNode node) throws CredentialFormatException {
    List<BitstringStatusListEntry> out = new ArrayList<>();
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.add(BitstringStatusListEntry.fromJson(node.get(i), "$.credentialStatus[" + i + "]"));
      }
    } else {
      out.add(BitstringStatusListEntry.fromJson(node, "$.credentialStatus"));
    }
    return out;
  }

  private static CheckResult format(CredentialFacts facts) {
    Results r = Results.of(CheckId.FORMAT).with("format", facts.format());
    if (facts.jsonError() != null) {
      return r.failed(ReasonCode.MALFORMED_JSON, "the credential is not acceptable JSON: " + facts.jsonError());
    }
    List<FormatProblem> problems = facts.problems();
    if (problems.isEmpty()) {
      return r.passed("the credential follows " + facts.format());
    }
    r.with("problems", problems.size());
    for (int i = 0; i < Math.min(problems.size(), 20); i++) {
      r.with("problem." + (i + 1), problems.get(i).toString());
    }
    if (facts.format() == null) {
      return r.failed(ReasonCode.FORMAT_NOT_ACCEPTED, problems.get(0).message());
    }
    boolean jsonLd = problems.stream().allMatch(p -> p.code().name().startsWith("JSONLD_")
        || p.code() == io.sigillo.credential.FormatCode.CONTEXT_UNKNOWN);
    return r.failed(jsonLd ? ReasonCode.JSONLD_INVALID : ReasonCode.CREDENTIAL_INVALID,
        problems.get(0).toString() + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
  }

  private VerificationReport report(Map<CheckId, CheckResult> results, Envelope env, Instant now,
      CredentialFacts facts, List<SealCertificate> chain, Instant signingTime, QrInput.Resolved in) {
    List<CheckResult> ordered = new ArrayList<>();
    boolean failed = false;
    boolean incomplete = false;
    for (CheckId id : CheckId.values()) {
      CheckResult r = results.get(id);
      ordered.add(r);
      if (r.outcome() == Outcome.FAILED) {
        failed = true;
      } else if (r.outcome() != Outcome.PASSED && (policy.requiredChecks().contains(id)
          || id == CheckId.STATUS && facts != null && facts.hasStatus())) {
        incomplete = true;
      }
    }
    // without a seal certificate there is no one the credential can be attributed to
    Indication indication = failed ? Indication.TOTAL_FAILED
        : incomplete || chain == null ? Indication.INDETERMINATE : Indication.TOTAL_PASSED;
    VerifiedCredential verified = null;
    if (indication == Indication.TOTAL_PASSED) {
      verified = new VerifiedCredential(facts.document(), facts.credential(), env.form(),
          chain.get(0).certificate(), facts.issuerNotation(), signingTime);
    }
    return new VerificationReport(indication, ordered, env == null ? null : env.form(), now, verified,
        in.source(), in.details());
  }

  @Override
  public String toString() {
    return "Verifier[" + policy + "]";
  }
}
