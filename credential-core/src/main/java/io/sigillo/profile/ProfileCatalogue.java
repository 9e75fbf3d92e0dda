package io.sigillo.profile;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillo.credential.LanguageMap;
import io.sigillo.json.StrictJson;
import io.sigillo.json.StrictJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The profiles an issuer certifies against and a verifier recognises, loaded from JSON catalogue
 * files. Adding a profile (for example the related UNI 11621-8 roles AI Data Engineer or Chief AI
 * Officer) is a data change: a new entry in a catalogue file, no code.
 *
 * <h2>File format</h2>
 *
 * <pre>{@code
 * {"catalogue": "free text", "source": "free text", "profiles": [{
 *   "id": "urn:...", "code": "ai-security-specialist", "standard": "UNI 11621-8:2026",
 *   "title": {"en": "...", "it": "..."}, "mission": {"en": "..."},
 *   "competences": [{"key": "responsibility-1", "kind": "responsibility", "text": {"en": "..."}}],
 *   "referenceFrameworks": [{"name": "...", "url": "https://..."}],
 *   "relatedProfiles": [{"id": "urn:...", "title": {"en": "..."}}],
 *   "validityYears": 3 }]}
 * }</pre>
 *
 * <p>{@code area}, {@code referenceFrameworks} and {@code relatedProfiles} are optional; any other
 * property is refused, so that a misspelled optional property cannot silently drop its data. A
 * competence's identifier is the profile identifier with {@code #key} appended. Immutable and
 * thread-safe.
 */
public final class ProfileCatalogue {
  private static final String BUNDLED = "/io/sigillo/profile/uni-11621-8.json";
  private static final Set<String> ROOT_MEMBERS = Set.of("catalogue", "source", "profiles");
  private static final Set<String> PROFILE_MEMBERS = Set.of("id", "code", "standard", "area",
      "title", "mission", "competences", "referenceFrameworks", "relatedProfiles", "validityYears");
  private static final Set<String> COMPETENCE_MEMBERS = Set.of("key", "kind", "text");
  private static final Set<String> FRAMEWORK_MEMBERS = Set.of("name", "url");
  private static final Set<String> REFERENCE_MEMBERS = Set.of("id", "title");
  private static final ProfileCatalogue BUNDLED_CATALOGUE = loadBundled();

  private final Map<URI, Profile> byId;
  private final Map<String, Profile> byCode;

  private ProfileCatalogue(Collection<Profile> profiles) {
    Map<URI, Profile> ids = new LinkedHashMap<>();
    Map<String, Profile> codes = new LinkedHashMap<>();
    for (Profile p : profiles) {
      if (ids.put(p.id(), p) != null) {
        throw new IllegalArgumentException("profile id listed twice: " + p.id());
      }
      if (codes.put(p.code(), p) != null) {
        throw new IllegalArgumentException("profile code listed twice: " + p.code());
      }
    }
    this.byId = java.util.Collections.unmodifiableMap(ids);
    this.byCode = java.util.Collections.unmodifiableMap(codes);
  }

  /**
   * The catalogue shipped with the library: the UNI 11621-8:2026 AI Security Specialist.
   *
   * @return the bundled catalogue
   */
  public static ProfileCatalogue bundled() {
    return BUNDLED_CATALOGUE;
  }

  /**
   * Reads a catalogue file.
   *
   * @param json the file's content
   * @return the catalogue
   * @throws ProfileCatalogueException naming the first invalid profile (by code, else id) and the
   *     path of the invalid property, such as
   *     {@code profile 'ai-data-engineer': profiles[0].competences[2].kind: ...}
   */
  public static ProfileCatalogue fromJson(byte[] json) throws ProfileCatalogueException {
    JsonNode root;
    try {
      root = StrictJson.standard().parseObject(json);
    } catch (StrictJsonException e) {
      throw new ProfileCatalogueException("catalogue is not valid JSON: " + e.getMessage());
    }
    requireKnownMembers(root, ROOT_MEMBERS, "catalogue");
    JsonNode profiles = root.get("profiles");
    if (profiles == null || !profiles.isArray()) {
      throw new ProfileCatalogueException("catalogue must have a 'profiles' array");
    }
    List<Profile> out = new ArrayList<>();
    for (int i = 0; i < profiles.size(); i++) {
      JsonNode p = profiles.get(i);
      try {
        out.add(profile(p, "profiles[" + i + "]"));
      } catch (ProfileCatalogueException e) {
        throw new ProfileCatalogueException(nameOf(p) + e.getMessage());
      }
    }
    try {
      return new ProfileCatalogue(out);
    } catch (IllegalArgumentException e) {
      throw new ProfileCatalogueException(e.getMessage());
    }
  }

  /**
   * Reads a catalogue file from a stream (the stream is read fully, not closed).
   *
   * @param in the file's content
   * @return the catalogue
   * @throws ProfileCatalogueException if the content is invalid
   * @throws IOException if the stream cannot be read
   */
  public static ProfileCatalogue fromJson(InputStream in) throws ProfileCatalogueException, IOException {
    return fromJson(in.readAllBytes());
  }

  /**
   * A catalogue holding this catalogue's profiles and another's.
   *
   * @param other more profiles
   * @return the combined catalogue
   * @throws IllegalArgumentException if an id or code appears in both
   */
  public ProfileCatalogue with(ProfileCatalogue other) {
    List<Profile> all = new ArrayList<>(byId.values());
    all.addAll(other.byId.values());
    return new ProfileCatalogue(all);
  }

  /**
   * Every profile, in file order.
   *
   * @return an unmodifiable collection
   */
  public Collection<Profile> profiles() {
    return byId.values();
  }

  /**
   * Finds a profile by identifier or code.
   *
   * @param idOrCode an identifier such as {@code urn:sigillo:profile:...} or a code such as
   *     {@code ai-security-specialist}
   * @return the profile, if known
   */
  public Optional<Profile> find(String idOrCode) {
    Objects.requireNonNull(idOrCode, "idOrCode");
    Profile p = byCode.get(idOrCode);
    if (p == null) {
      try {
        p = byId.get(new URI(idOrCode));
      } catch (URISyntaxException e) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(p);
  }

  /**
   * Finds a profile by identifier.
   *
   * @param id the identifier
   * @return the profile, if known
   */
  public Optional<Profile> find(URI id) {
    return Optional.ofNullable(byId.get(id));
  }

  private static ProfileCatalogue loadBundled() {
    try (InputStream in = ProfileCatalogue.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("bundled profile catalogue missing: " + BUNDLED);
      }
      return fromJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ProfileCatalogueException e) {
      throw new IllegalStateException("bundled profile catalogue is invalid: " + e.getMessage(), e);
    }
  }

  /** "profile 'code': " (or the id when there is no code) to prefix a problem with. */
  private static String nameOf(JsonNode p) {
    for (String member : List.of("code", "id")) {
      JsonNode v = p.get(member);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        String name = v.asText();
        return "profile '" + (name.length() > 80 ? name.substring(0, 80) + "..." : name) + "': ";
      }
    }
    return "";
  }

  /** A misspelled optional property would otherwise be ignored silently, dropping its data. */
  private static void requireKnownMembers(JsonNode n, Set<String> known, String at)
      throws ProfileCatalogueException {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!known.contains(name)) {
        String shown = name.length() > 80 ? name.substring(0, 80) + "..." : name;
        throw new ProfileCatalogueException(at + "." + shown
            + " is not a catalogue property (expected one of " + new TreeSet<>(known) + ")");
      }
    }
  }

  private static Profile profile(JsonNode p, String at) throws ProfileCatalogueException {
    if (!p.isObject()) {
      throw new ProfileCatalogueException(at + " must be an object");
    }
    requireKnownMembers(p, PROFILE_MEMBERS, at);
    URI id = uri(p, "id", at);
    String code = text(p, "code", at);
    String standard = text(p, "standard", at);
    LanguageMap area = p.has("area") ? languageMap(p, "area", at) : null;
    LanguageMap title = languageMap(p, "title", at);
    LanguageMap mission = languageMap(p, "mission", at);
    List<Competence> competences = new ArrayList<>();
    JsonNode cs = array(p, "competences", at);
    for (int i = 0; i < cs.size(); i++) {
      JsonNode c = cs.get(i);
      String cat = at + ".competences[" + i + "]";
      requireKnownMembers(c, COMPETENCE_MEMBERS, cat);
      String key = text(c, "key", cat);
      if (!key.matches("[A-Za-z0-9._-]+")) {
        throw new ProfileCatalogueException(cat + ".key must use letters, digits, '.', '_' or '-'");
      }
      CompetenceKind kind;
      try {
        kind = CompetenceKind.ofKey(text(c, "kind", cat));
      } catch (IllegalArgumentException e) {
        throw new ProfileCatalogueException(cat + ".kind: " + e.getMessage());
      }
      URI cid = URI.create(id + "#" + key);
      if (competences.stream().anyMatch(x -> x.id().equals(cid))) {
        throw new ProfileCatalogueException(cat + ".key is not unique: " + key);
      }
      competences.add(new Competence(cid, kind, languageMap(c, "text", cat)));
    }
    if (competences.isEmpty()) {
      throw new ProfileCatalogueException(at + " has no competences");
    }
    List<ReferenceFramework> frameworks = new ArrayList<>();
    if (p.has("referenceFrameworks")) {
      JsonNode fs = array(p, "referenceFrameworks", at);
      for (int i = 0; i < fs.size(); i++) {
        String fat = at + ".referenceFrameworks[" + i + "]";
        requireKnownMembers(fs.get(i), FRAMEWORK_MEMBERS, fat);
        frameworks.add(new ReferenceFramework(text(fs.get(i), "name", fat), uri(fs.get(i), "url", fat)));
      }
    }
    List<ProfileReference> related = new ArrayList<>();
    if (p.has("relatedProfiles")) {
      JsonNode rs = array(p, "relatedProfiles", at);
      for (int i = 0; i < rs.size(); i++) {
        String rat = at + ".relatedProfiles[" + i + "]";
        requireKnownMembers(rs.get(i), REFERENCE_MEMBERS, rat);
        related.add(new ProfileReference(uri(rs.get(i), "id", rat), languageMap(rs.get(i), "title", rat)));
      }
    }
    JsonNode years = p.get("validityYears");
    if (years == null || !years.isInt() || years.asInt() < 1 || years.asInt() > 3) {
      throw new ProfileCatalogueException(at + ".validityYears must be an integer from 1 to 3");
    }
    return new Profile(id, code, standard, area, title, mission, competences, frameworks, related,
        years.asInt());
  }

  private static String text(JsonNode n, String name, String at) throws ProfileCatalogueException {
    JsonNode v = n.get(name);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new ProfileCatalogueException(at + "." + name + " must be a non-empty string");
    }
    return v.asText();
  }

  private static URI uri(JsonNode n, String name, String at) throws ProfileCatalogueException {
    String s = text(n, name, at);
    try {
      URI u = new URI(s);
      if (!u.isAbsolute() || u.getFragment() != null) {
        throw new ProfileCatalogueException(at + "." + name + " must be an absolute URI without fragment");
      }
      return u;
    } catch (URISyntaxException e) {
      throw new ProfileCatalogueException(at + "." + name + " is not a URI: " + s);
    }
  }

  private static JsonNode array(JsonNode n, String name, String at) throws ProfileCatalogueException {
    JsonNode v = n.get(name);
    if (v == null || !v.isArray()) {
      throw new ProfileCatalogueException(at + "." + name + " must be an array");
    }
    return v;
  }

  private static LanguageMap languageMap(JsonNode n, String name, String at) throws ProfileCatalogueException {
    JsonNode v = n.get(name);
    if (v == null || !v.isObject()) {
      throw new ProfileCatalogueException(at + "." + name + " must be a language map");
    }
    Map<String, String> m = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isTextual()) {
        throw new ProfileCatalogueException(at + "." + name + "." + e.getKey() + " must be a string");
      }
      m.put(e.getKey(), e.getValue().asText());
    }
    try {
      return LanguageMap.copyOf(m);
    } catch (IllegalArgumentException e) {
      throw new ProfileCatalogueException(at + "." + name + ": " + e.getMessage());
    }
  }
}
