package io.sigillo.issuer.batch;

import io.sigillo.credential.Identifier;
import io.sigillo.credential.Person;
import io.sigillo.issuer.internal.batch.Target;
import io.sigillo.issuer.route.Assessment;
import io.sigillo.issuer.route.CertificationRoute;
import io.sigillo.issuer.route.CriterionOutcome;
import io.sigillo.issuer.route.Decision;
import io.sigillo.issuer.route.DocumentKind;
import io.sigillo.issuer.route.Dossier;
import io.sigillo.issuer.route.DossierDocument;
import io.sigillo.issuer.route.HrKey;
import io.sigillo.issuer.route.Interview;
import io.sigillo.issuer.route.Membership;
import io.sigillo.issuer.route.RouteException;
import io.sigillo.issuer.route.RouteInput;
import io.sigillo.profile.Competence;
import io.sigillo.profile.ProfileCatalogue;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Turns one record of an HR export into a validated {@link RouteInput}, or into every problem
 * found, each with its row, column and reason code: first the fields one by one (missing values,
 * dates, booleans, lists, identifiers and digests), then the route's rules
 * ({@link CertificationRoute#check(RouteInput)}). Thread-safe.
 */
public final class RowParser {
  private static final String ALL_MET = "ALL_MET";

  private final ColumnMapping mapping;
  private final CertificationRoute route;
  private final ProfileCatalogue catalogue;
  private final Supplier<UUID> holderIds;

  /** The result for one record: the input, or the problems (never both). */
  public record Parsed(int row, int line, Optional<RouteInput> input, List<RowProblem> problems) {
    /** Copies the problems. */
    public Parsed {
      Objects.requireNonNull(input, "input");
      problems = List.copyOf(problems);
    }
  }

  /**
   * Creates a parser.
   *
   * @param mapping the column mapping
   * @param route the route whose rules every row must pass
   * @param catalogue the profiles (for {@code ALL_MET} outcomes)
   * @param holderIds ids for holders the export gives none
   */
  public RowParser(ColumnMapping mapping, CertificationRoute route, ProfileCatalogue catalogue, Supplier<UUID> holderIds) {
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    this.route = Objects.requireNonNull(route, "route");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.holderIds = Objects.requireNonNull(holderIds, "holderIds");
  }

  /**
   * Parses and validates one record.
   *
   * @param row the record's number (1 for the first data row)
   * @param line the line it starts on
   * @param values its values by column: text, or lists for JSON arrays
   * @return the input or the problems
   */
  public Parsed parse(int row, int line, Map<String, Object> values) {
    Row r = new Row(row, line, values);
    Map<Target, Object> v = new EnumMap<>(Target.class);
    for (Target t : Target.values()) {
      Object value = r.value(t);
      if (value != null) {
        v.put(t, value);
      }
    }
    if (!r.problems.isEmpty()) {
      return new Parsed(row, line, Optional.empty(), r.problems);
    }
    RouteInput input = r.build(v);
    if (input == null) {
      return new Parsed(row, line, Optional.empty(), r.problems);
    }
    try {
      route.check(input);
    } catch (RouteException e) {
      String column = e.field().flatMap(Target::of).flatMap(mapping::spec).map(ColumnMapping.Spec::source)
          .orElse("");
      return new Parsed(row, line, Optional.empty(), List.of(new RowProblem(row, line, column, e.reason().name(),
          e.getMessage())));
    }
    return new Parsed(row, line, Optional.of(input), List.of());
  }

  /** The state of one record being parsed. */
  private final class Row {
    final int row;
    final int line;
    final Map<String, Object> values;
    final List<RowProblem> problems = new ArrayList<>();

    Row(int row, int line, Map<String, Object> values) {
      this.row = row;
      this.line = line;
      this.values = values;
    }

    void problem(Target t, String code, String message) {
      String column = mapping.spec(t).map(ColumnMapping.Spec::source).orElse("");
      problems.add(new RowProblem(row, line, column, code, t.fieldName() + ": " + message));
    }

    /** The typed value of a field, null if absent (a problem if required). */
    Object value(Target t) {
      Optional<ColumnMapping.Spec> spec = mapping.spec(t);
      Object raw = spec.isEmpty() ? null : spec.get().value() != null ? spec.get().value()
          : values.get(spec.get().column());
      if (raw instanceof String && ((String) raw).isBlank()) {
        raw = null;
      }
      if (raw == null) {
        if (t.required()) {
          problem(t, "MISSING_VALUE", "no value");
        }
        return null;
      }
      ColumnMapping.Spec s = spec.get();
      switch (t.kind()) {
        case LIST:
          List<String> items = new ArrayList<>();
          List<String> parts = raw instanceof List ? castList(raw)
              : List.of(((String) raw).split(Pattern.quote(s.separator()), -1));
          for (String p : parts) {
            if (!p.isBlank()) {
              items.add(p.strip());
            }
          }
          if (items.isEmpty() && t.required()) {
            problem(t, "MISSING_VALUE", "an empty list");
            return null;
          }
          return items.isEmpty() ? null : List.copyOf(items);
        case DATE:
          if (!(raw instanceof String)) {
            problem(t, "INVALID_DATE", "a list where a date is expected");
            return null;
          }
          try {
            return LocalDate.parse(((String) raw).strip(), s.date());
          } catch (DateTimeParseException e) {
            problem(t, "INVALID_DATE", "'" + abbreviate((String) raw) + "' is not a date in the mapping's format");
            return null;
          }
        case BOOLEAN:
          String b = raw instanceof String ? ((String) raw).strip().toLowerCase(Locale.ROOT) : "";
          if (b.equals("true") || b.equals("yes") || b.equals("1")) {
            return Boolean.TRUE;
          }
          if (b.equals("false") || b.equals("no") || b.equals("0")) {
            return Boolean.FALSE;
          }
          problem(t, "INVALID_BOOLEAN", "'" + abbreviate(String.valueOf(raw)) + "' is not true/false, yes/no or 1/0");
          return null;
        default:
          if (!(raw instanceof String)) {
            problem(t, "INVALID_VALUE", "a list where one value is expected");
            return null;
          }
          return ((String) raw).strip();
      }
    }

    RouteInput build(Map<Target, Object> v) {
      HrKey key = null;
      try {
        key = new HrKey(text(v, Target.HR_ID), text(v, Target.PROFILE), text(v, Target.CYCLE));
      } catch (IllegalArgumentException e) {
        problem(e.getMessage().startsWith("cycle") ? Target.CYCLE : Target.HR_ID, "INVALID_VALUE", e.getMessage());
      }
      Person holder = person(v);
      Membership membership = make(Target.MEMBER_NUMBER, () -> new Membership(text(v, Target.MEMBER_NUMBER),
          (LocalDate) v.get(Target.MEMBER_SINCE), (Boolean) v.get(Target.MEMBER_ACTIVE), (LocalDate) v.get(Target.PAID_UNTIL)));
      Dossier dossier = dossier(v);
      Optional<Interview> interview = interview(v);
      Assessment assessment = assessment(v);
      if (!problems.isEmpty() || key == null || holder == null || membership == null || dossier == null
          || interview == null || assessment == null) {
        return null;
      }
      return new RouteInput(key, holder, membership, dossier, interview, assessment);
    }

    private Person person(Map<Target, Object> v) {
      URI id = URI.create("urn:uuid:" + holderIds.get());
      if (v.containsKey(Target.HOLDER_ID)) {
        id = make(Target.HOLDER_ID, () -> {
          URI u = URI.create(text(v, Target.HOLDER_ID));
          if (!u.isAbsolute()) {
            throw new IllegalArgumentException("not an absolute URI");
          }
          return u;
        });
      }
      Identifier identifier = null;
      if (v.containsKey(Target.IDENTIFIER)) {
        if (!v.containsKey(Target.IDENTIFIER_SCHEME)) {
          problem(Target.IDENTIFIER_SCHEME, "MISSING_VALUE", "an identifier needs its scheme name");
          return null;
        }
        identifier = make(Target.IDENTIFIER, () -> Identifier.of(text(v, Target.IDENTIFIER),
            text(v, Target.IDENTIFIER_SCHEME)));
      }
      if (id == null || (v.containsKey(Target.IDENTIFIER) && identifier == null)) {
        return null;
      }
      Person.Builder b = Person.newBuilder().id(id).givenName(text(v, Target.GIVEN_NAME))
          .familyName(text(v, Target.FAMILY_NAME)).birthDate((LocalDate) v.get(Target.BIRTH_DATE))
          .identifier(identifier);
      if (v.containsKey(Target.EMAIL)) {
        b.email(text(v, Target.EMAIL));
      }
      return make(Target.EMAIL, b::build);
    }

    private Dossier dossier(Map<Target, Object> v) {
      List<DossierDocument> docs = new ArrayList<>();
      Target[][] kinds = {{Target.CV_ID, Target.CV_SHA256}, {Target.TRAINING_ID, Target.TRAINING_SHA256},
          {Target.EXPERIENCE_ID, Target.EXPERIENCE_SHA256}, {Target.PORTFOLIO_ID, Target.PORTFOLIO_SHA256}};
      DocumentKind[] kindOf = DocumentKind.values();
      for (int k = 0; k < kinds.length; k++) {
        List<String> ids = list(v, kinds[k][0]);
        List<String> digests = list(v, kinds[k][1]);
        if (ids.size() != digests.size()) {
          problem(kinds[k][1], "INVALID_VALUE", ids.size() + " document ids but " + digests.size() + " digests");
          continue;
        }
        for (int i = 0; i < ids.size(); i++) {
          String id = ids.get(i);
          String digest = digests.get(i);
          DocumentKind kind = kindOf[k];
          DossierDocument d = make(kinds[k][1], () -> new DossierDocument(kind, id, digest));
          if (d != null) {
            docs.add(d);
          }
        }
      }
      if (!problems.isEmpty() || v.get(Target.DOSSIER_SUBMITTED) == null) {
        return null;
      }
      return make(Target.CV_ID, () -> new Dossier((LocalDate) v.get(Target.DOSSIER_SUBMITTED), docs));
    }

    /** Null on a problem; empty if no interview field is filled. */
    private Optional<Interview> interview(Map<Target, Object> v) {
      boolean any = v.containsKey(Target.INTERVIEW_DATE) || v.containsKey(Target.INTERVIEW_PASSED)
          || v.containsKey(Target.INTERVIEWERS);
      if (!any) {
        return Optional.empty();
      }
      for (Target t : List.of(Target.INTERVIEW_DATE, Target.INTERVIEW_PASSED, Target.INTERVIEWERS)) {
        if (!v.containsKey(t)) {
          problem(t, "MISSING_VALUE", "an interview needs its date, outcome and interviewers");
          return null;
        }
      }
      Interview i = make(Target.INTERVIEWERS, () -> new Interview((LocalDate) v.get(Target.INTERVIEW_DATE),
          (Boolean) v.get(Target.INTERVIEW_PASSED), list(v, Target.INTERVIEWERS)));
      return i == null ? null : Optional.of(i);
    }

    private Assessment assessment(Map<Target, Object> v) {
      if (!v.containsKey(Target.OUTCOMES) || !v.containsKey(Target.DECISION)) {
        return null;
      }
      List<CriterionOutcome> outcomes = new ArrayList<>();
      List<String> items = list(v, Target.OUTCOMES);
      if (items.size() == 1 && items.get(0).equalsIgnoreCase(ALL_MET)) {
        String profile = v.containsKey(Target.PROFILE) ? text(v, Target.PROFILE) : "";
        catalogue.find(profile).ifPresent(p -> p.competences().stream().map(Competence::id)
            .forEach(id -> outcomes.add(new CriterionOutcome(id.getFragment(), true))));
      } else {
        for (String item : items) {
          int eq = item.indexOf('=');
          String outcome = eq < 0 ? "" : item.substring(eq + 1).strip().toUpperCase(Locale.ROOT);
          if (eq < 0 || !(outcome.equals("MET") || outcome.equals("NOT_MET"))) {
            problem(Target.OUTCOMES, "INVALID_VALUE", "'" + abbreviate(item) + "' is not criterion=MET or"
                + " criterion=NOT_MET (or the single value ALL_MET)");
            return null;
          }
          CriterionOutcome o = make(Target.OUTCOMES, () -> new CriterionOutcome(item.substring(0, eq).strip(),
              outcome.equals("MET")));
          if (o == null) {
            return null;
          }
          outcomes.add(o);
        }
      }
      String d = text(v, Target.DECISION).toUpperCase(Locale.ROOT);
      if (!d.equals("POSITIVE") && !d.equals("NEGATIVE")) {
        problem(Target.DECISION, "INVALID_VALUE", "'" + abbreviate(d) + "' is not POSITIVE or NEGATIVE");
        return null;
      }
      return make(Target.ASSESSORS, () -> new Assessment(text(v, Target.COMMITTEE), list(v, Target.ASSESSORS),
          outcomes, Decision.valueOf(d), (LocalDate) v.get(Target.DECIDED_ON)));
    }

    /** Builds a value object; its refusal becomes an INVALID_VALUE problem on a field. */
    private <T> T make(Target at, Supplier<T> build) {
      try {
        return build.get();
      } catch (IllegalArgumentException | NullPointerException | ClassCastException e) {
        if (problems.isEmpty() || e instanceof IllegalArgumentException) {
          problem(at, "INVALID_VALUE", e.getMessage() == null ? "invalid" : e.getMessage());
        }
        return null;
      }
    }
  }

  private static String text(Map<Target, Object> v, Target t) {
    return (String) v.get(t);
  }

  @SuppressWarnings("unchecked")
  private static List<String> list(Map<Target, Object> v, Target t) {
    Object o = v.get(t);
    return o == null ? List.of() : (List<String>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<String> castList(Object raw) {
    return (List<String>) raw;
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
