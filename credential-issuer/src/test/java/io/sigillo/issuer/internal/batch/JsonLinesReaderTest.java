package io.sigillo.issuer.internal.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {
  @Test
  void next_nestedObjectsAndArrays_flattenedToDottedNamesAndLists() throws Exception {
    JsonLinesReader r = new JsonLinesReader(new BufferedReader(new StringReader(
        "{\"hrId\":\"E1\",\"holder\":{\"givenName\":\"Giulia\",\"email\":null},\"assessment\":{\"assessors\":[\"A\",\"B\"]},"
            + "\"n\":3,\"ok\":true}\n\n")));

    JsonLinesReader.Line l = r.next();

    assertThat(l.error()).isNull();
    assertThat(l.values()).containsEntry("hrId", "E1").containsEntry("holder.givenName", "Giulia")
        .containsEntry("assessment.assessors", List.of("A", "B")).containsEntry("n", "3").containsEntry("ok", "true")
        .doesNotContainKey("holder.email");
    assertThat(r.next()).isNull();
  }

  @Test
  void next_badLines_errorForThatLineOnlyWithItsNumber() throws Exception {
    JsonLinesReader r = new JsonLinesReader(new BufferedReader(new StringReader(
        "{\"a\":1,\"a\":2}\n[1,2]\n{\"x\":[{\"y\":1}]}\n{\"ok\":\"yes\"}\n")));

    JsonLinesReader.Line dup = r.next();
    JsonLinesReader.Line array = r.next();
    JsonLinesReader.Line nested = r.next();
    JsonLinesReader.Line ok = r.next();

    assertThat(dup.error()).contains("DUPLICATE_KEY");
    assertThat(array.error()).contains("one JSON object");
    assertThat(nested.error()).contains("x must be an array of strings");
    assertThat(ok.line()).isEqualTo(4);
    assertThat(ok.error()).isNull();
  }
}
