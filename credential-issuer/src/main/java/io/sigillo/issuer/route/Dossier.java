package io.sigillo.issuer.route;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The competency dossier the holder submitted: CV, training, experience and project portfolio,
 * each by reference and digest. Immutable.
 *
 * @param submittedOn the date the dossier was submitted
 * @param documents 4 to 50 documents, at least one of each {@link DocumentKind}, ids unique
 */
public record Dossier(LocalDate submittedOn, List<DossierDocument> documents) {
  /** The most documents one dossier may reference. */
  public static final int MAX_DOCUMENTS = 50;

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if a part is missing, an id repeats or there are too many
   */
  public Dossier {
    Objects.requireNonNull(submittedOn, "submittedOn");
    documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
    if (documents.size() > MAX_DOCUMENTS) {
      throw new IllegalArgumentException("a dossier references at most " + MAX_DOCUMENTS + " documents");
    }
    Set<DocumentKind> missing = EnumSet.allOf(DocumentKind.class);
    Set<String> ids = new HashSet<>();
    for (DossierDocument d : documents) {
      missing.remove(d.kind());
      if (!ids.add(d.documentId())) {
        throw new IllegalArgumentException("document " + d.documentId() + " is listed twice");
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("the dossier lacks " + missing
          + " (it needs a CV, training, experience and a project portfolio)");
    }
  }

  /**
   * How many documents of a kind.
   *
   * @param kind the kind
   * @return the count
   */
  public long count(DocumentKind kind) {
    return documents.stream().filter(d -> d.kind() == kind).count();
  }
}
