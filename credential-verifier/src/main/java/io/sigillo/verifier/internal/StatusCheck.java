package io.sigillo.verifier.internal;

import io.sigillo.credential.CredentialFormatException;
import io.sigillo.credential.Timestamps;
import io.sigillo.json.StrictJson;
import io.sigillo.json.StrictJsonException;
import io.sigillo.status.BitstringStatusList;
import io.sigillo.status.BitstringStatusListCredential;
import io.sigillo.status.BitstringStatusListEntry;
import io.sigillo.status.StatusErrorCode;
import io.sigillo.status.StatusListException;
import io.sigillo.status.StatusPurpose;
import io.sigillo.verifier.CheckId;
import io.sigillo.verifier.CheckResult;
import io.sigillo.verifier.Outcome;
import io.sigillo.verifier.ReasonCode;
import io.sigillo.verifier.ResolvedStatusList;
import io.sigillo.verifier.StatusListResolver;
import io.sigillo.verifier.VerificationPolicy;
import io.sigillo.x509.SealCertificate;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The STATUS check (W3C Bitstring Status List v1.0 validation): for each {@code credentialStatus}
 * entry, retrieve the list credential through the policy's resolver, verify it like a credential
 * (seal, trust, issued by the credential's issuer, within its validity window), match the
 * purpose, decode the list (bounded), and read the entry's status.
 *
 * <p>Outcome: a set revocation bit is FAILED {@code REVOKED}; a set suspension bit is FAILED
 * {@code SUSPENDED}; otherwise any problem is INDETERMINATE with the W3C error code; otherwise
 * PASSED. Never PASSED without having read every entry.
 *
 * <p>Verified, decoded lists are kept per URL while the resolver returns the same bytes, so a
 * repeated check costs a map lookup and a bit read; the list's validity window is re-checked on
 * every use and its trust once per UTC day (or when its seal certificate expires).
 */
public final class StatusCheck {
  private static final int MAX_CACHED_LISTS = 1024;
  private static final String[] HEX = new String[256];
  private static final java.util.EnumMap<StatusPurpose, String[]> KEYS = new java.util.EnumMap<>(StatusPurpose.class);

  static {
    for (int i = 0; i < HEX.length; i++) {
      HEX[i] = "0x" + Integer.toHexString(i);
    }
    for (StatusPurpose p : StatusPurpose.values()) {
      String v = p.value();
      KEYS.put(p, new String[] {v + ".entry", v + ".status", v + ".list", v + ".message", v + ".error", v + ".problem"});
    }
  }

  private final VerificationPolicy policy;
  private final StrictJson json;
  private final EnvelopeParser parser;
  private final Certificates certificates;
  private final ChainValidator chains;
  private final KnownCertificates known;
  private final Map<URI, VerifiedList> verified = new ConcurrentHashMap<>();

  /** A list credential that passed seal, trust and format, with its decoded bitstrings. */
  private static final class VerifiedList {
    final ResolvedStatusList source;
    final BitstringStatusListCredential credential;
    final String organizationIdentifier;
    final List<SealCertificate> chain;
    final Instant signingTime;
    final String description;
    final Map<Integer, Object> decoded = new ConcurrentHashMap<>();
    volatile Instant trustCheckedAt;
    volatile Instant trustedUntil;

    VerifiedList(ResolvedStatusList source, BitstringStatusListCredential credential, String orgId,
        List<SealCertificate> chain, Instant signingTime) {
      this.source = source;
      this.credential = credential;
      this.organizationIdentifier = orgId;
      this.chain = chain;
      this.signingTime = signingTime;
      this.description = credential.id() + " (issuer " + credential.issuer() + ", sealed by " + orgId
          + ", valid until " + credential.validUntil().map(Timestamps::format).orElse("-") + ")";
    }
  }

  /**
   * Creates the check for a verifier.
   *
   * @param policy the policy (resolver, algorithms, trust, skew, relaxations, limits)
   * @param json the JSON reader with the policy's limits
   * @param certificates the verifier's certificate cache
   * @param chains the verifier's chain validator
   * @param known the seal certificates the policy knows (for seals referencing theirs by thumbprint)
   */
  public StatusCheck(VerificationPolicy policy, StrictJson json, Certificates certificates, ChainValidator chains,
      KnownCertificates known) {
    this.policy = policy;
    this.json = json;
    this.parser = new EnvelopeParser(json);
    this.certificates = certificates;
    this.chains = chains;
    this.known = known;
  }

  /**
   * Runs the check.
   *
   * @param entries the credential's status entries, at least one
   * @param issuerId the credential's {@code issuer} (or {@code issuer.id}), or null
   * @param sealOrganizationIdentifier the credential's seal certificate organizationIdentifier,
   *     or null
   * @param now the validation time
   * @return the result
   */
  public CheckResult run(List<BitstringStatusListEntry> entries, URI issuerId, String sealOrganizationIdentifier,
      Instant now) {
    Results r = Results.of(CheckId.STATUS);
    StatusListResolver resolver = policy.statusListResolver().orElse(null);
    boolean revoked = false;
    boolean suspended = false;
    StatusListException firstError = null;
    String firstErrorAt = null;
    for (BitstringStatusListEntry e : entries) {
      String at = e.purpose().value();
      String[] key = KEYS.get(e.purpose());
      r.with(key[0], e.reference());
      try {
        if (resolver == null) {
          throw new StatusListException(StatusErrorCode.STATUS_RETRIEVAL_ERROR,
              "the credential has a " + e.purpose() + " status, but the policy names no status list resolver:"
                  + " nothing is fetched unless the caller enables it");
        }
        VerifiedList list = list(resolver, e.listCredential(), now);
        checkIssuer(list, issuerId, sealOrganizationIdentifier);
        checkWindow(list, now);
        if (!list.credential.purposes().contains(e.purpose())) {
          throw new StatusListException(StatusErrorCode.STATUS_VERIFICATION_ERROR, "the list " + e.listCredential()
              + " serves " + list.credential.purposes() + ", not " + e.purpose());
        }
        int status = decode(list, e.statusSize()).status(e.index());
        r.with(key[1], status < HEX.length ? HEX[status] : "0x" + Integer.toHexString(status));
        r.with(key[2], list.description);
        if (!e.messages().isEmpty()) {
          e.messageFor(status).ifPresent(m -> r.with(key[3], m));
        }
        if (status != 0 && e.purpose() == StatusPurpose.REVOCATION) {
          revoked = true;
        } else if (status != 0 && e.purpose() == StatusPurpose.SUSPENSION) {
          suspended = true;
        }
      } catch (StatusListException ex) {
        r.with(key[4], ex.code().typeUri());
        r.with(key[5], ex.getMessage());
        if (firstError == null) {
          firstError = ex;
          firstErrorAt = at;
        }
      }
    }
    if (revoked) {
      return r.failed(ReasonCode.REVOKED, "the credential is revoked");
    }
    if (suspended) {
      return r.failed(ReasonCode.SUSPENDED, "the credential is suspended");
    }
    if (firstError != null) {
      return r.indeterminate(ReasonCode.valueOf(firstError.code().name()),
          "the " + firstErrorAt + " status could not be established: " + firstError.getMessage());
    }
    return r.passed("the credential is neither revoked nor suspended");
  }

  private VerifiedList list(StatusListResolver resolver, URI url, Instant now) throws StatusListException {
    ResolvedStatusList resolved;
    try {
      resolved = Objects.requireNonNull(resolver.resolve(url), "the resolver returned nothing");
    } catch (StatusListException e) {
      throw e.code() == StatusErrorCode.STATUS_RETRIEVAL_ERROR ? e
          : new StatusListException(StatusErrorCode.STATUS_RETRIEVAL_ERROR, e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new StatusListException(StatusErrorCode.STATUS_RETRIEVAL_ERROR,
          "the status list resolver failed for " + url + ": " + e, e);
    }
    VerifiedList cached = verified.get(url);
    VerifiedList list = cached != null && cached.source.sameContent(resolved) ? cached : verify(url, resolved);
    if (list != cached) {
      if (verified.size() >= MAX_CACHED_LISTS) {
        verified.clear();
      }
      verified.put(url, list);
    }
    checkTrust(list, now);
    return list;
  }

  private VerifiedList verify(URI url, ResolvedStatusList resolved) throws StatusListException {
    Envelope env;
    try {
      env = parser.parse(resolved.content());
    } catch (EnvelopeException e) {
      throw verification("the status list " + url + " is not a sealed credential: " + e.getMessage());
    }
    if (env.unsecured()) {
      throw verification("the status list " + url + " carries no seal");
    }
    SealCheck.Findings seal = SealCheck.run(env, policy.allowedAlgorithms(), certificates, known);
    if (!seal.result().passed()) {
      throw verification("the status list's seal is not valid (" + seal.result().reason() + "): "
          + seal.result().message());
    }
    BitstringStatusListCredential credential;
    try {
      credential = BitstringStatusListCredential.read(json.parse(env.payload()));
    } catch (StrictJsonException e) {
      throw new StatusListException(StatusErrorCode.MALFORMED_VALUE_ERROR,
          "the status list " + url + " is not acceptable JSON: " + e.getMessage());
    } catch (CredentialFormatException e) {
      throw new StatusListException(StatusErrorCode.MALFORMED_VALUE_ERROR,
          "the status list " + url + " is not a well-formed BitstringStatusListCredential: " + e.getMessage());
    }
    if (!credential.id().equals(url)) {
      throw verification("the list credential fetched from " + url + " has id " + credential.id());
    }
    SealCertificate leaf = seal.chain().get(0);
    return new VerifiedList(resolved, credential, leaf.organizationIdentifier().orElse(null), seal.chain(),
        seal.header().signingTime());
  }

  private void checkTrust(VerifiedList list, Instant now) throws StatusListException {
    Instant from = list.trustCheckedAt;
    Instant until = list.trustedUntil;
    if (from != null && !now.isBefore(from) && now.isBefore(until)) {
      return;
    }
    CheckResult trust = TrustCheck.run(list.chain, list.signingTime, now, policy.maxClockSkew(),
        policy.requireQcEseal(), chains);
    if (trust.outcome() != Outcome.PASSED) {
      throw verification("the status list's seal is not trusted (" + trust.reason() + "): " + trust.message());
    }
    Instant nextDay = now.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant notAfter = list.chain.get(0).certificate().getNotAfter().toInstant();
    list.trustCheckedAt = now;
    list.trustedUntil = notAfter.isBefore(nextDay) ? notAfter : nextDay;
  }

  private void checkIssuer(VerifiedList list, URI issuerId, String sealOrgId) throws StatusListException {
    String listOrg = list.organizationIdentifier;
    if (listOrg != null && policy.delegatedStatusListIssuers().contains(listOrg)) {
      return;
    }
    if (listOrg == null || sealOrgId == null || !listOrg.equals(sealOrgId)) {
      throw verification("the status list is sealed by " + listOrg + ", not by the credential's issuer "
          + sealOrgId + " (no delegation allowed by the policy)");
    }
    if (issuerId == null || !issuerId.equals(list.credential.issuer())) {
      throw verification("the status list names issuer " + list.credential.issuer()
          + ", not the credential's issuer " + issuerId);
    }
  }

  private void checkWindow(VerifiedList list, Instant now) throws StatusListException {
    Duration skew = policy.maxClockSkew();
    BitstringStatusListCredential c = list.credential;
    if (c.validUntil().isEmpty()) {
      throw verification("the status list has no validUntil; a list without an end could be replayed forever");
    }
    if (c.validFrom().isPresent() && now.plus(skew).isBefore(c.validFrom().get())) {
      throw verification("the status list is valid only from " + Timestamps.format(c.validFrom().get()));
    }
    if (now.minus(skew).isAfter(c.validUntil().get())) {
      throw verification("the status list expired at " + Timestamps.format(c.validUntil().get())
          + "; a fresh copy is needed");
    }
  }

  private BitstringStatusList decode(VerifiedList list, int statusSize) throws StatusListException {
    Object d = list.decoded.computeIfAbsent(statusSize, size -> {
      try {
        return list.credential.list(size, policy.statusListLimits());
      } catch (StatusListException e) {
        return e;
      }
    });
    if (d instanceof StatusListException) {
      StatusListException e = (StatusListException) d;
      throw new StatusListException(e.code(), e.getMessage());
    }
    return (BitstringStatusList) d;
  }

  private static StatusListException verification(String message) {
    return new StatusListException(StatusErrorCode.STATUS_VERIFICATION_ERROR, message);
  }
}
