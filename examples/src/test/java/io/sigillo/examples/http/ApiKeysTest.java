package io.sigillo.examples.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysTest {
  static final String KEY_A = "key-a-0123456789abcdefghijklmn";
  static final String KEY_B = "key-b-0123456789abcdefghijklmn";

  @TempDir Path tmp;

  @Test
  void actorOf_eachKey_itsActorAndNothingForOthers() {
    ApiKeys keys = ApiKeys.newBuilder().add("hr-a", KEY_A).add("hr-b", KEY_B).build();
    assertThat(keys.actorOf(KEY_A)).contains("hr-a");
    assertThat(keys.actorOf(KEY_B)).contains("hr-b");
    assertThat(keys.actorOf(KEY_A.substring(1))).isEmpty();
    assertThat(keys.actorOf("")).isEmpty();
    assertThat(keys.actorOf(null)).isEmpty();
    assertThat(keys.toString()).doesNotContain(KEY_A);
  }

  @Test
  void read_fileOfEntries_digestsOnlyAndCommentsSkipped() throws Exception {
    Path file = Files.writeString(tmp.resolve("keys"), "# keys\n\n" + ApiKeys.entry("hr-a", KEY_A) + "\n"
        + ApiKeys.entry("hr-b", KEY_B) + "\n");
    assertThat(Files.readString(file)).doesNotContain(KEY_A).doesNotContain(KEY_B);
    ApiKeys keys = ApiKeys.read(file);
    assertThat(keys.size()).isEqualTo(2);
    assertThat(keys.actorOf(KEY_B)).contains("hr-b");
  }

  @Test
  void read_malformedOrRepeatedEntries_refusedNamingTheLine() throws Exception {
    Path plain = Files.writeString(tmp.resolve("plain"), "hr-a " + KEY_A + "\n");
    assertThatThrownBy(() -> ApiKeys.read(plain)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
    Path twice = Files.writeString(tmp.resolve("twice"), ApiKeys.entry("hr-a", KEY_A) + "\n"
        + ApiKeys.entry("hr-b", KEY_A) + "\n");
    assertThatThrownBy(() -> ApiKeys.read(twice)).hasMessageContaining("line 2").hasMessageContaining("twice");
    Path empty = Files.writeString(tmp.resolve("empty"), "# nothing\n");
    assertThatThrownBy(() -> ApiKeys.read(empty)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void add_shortKeyOrBadActor_refused() {
    assertThatThrownBy(() -> ApiKeys.newBuilder().add("hr-a", "short")).hasMessageContaining("24");
    assertThatThrownBy(() -> ApiKeys.newBuilder().add("hr a", KEY_A)).hasMessageContaining("actor");
    assertThatThrownBy(() -> ApiKeys.newBuilder().add("hr-a", KEY_A).add("hr-a", KEY_B))
        .hasMessageContaining("already");
  }
}
