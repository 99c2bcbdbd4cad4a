package kz.migration.refugee.recheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Two nodes on one host record their passes under different names, and a node restarted on its port under the
 * same name: at its start it closes only the passes it left running itself, never those another node is running.
 */
class RecheckNodeTest {

  @Test
  void nodesOnOneHostAreToldApartByTheirPort() {
    assertThat(new RecheckNode("", 8091, null).name()).isNotEqualTo(new RecheckNode("", 8092, null).name())
        .endsWith(":8091");
    assertThat(new RecheckNode("", 8091, null).name()).isEqualTo(new RecheckNode("", 8091, null).name());
  }

  @Test
  void aConfiguredNameIsKept() {
    assertThat(new RecheckNode("node-a", 8091, null).name()).isEqualTo("node-a");
  }

  @Test
  void aRandomPortLeavesTheHostName() {
    assertThat(RecheckNode.defaultName("host", 0)).isEqualTo("host");
    assertThat(RecheckNode.defaultName("host", 8091)).isEqualTo("host:8091");
  }
}
