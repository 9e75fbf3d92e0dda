package io.sigillo.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader builds a problem's path only when it reports the problem; the paths must be the
 * same as ever, for members of nested objects, array entries and refused model values alike.
 */
class CredentialJsonReadProblemPathsTest {
  private static final String SPEC = "$.credentialSubject.hasClaim.specifiedBy";

  private static List<FormatProblem> problems(ObjectNode doc) {
    CredentialFormatException e =
        catchThrowableOfType(CredentialFormatException.class, () -> CredentialJson.read(doc));
    assertThat(e).as("the document must be refused").isNotNull();
    return e.problems();
  }

  private static ObjectNode sampleDoc() {
    return CredentialJson.toJson(SampleCredentials.credential(Instant.parse("2026-06-01T09:00:00Z")));
  }

  @Test
  void read_problemsInSeveralArrayEntries_reportEachAtItsPath() {
    ObjectNode doc = sampleDoc();
    ArrayNode outcomes = (ArrayNode) doc.at("/credentialSubject/hasClaim/specifiedBy/learningOutcome");
    ((ObjectNode) outcomes.get(1)).put("id", "not a uri");
    ((ObjectNode) outcomes.get(1).get("title")).put("en_GB", "x");
    ((ObjectNode) outcomes.get(3)).put("id", "relative/path");
    ((ObjectNode) outcomes.get(3)).remove("title");
    outcomes.add("not an object");

    // the array is checked before its entries are read
    assertThat(problems(doc)).extracting(FormatProblem::code, FormatProblem::path).containsExactly(
        tuple(FormatCode.PROPERTY_INVALID, SPEC + ".learningOutcome[" + (outcomes.size() - 1) + "]"),
        tuple(FormatCode.PROPERTY_INVALID, SPEC + ".learningOutcome[1].id"),
        tuple(FormatCode.PROPERTY_INVALID, SPEC + ".learningOutcome[1].title.en_GB"),
        tuple(FormatCode.PROPERTY_INVALID, SPEC + ".learningOutcome[3].id"),
        tuple(FormatCode.PROPERTY_MISSING, SPEC + ".learningOutcome[3].title"));
  }

  @Test
  void read_modelRefusesAValue_reportsAtTheObjectsPath() {
    ObjectNode doc = sampleDoc();
    ArrayNode outcomes = (ArrayNode) doc.at("/credentialSubject/hasClaim/specifiedBy/learningOutcome");
    outcomes.add(outcomes.get(0).deepCopy());

    assertThat(problems(doc)).containsExactly(new FormatProblem(FormatCode.PROPERTY_INVALID, SPEC,
        "learning outcome ids must be unique"));
  }

  @Test
  void read_badLanguageMapOfASingleObject_reportsAtTheMembersPath() {
    ObjectNode doc = sampleDoc();
    ((ObjectNode) doc.at("/credentialSubject/hasClaim/specifiedBy")).put("title", "plain text");

    assertThat(problems(doc)).extracting(FormatProblem::code, FormatProblem::path)
        .containsExactly(tuple(FormatCode.PROPERTY_INVALID, SPEC + ".title"));
  }
}
