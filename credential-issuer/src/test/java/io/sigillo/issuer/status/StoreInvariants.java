package io.sigillo.issuer.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.status.BitstringStatusList;
import io.sigillo.status.StatusPurpose;
import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks a store against what its callers were told, after concurrent work. */
final class StoreInvariants {
  private StoreInvariants() {}

  /**
   * @param store the store
   * @param ids every credential id that registration succeeded for
   * @param changesReported per id, how many state changes callers were told succeeded
   */
  static void check(StatusStore store, Set<URI> ids, Map<URI, Integer> changesReported) throws Exception {
    Set<String> slots = new HashSet<>();
    Map<String, Integer> perList = new HashMap<>();
    Map<String, Set<Integer>> expectedBits = new HashMap<>();
    for (URI id : ids) {
      CredentialRecord r = store.find(id).orElseThrow(() -> new AssertionError("registered but missing: " + id));
      for (StatusSlot s : r.slots()) {
        assertThat(slots.add(s.listId() + "#" + s.index())).as("index handed out twice: %s#%s", s.listId(), s.index())
            .isTrue();
        perList.merge(s.listId(), 1, Integer::sum);
        boolean set = s.purpose() == StatusPurpose.REVOCATION ? r.state() == CredentialState.REVOKED
            : r.state() == CredentialState.SUSPENDED;
        expectedBits.computeIfAbsent(s.listId(), k -> new HashSet<>());
        if (set) {
          expectedBits.get(s.listId()).add(s.index());
        }
      }
      List<StatusChange> h = store.history(id);
      assertThat(h.get(0).action()).isEqualTo(StatusChange.Action.ISSUE);
      CredentialState state = CredentialState.ACTIVE;
      for (int i = 0; i < h.size(); i++) {
        StatusChange c = h.get(i);
        assertThat(c.sequence()).isEqualTo(i + 1);
        if (i > 0) {
          assertThat(c.from()).as("history of %s is a chain", id).contains(state);
          assertThat(legal(state, c.action())).as("legal transition %s %s", state, c.action()).isTrue();
        }
        state = c.to();
      }
      assertThat(r.state()).as("final state of %s", id).isEqualTo(state);
      assertThat(r.version()).isEqualTo(h.size());
      assertThat(h.size() - 1).as("changes recorded for %s = changes reported to callers", id)
          .isEqualTo(changesReported.getOrDefault(id, 0));
    }
    for (StatusListInfo l : store.lists()) {
      assertThat(l.allocated()).as("allocated in %s", l.listId()).isEqualTo(perList.getOrDefault(l.listId(), 0));
      BitstringStatusList bits = store.snapshot(l.listId());
      Set<Integer> set = new HashSet<>();
      for (int i = 0; i < bits.size(); i++) {
        if (bits.status(i) == 1) {
          set.add(i);
        }
      }
      assertThat(set).as("bits of %s", l.listId()).isEqualTo(expectedBits.getOrDefault(l.listId(), Set.of()));
    }
  }

  static boolean legal(CredentialState from, StatusChange.Action a) {
    switch (a) {
      case REVOKE:
        return from != CredentialState.REVOKED;
      case SUSPEND:
        return from == CredentialState.ACTIVE;
      case REINSTATE:
        return from == CredentialState.SUSPENDED;
      default:
        return false;
    }
  }

  static Optional<StatusChange.Action> action(String name) {
    for (StatusChange.Action a : StatusChange.Action.values()) {
      if (a.name().equals(name)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
