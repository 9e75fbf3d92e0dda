package io.sigillo.issuer.route;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The route store's builder validates as the status store's builder does. */
class RouteStoreBuilderTest {
  @Test
  void listCapacity_outOfRange_rejectedWithTheRange() {
    assertThatThrownBy(() -> RouteStore.newBuilder().listCapacity(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 1 and 16777216");
    assertThatThrownBy(() -> RouteStore.newBuilder().listCapacity((1 << 24) + 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 1 and 16777216");
    assertThatNoException().isThrownBy(() -> RouteStore.newBuilder().listCapacity(1).listCapacity(1 << 24));
  }

  @Test
  void build_withoutConnections_namesThem() {
    assertThatThrownBy(() -> RouteStore.newBuilder().build()).isInstanceOf(NullPointerException.class)
        .hasMessage("connections");
  }
}
