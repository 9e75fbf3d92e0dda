package io.sigillo.verifier;

import io.sigillo.dataintegrity.Cryptosuite;
import io.sigillo.json.JsonLimits;
import io.sigillo.jsonld.PinnedContexts;
import io.sigillo.profile.ProfileCatalogue;
import io.sigillo.qr.QrLimits;
import io.sigillo.seal.SealAlgorithm;
import io.sigillo.status.BitstringStatusList;
import io.sigillo.x509.SealCertificate;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a {@link Verifier} accepts: trust anchors, algorithms, clock and skew, formats, and which
 * checks must pass. Immutable, thread-safe and shareable; build with {@link #newBuilder()}.
 *
 * <h2>Strict by default</h2>
 *
 * <ul>
 *   <li>Algorithms: ES256, ES384, RS256 and PS256. The token's {@code alg} never widens this list;
 *       {@code none} and HMAC cannot be allowed.
 *   <li>Required checks: FORMAT, SEAL, TRUST, ISSUER_BINDING and VALIDITY. FORMAT and SEAL cannot
 *       be dropped. STATUS is required for every credential that has a {@code credentialStatus}
 *       entry, whatever this set says: its status lists must be retrieved (through the
 *       {@linkplain Builder#statusListResolver(StatusListResolver) resolver}; none by default, so
 *       nothing is fetched and such a credential is INDETERMINATE), verified and read, or the
 *       credential is not valid. A credential without an entry is reported as such (STATUS
 *       NOT_CHECKED, {@link ReasonCode#NO_STATUS_ENTRY}) and may pass, unless
 *       {@link Builder#requireStatus()} puts STATUS in the required set.
 *   <li>A status list must be sealed by the credential's own issuer (same organizationIdentifier
 *       and issuer id), trusted like a credential, and within its validity window, which it must
 *       have.
 *   <li>The seal certificate must carry QcCompliance and QcType eseal.
 *   <li>Credentials must have an end of validity, at most three years after their start.
 *   <li>Clock skew: 2 minutes; at most 10.
 *   <li>Formats: the Sigillo EDC profile only.
 *   <li>Data Integrity cryptosuites: {@code ecdsa-rdfc-2019} and {@code eddsa-rdfc-2022}, with
 *       RDFC-1.0 over the pinned {@link #contexts()} in strict mode (undefined terms, {@code @vocab}
 *       and unknown contexts fail). A proof's key must be the seal certificate's or that of a
 *       {@linkplain Builder#sealCertificates known seal certificate} that chains to a trust anchor.
 *   <li>QR verification links are not followed: nothing is fetched unless
 *       {@link Builder#allowLinkFetching(Collection)} names the hosts.
 * </ul>
 *
 * <p>Relaxations are named methods and show in {@link #toString()}.
 */
public final class VerificationPolicy {
  /** The largest clock skew a policy may allow. */
  public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(10);
  /** The longest time a linked credential may take to fetch. */
  public static final Duration MAX_LINK_TIMEOUT = Duration.ofSeconds(60);

  private final List<X509Certificate> trustAnchors;
  private final Set<SealAlgorithm> allowedAlgorithms;
  private final Clock clock;
  private final Duration maxClockSkew;
  private final List<X509CRL> crls;
  private final Set<CheckId> requiredChecks;
  private final Set<CredentialFormat> formats;
  private final boolean requireQcEseal;
  private final boolean allowOpenEndedValidity;
  private final boolean jsonLdExpansion;
  private final ProfileCatalogue catalogue;
  private final PinnedContexts contexts;
  private final JsonLimits jsonLimits;
  private final List<X509Certificate> sealCertificates;
  private final Set<Cryptosuite> allowedCryptosuites;
  private final Set<String> linkHosts;
  private final CredentialFetcher linkFetcher;
  private final Duration linkTimeout;
  private final QrLimits qrLimits;
  private final StatusListResolver statusListResolver;
  private final Set<String> delegatedStatusListIssuers;
  private final BitstringStatusList.DecodeLimits statusListLimits;

  private VerificationPolicy(Builder b) {
    this.trustAnchors = List.copyOf(b.trustAnchors);
    this.allowedAlgorithms = Set.copyOf(b.allowedAlgorithms);
    this.clock = b.clock;
    this.maxClockSkew = b.maxClockSkew;
    this.crls = List.copyOf(b.crls);
    this.requiredChecks = Set.copyOf(b.requiredChecks);
    this.formats = Set.copyOf(b.formats);
    this.requireQcEseal = b.requireQcEseal;
    this.allowOpenEndedValidity = b.allowOpenEndedValidity;
    this.jsonLdExpansion = b.jsonLdExpansion;
    this.catalogue = b.catalogue;
    this.contexts = b.contexts;
    this.jsonLimits = b.jsonLimits;
    this.sealCertificates = List.copyOf(b.sealCertificates);
    this.allowedCryptosuites = Set.copyOf(b.allowedCryptosuites);
    this.linkHosts = Set.copyOf(b.linkHosts);
    this.linkFetcher = b.linkFetcher;
    this.linkTimeout = b.linkTimeout;
    this.qrLimits = b.qrLimits;
    this.statusListResolver = b.statusListResolver;
    this.delegatedStatusListIssuers = Set.copyOf(b.delegatedStatusListIssuers);
    this.statusListLimits = b.statusListLimits;
  }

  /**
   * Starts a builder with the strict defaults.
   *
   * @return a builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * A builder holding this policy's settings.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.trustAnchors = trustAnchors;
    b.allowedAlgorithms = EnumSet.copyOf(allowedAlgorithms);
    b.clock = clock;
    b.maxClockSkew = maxClockSkew;
    b.crls = crls;
    b.requiredChecks = EnumSet.copyOf(requiredChecks);
    b.formats = EnumSet.copyOf(formats);
    b.requireQcEseal = requireQcEseal;
    b.allowOpenEndedValidity = allowOpenEndedValidity;
    b.jsonLdExpansion = jsonLdExpansion;
    b.catalogue = catalogue;
    b.contexts = contexts;
    b.jsonLimits = jsonLimits;
    b.sealCertificates = sealCertificates;
    b.allowedCryptosuites = EnumSet.copyOf(allowedCryptosuites);
    b.linkHosts = new LinkedHashSet<>(linkHosts);
    b.linkFetcher = linkFetcher;
    b.linkTimeout = linkTimeout;
    b.qrLimits = qrLimits;
    b.statusListResolver = statusListResolver;
    b.delegatedStatusListIssuers = delegatedStatusListIssuers;
    b.statusListLimits = statusListLimits;
    return b;
  }

  /**
   * The trust anchors.
   *
   * @return an unmodifiable list
   */
  public List<X509Certificate> trustAnchors() {
    return trustAnchors;
  }

  /**
   * The algorithms a seal may use.
   *
   * @return an unmodifiable set
   */
  public Set<SealAlgorithm> allowedAlgorithms() {
    return allowedAlgorithms;
  }

  /**
   * The clock all time checks use.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * The tolerated clock difference between issuer and verifier.
   *
   * @return the skew
   */
  public Duration maxClockSkew() {
    return maxClockSkew;
  }

  /**
   * Offline certificate revocation lists; when any is given, every certificate of the chain must
   * be covered by one that is current at the validation time (the clock's now, not the seal's
   * claimed signing time).
   *
   * @return an unmodifiable list
   */
  public List<X509CRL> crls() {
    return crls;
  }

  /**
   * The checks that must pass for {@link Indication#TOTAL_PASSED}.
   *
   * @return an unmodifiable set
   */
  public Set<CheckId> requiredChecks() {
    return requiredChecks;
  }

  /**
   * The accepted credential formats.
   *
   * @return an unmodifiable set
   */
  public Set<CredentialFormat> formats() {
    return formats;
  }

  /**
   * Whether the seal certificate must carry QcCompliance and QcType eseal.
   *
   * @return true by default
   */
  public boolean requireQcEseal() {
    return requireQcEseal;
  }

  /**
   * Whether a credential without an end of validity may pass VALIDITY.
   *
   * @return false by default
   */
  public boolean allowOpenEndedValidity() {
    return allowOpenEndedValidity;
  }

  /**
   * Whether FORMAT also expands the credential as JSON-LD.
   *
   * @return false by default
   */
  public boolean jsonLdExpansion() {
    return jsonLdExpansion;
  }

  /**
   * The profiles the verifier recognises.
   *
   * @return the catalogue
   */
  public ProfileCatalogue catalogue() {
    return catalogue;
  }

  /**
   * The pinned JSON-LD contexts for {@link #jsonLdExpansion()}.
   *
   * @return the contexts
   */
  public PinnedContexts contexts() {
    return contexts;
  }

  /**
   * Size and depth bounds for every JSON the verifier reads.
   *
   * @return the limits
   */
  public JsonLimits jsonLimits() {
    return jsonLimits;
  }

  /**
   * Seal certificates the verifier knows (for example from a trusted list), used to resolve a seal
   * certificate referenced by {@code x5t#S256} or by public key; each must still chain to a trust
   * anchor.
   *
   * @return an unmodifiable list, empty by default
   */
  public List<X509Certificate> sealCertificates() {
    return sealCertificates;
  }

  /**
   * The Data Integrity cryptosuites a proof may use.
   *
   * @return an unmodifiable set
   */
  public Set<Cryptosuite> allowedCryptosuites() {
    return allowedCryptosuites;
  }

  /**
   * The hosts QR verification links may be fetched from, lower case, each {@code host} (port 443)
   * or {@code host:port}.
   *
   * @return an unmodifiable set, empty by default (nothing is fetched)
   */
  public Set<String> linkHosts() {
    return linkHosts;
  }

  /**
   * The fetcher for QR verification links.
   *
   * @return the fetcher; {@link CredentialFetcher#https()} unless another was set
   */
  public CredentialFetcher linkFetcher() {
    return linkFetcher;
  }

  /**
   * The time a linked credential may take to fetch.
   *
   * @return the timeout, 5 seconds by default
   */
  public Duration linkTimeout() {
    return linkTimeout;
  }

  /**
   * Bounds for QR images and payloads.
   *
   * @return the limits
   */
  public QrLimits qrLimits() {
    return qrLimits;
  }

  /**
   * Where status list credentials come from.
   *
   * @return the resolver; empty by default (nothing is fetched)
   */
  public Optional<StatusListResolver> statusListResolver() {
    return Optional.ofNullable(statusListResolver);
  }

  /**
   * Organisations (by {@code organizationIdentifier}) allowed to seal status lists for credentials
   * of another issuer.
   *
   * @return an unmodifiable set; empty by default
   */
  public Set<String> delegatedStatusListIssuers() {
    return delegatedStatusListIssuers;
  }

  /**
   * Bounds for decoding status lists.
   *
   * @return the limits; {@link BitstringStatusList.DecodeLimits#DEFAULT} by default
   */
  public BitstringStatusList.DecodeLimits statusListLimits() {
    return statusListLimits;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("VerificationPolicy{");
    s.append("trustAnchors=").append(trustAnchors.stream()
        .map(c -> SealCertificate.displayName(c.getSubjectX500Principal())).collect(Collectors.toList()));
    s.append(", algorithms=").append(allowedAlgorithms.stream().sorted().collect(Collectors.toList()));
    s.append(", required=").append(requiredChecks.stream().sorted().collect(Collectors.toList()));
    s.append(", formats=").append(formats.stream().sorted().collect(Collectors.toList()));
    s.append(", maxClockSkew=").append(maxClockSkew);
    s.append(", clock=").append(clock);
    s.append(", crls=").append(crls.size());
    s.append(", cryptosuites=").append(allowedCryptosuites.stream().sorted().collect(Collectors.toList()));
    if (!requireQcEseal) {
      s.append(", RELAXED: QC eseal statement not required");
    }
    if (allowOpenEndedValidity) {
      s.append(", RELAXED: open-ended validity allowed");
    }
    if (jsonLdExpansion) {
      s.append(", jsonLdExpansion");
    }
    if (!sealCertificates.isEmpty()) {
      s.append(", sealCertificates=").append(sealCertificates.size());
    }
    if (!linkHosts.isEmpty()) {
      s.append(", linkHosts=").append(linkHosts.stream().sorted().collect(Collectors.toList()))
          .append(", linkTimeout=").append(linkTimeout);
    }
    s.append(", statusLists=").append(statusListResolver == null ? "not retrieved" : statusListResolver);
    if (!delegatedStatusListIssuers.isEmpty()) {
      s.append(", RELAXED: status lists may be sealed by ").append(delegatedStatusListIssuers.stream().sorted()
          .collect(Collectors.toList()));
    }
    return s.append('}').toString();
  }

  /** Builds a {@link VerificationPolicy}; see the class documentation for the defaults. */
  public static final class Builder {
    private List<X509Certificate> trustAnchors = List.of();
    private Set<SealAlgorithm> allowedAlgorithms =
        EnumSet.of(SealAlgorithm.ES256, SealAlgorithm.ES384, SealAlgorithm.RS256, SealAlgorithm.PS256);
    private Clock clock = Clock.systemUTC();
    private Duration maxClockSkew = Duration.ofMinutes(2);
    private List<X509CRL> crls = List.of();
    private Set<CheckId> requiredChecks = EnumSet.of(
        CheckId.FORMAT, CheckId.SEAL, CheckId.TRUST, CheckId.ISSUER_BINDING, CheckId.VALIDITY);
    private Set<CredentialFormat> formats = EnumSet.of(CredentialFormat.SIGILLO_EDC);
    private boolean requireQcEseal = true;
    private boolean allowOpenEndedValidity;
    private boolean jsonLdExpansion;
    private ProfileCatalogue catalogue = ProfileCatalogue.bundled();
    private PinnedContexts contexts = PinnedContexts.bundled();
    private JsonLimits jsonLimits = JsonLimits.DEFAULT;
    private List<X509Certificate> sealCertificates = List.of();
    private Set<Cryptosuite> allowedCryptosuites = EnumSet.allOf(Cryptosuite.class);
    private Set<String> linkHosts = new LinkedHashSet<>();
    private CredentialFetcher linkFetcher = CredentialFetcher.https();
    private Duration linkTimeout = Duration.ofSeconds(5);
    private QrLimits qrLimits = QrLimits.DEFAULT;
    private StatusListResolver statusListResolver;
    private Set<String> delegatedStatusListIssuers = Set.of();
    private BitstringStatusList.DecodeLimits statusListLimits = BitstringStatusList.DecodeLimits.DEFAULT;

    private Builder() {}

    /**
     * Sets the Data Integrity cryptosuites a proof may use.
     *
     * @param cryptosuites a non-empty set
     * @return this builder
     */
    public Builder allowedCryptosuites(Set<Cryptosuite> cryptosuites) {
      Objects.requireNonNull(cryptosuites, "cryptosuites");
      if (cryptosuites.isEmpty()) {
        throw new IllegalArgumentException("at least one cryptosuite must be allowed");
      }
      this.allowedCryptosuites = EnumSet.copyOf(cryptosuites);
      return this;
    }

    /**
     * Sets where status list credentials come from: an {@link HttpStatusListResolver} (network,
     * allowed hosts only) or an {@link OfflineStatusListResolver}. Without one, nothing is
     * fetched and a credential with a status entry is INDETERMINATE.
     *
     * @param resolver the resolver, or null for none
     * @return this builder
     */
    public Builder statusListResolver(StatusListResolver resolver) {
      this.statusListResolver = resolver;
      return this;
    }

    /**
     * Requires a status: a credential without a {@code credentialStatus} entry is then
     * INDETERMINATE ({@link ReasonCode#NO_STATUS_ENTRY}).
     *
     * @return this builder
     */
    public Builder requireStatus() {
      EnumSet<CheckId> c = requiredChecks.isEmpty() ? EnumSet.noneOf(CheckId.class) : EnumSet.copyOf(requiredChecks);
      c.add(CheckId.STATUS);
      this.requiredChecks = c;
      return this;
    }

    /**
     * Relaxation: accept status lists sealed by these organisations for any issuer's credentials
     * (a delegated status service). The list must still be sealed, trusted and valid.
     *
     * @param organizationIdentifiers seal certificate {@code organizationIdentifier} values, for
     *     example {@code VATIT-12345678901}
     * @return this builder
     */
    public Builder allowDelegatedStatusListIssuers(Collection<String> organizationIdentifiers) {
      this.delegatedStatusListIssuers = Set.copyOf(Objects.requireNonNull(organizationIdentifiers, "ids"));
      return this;
    }

    /**
     * Sets the bounds for decoding status lists (minimum entries, largest decoded size).
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder statusListLimits(BitstringStatusList.DecodeLimits limits) {
      this.statusListLimits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets the trust anchors (root or issuing CA certificates, as on a trusted list).
     *
     * @param anchors the anchors
     * @return this builder
     */
    public Builder trustAnchors(Collection<X509Certificate> anchors) {
      this.trustAnchors = List.copyOf(Objects.requireNonNull(anchors, "anchors"));
      return this;
    }

    /**
     * Sets the allowed algorithms.
     *
     * @param algorithms a non-empty set
     * @return this builder
     */
    public Builder allowedAlgorithms(Set<SealAlgorithm> algorithms) {
      Objects.requireNonNull(algorithms, "algorithms");
      if (algorithms.isEmpty()) {
        throw new IllegalArgumentException("at least one algorithm must be allowed");
      }
      this.allowedAlgorithms = EnumSet.copyOf(algorithms);
      return this;
    }

    /**
     * Sets the clock.
     *
     * @param clock the clock, for example {@code Clock.fixed(...)} in tests
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the tolerated clock skew.
     *
     * @param skew between zero and {@link #MAX_CLOCK_SKEW}
     * @return this builder
     */
    public Builder maxClockSkew(Duration skew) {
      Objects.requireNonNull(skew, "skew");
      if (skew.isNegative() || skew.compareTo(MAX_CLOCK_SKEW) > 0) {
        throw new IllegalArgumentException("clock skew must be between 0 and " + MAX_CLOCK_SKEW);
      }
      this.maxClockSkew = skew;
      return this;
    }

    /**
     * Sets offline CRLs; once any is given, revocation of every chain certificate is checked.
     *
     * @param crls the CRLs
     * @return this builder
     */
    public Builder crls(Collection<X509CRL> crls) {
      this.crls = List.copyOf(Objects.requireNonNull(crls, "crls"));
      return this;
    }

    /**
     * Sets which checks must pass. FORMAT and SEAL are always required.
     *
     * @param checks the required checks
     * @return this builder
     */
    public Builder requiredChecks(Set<CheckId> checks) {
      Objects.requireNonNull(checks, "checks");
      EnumSet<CheckId> c = checks.isEmpty() ? EnumSet.noneOf(CheckId.class) : EnumSet.copyOf(checks);
      this.requiredChecks = c;
      return this;
    }

    /**
     * Sets the accepted formats.
     *
     * @param formats a non-empty set
     * @return this builder
     */
    public Builder formats(Set<CredentialFormat> formats) {
      Objects.requireNonNull(formats, "formats");
      if (formats.isEmpty()) {
        throw new IllegalArgumentException("at least one format must be accepted");
      }
      this.formats = EnumSet.copyOf(formats);
      return this;
    }

    /**
     * Relaxation: accept seal certificates without QcCompliance and QcType eseal.
     *
     * @return this builder
     */
    public Builder allowNonQualifiedSealCertificates() {
      this.requireQcEseal = false;
      return this;
    }

    /**
     * Relaxation: accept credentials without an end of validity (older EDCs have none).
     *
     * @return this builder
     */
    public Builder allowOpenEndedValidity() {
      this.allowOpenEndedValidity = true;
      return this;
    }

    /**
     * Also expand the credential as JSON-LD over the pinned contexts and fail FORMAT on undefined
     * terms, unknown contexts or protected-term redefinitions. Costs about a millisecond per
     * credential.
     *
     * @return this builder
     */
    public Builder requireJsonLdExpansion() {
      this.jsonLdExpansion = true;
      return this;
    }

    /**
     * Sets the profiles the verifier recognises; the bundled catalogue by default.
     *
     * @param catalogue the catalogue
     * @return this builder
     */
    public Builder catalogue(ProfileCatalogue catalogue) {
      this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
      return this;
    }

    /**
     * Sets the pinned contexts used by {@link #requireJsonLdExpansion()} and to canonicalize
     * credentials secured with Data Integrity proofs; the bundled contexts by default.
     *
     * @param contexts the contexts
     * @return this builder
     */
    public Builder contexts(PinnedContexts contexts) {
      this.contexts = Objects.requireNonNull(contexts, "contexts");
      return this;
    }

    /**
     * Sets the JSON bounds; the input size limit is {@link JsonLimits#maxBytes()}.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder jsonLimits(JsonLimits limits) {
      this.jsonLimits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets the seal certificates the verifier knows (for example from a trusted list); used to
     * resolve a seal certificate referenced by {@code x5t#S256} or by public key; each must still
     * chain to a trust anchor. A seal in the QR form ({@link io.sigillo.seal.SecuringForm#JADES_QR})
     * verifies only if its certificate is here; intermediate CA certificates given here complete
     * its chain. A Data Integrity proof whose key is not that of the input's own seal certificate
     * is attributed only through a certificate here (matched by public key) whose
     * {@code organizationIdentifier} is the credential issuer's.
     *
     * @param certificates the certificates
     * @return this builder
     */
    public Builder sealCertificates(Collection<X509Certificate> certificates) {
      this.sealCertificates = List.copyOf(Objects.requireNonNull(certificates, "certificates"));
      return this;
    }

    /**
     * Allows fetching the credential of a QR verification link from these hosts, over https only.
     * Without this call nothing is ever fetched and a link yields {@link ReasonCode#LINK_FETCH_DISABLED}.
     *
     * @param hosts host names ({@code verify.example.org}, port 443) or {@code host:port}; matched
     *     case-insensitively and exactly (no wildcards, no subdomains)
     * @return this builder
     * @throws IllegalArgumentException if an entry is not a plain host name or host:port
     */
    public Builder allowLinkFetching(Collection<String> hosts) {
      Set<String> out = new LinkedHashSet<>();
      for (String h : Objects.requireNonNull(hosts, "hosts")) {
        String host = Objects.requireNonNull(h, "host").toLowerCase(Locale.ROOT);
        if (!host.matches("[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[1-9][0-9]{0,4})?")) {
          throw new IllegalArgumentException("link host '" + h + "' is not a host name or host:port");
        }
        out.add(host);
      }
      this.linkHosts = out;
      return this;
    }

    /**
     * Replaces the fetcher for QR verification links ({@link CredentialFetcher#https()} by default);
     * it is called only for hosts allowed by {@link #allowLinkFetching(Collection)}.
     *
     * @param fetcher the fetcher
     * @return this builder
     */
    public Builder linkFetcher(CredentialFetcher fetcher) {
      this.linkFetcher = Objects.requireNonNull(fetcher, "fetcher");
      return this;
    }

    /**
     * Sets the time a linked credential may take to fetch.
     *
     * @param timeout more than zero and at most {@link #MAX_LINK_TIMEOUT}
     * @return this builder
     */
    public Builder linkTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_LINK_TIMEOUT) > 0) {
        throw new IllegalArgumentException("link timeout must be more than 0 and at most " + MAX_LINK_TIMEOUT);
      }
      this.linkTimeout = timeout;
      return this;
    }

    /**
     * Sets the bounds for QR images and payloads.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder qrLimits(QrLimits limits) {
      this.qrLimits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return the policy
     * @throws IllegalArgumentException if FORMAT or SEAL is not required, or a trust anchor is an
     *     end-entity certificate (trusting the seal certificate itself would skip every chain check)
     */
    public VerificationPolicy build() {
      if (!requiredChecks.contains(CheckId.FORMAT) || !requiredChecks.contains(CheckId.SEAL)) {
        throw new IllegalArgumentException("FORMAT and SEAL are always required");
      }
      for (X509Certificate a : trustAnchors) {
        boolean[] ku = a.getKeyUsage();
        if (a.getBasicConstraints() < 0 && (ku == null || !ku[5])) {
          throw new IllegalArgumentException("trust anchor " + SealCertificate.displayName(a.getSubjectX500Principal())
              + " is an end-entity certificate; trust its issuing CA instead");
        }
      }
      return new VerificationPolicy(this);
    }
  }
}
