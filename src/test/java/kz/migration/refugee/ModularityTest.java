package kz.migration.refugee;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features talk through each other's public services and records, never through internals; no cycles. */
class ModularityTest {

  @Test
  void featuresRespectEachOthersBoundaries() {
    ApplicationModules.of(RefugeeStatusApplication.class).verify();
  }
}
