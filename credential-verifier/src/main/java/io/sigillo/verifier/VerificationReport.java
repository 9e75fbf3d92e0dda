package io.sigillo.verifier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.seal.SecuringForm;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of verifying one input: an overall {@link Indication} and one {@link CheckResult}
 * per {@link CheckId}, in the enum's order. Immutable.
 *
 * <p>The indication is {@link Indication#TOTAL_FAILED} if any check failed (a FAILED check that
 * the policy does not require still rejects the credential), else
 * {@link Indication#INDETERMINATE} if any required check did not pass, else
 * {@link Indication#TOTAL_PASSED}. A {@link VerifiedCredential} is available only in the last case.
 */
public final class VerificationReport {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Indication indication;
  private final List<CheckResult> checks;
  private final SecuringForm form;
  private final Instant validationTime;
  private final VerifiedCredential verified;
  private final CredentialSource source;
  private final Map<String, String> sourceDetails;

  VerificationReport(Indication indication, List<CheckResult> checks, SecuringForm form,
      Instant validationTime, VerifiedCredential verified) {
    this(indication, checks, form, validationTime, verified, CredentialSource.FILE, Map.of());
  }

  VerificationReport(Indication indication, List<CheckResult> checks, SecuringForm form,
      Instant validationTime, VerifiedCredential verified, CredentialSource source,
      Map<String, String> sourceDetails) {
    this.source = Objects.requireNonNull(source, "source");
    this.sourceDetails = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sourceDetails));
    this.indication = Objects.requireNonNull(indication, "indication");
    this.checks = List.copyOf(checks);
    this.form = form;
    this.validationTime = Objects.requireNonNull(validationTime, "validationTime");
    if ((verified != null) != (indication == Indication.TOTAL_PASSED)) {
      throw new IllegalArgumentException("a verified credential exists exactly when TOTAL_PASSED");
    }
    this.verified = verified;
  }

  /**
   * The overall verdict.
   *
   * @return the indication
   */
  public Indication indication() {
    return indication;
  }

  /**
   * Whether the credential is valid: {@link Indication#TOTAL_PASSED}.
   *
   * @return true only when every required check passed
   */
  public boolean isValid() {
    return indication == Indication.TOTAL_PASSED;
  }

  /**
   * Every check, in {@link CheckId} order.
   *
   * @return an unmodifiable list
   */
  public List<CheckResult> checks() {
    return checks;
  }

  /**
   * One check's result.
   *
   * @param id the check
   * @return its result
   */
  public CheckResult check(CheckId id) {
    for (CheckResult c : checks) {
      if (c.check() == id) {
        return c;
      }
    }
    throw new IllegalStateException("report lacks check " + id);
  }

  /**
   * The securing form detected in the input.
   *
   * @return the form, empty if the input was not recognised as sealed
   */
  public Optional<SecuringForm> securingForm() {
    return Optional.ofNullable(form);
  }

  /**
   * How the credential was obtained: given as a file, from an offline QR payload or through a QR
   * verification link.
   *
   * @return the source
   */
  public CredentialSource source() {
    return source;
  }

  /**
   * What the QR code said: for an offline payload its prefix and sizes, for a link the URL, host,
   * credential id and digest. Empty for a file.
   *
   * @return an unmodifiable, ordered map
   */
  public Map<String, String> sourceDetails() {
    return sourceDetails;
  }

  /**
   * The instant the time checks were made against (the policy clock's now).
   *
   * @return the validation time
   */
  public Instant validationTime() {
    return validationTime;
  }

  /**
   * The verified credential.
   *
   * @return present only when {@link #indication()} is {@link Indication#TOTAL_PASSED}
   */
  public Optional<VerifiedCredential> verifiedCredential() {
    return Optional.ofNullable(verified);
  }

  /**
   * The first check that did not pass, if any.
   *
   * @return the check result
   */
  public Optional<CheckResult> firstProblem() {
    return checks.stream()
        .filter(c -> c.outcome() == Outcome.FAILED || c.outcome() == Outcome.INDETERMINATE)
        .findFirst();
  }

  /**
   * The report as JSON: {@code indication}, {@code securingForm}, {@code source} (and, for QR
   * codes, {@code sourceDetails}), {@code validationTime},
   * {@code checks[]} (each with {@code check}, {@code outcome}, {@code reason}, {@code message},
   * {@code evidence}) and, when valid, {@code credential} (id, issuer, subject).
   *
   * @return a fresh JSON tree
   */
  public ObjectNode toJson() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("indication", indication.name());
    if (form != null) {
      o.put("securingForm", form.name());
    } else {
      o.putNull("securingForm");
    }
    o.put("source", source.name());
    if (!sourceDetails.isEmpty()) {
      ObjectNode sd = o.putObject("sourceDetails");
      sourceDetails.forEach(sd::put);
    }
    o.put("validationTime", validationTime.toString());
    ArrayNode arr = o.putArray("checks");
    for (CheckResult c : checks) {
      ObjectNode n = arr.addObject();
      n.put("check", c.check().name());
      n.put("outcome", c.outcome().name());
      n.put("reason", c.reason().name());
      n.put("message", c.message());
      ObjectNode ev = n.putObject("evidence");
      for (Map.Entry<String, String> e : c.evidence().entrySet()) {
        ev.put(e.getKey(), e.getValue());
      }
    }
    if (verified != null) {
      ObjectNode cred = o.putObject("credential");
      cred.set("id", verified.document().get("id"));
      cred.put("issuer", verified.organizationIdentifier());
      if (verified.document().path("credentialSubject").has("id")) {
        cred.set("subject", verified.document().path("credentialSubject").get("id"));
      }
    }
    return o;
  }

  /**
   * The report as indented JSON text.
   *
   * @return the text
   */
  public String toJsonString() {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A few lines for people: the verdict and one line per check.
   *
   * @return the summary
   */
  public String summary() {
    StringBuilder s = new StringBuilder();
    s.append(indication.name());
    if (form != null) {
      s.append(" (").append(form.name()).append(')');
    }
    if (source != CredentialSource.FILE) {
      s.append(" via ").append(source.name());
    }
    s.append('\n');
    for (CheckResult c : checks) {
      s.append(String.format("  %-15s %-13s %-30s %s%n", c.check(), c.outcome(), c.reason(), c.message()));
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return "VerificationReport[" + indication + ", " + firstProblem().map(c -> c.check() + " " + c.reason()).orElse("OK") + "]";
  }
}
