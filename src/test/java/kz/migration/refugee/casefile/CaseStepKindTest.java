package kz.migration.refugee.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseStepKindTest {

  @Test
  void theTimelineNamesEveryKindOfStepInRussianEvenOnesItDoesNotList() {
    assertThat(CasePages.stepKind("userTask")).isEqualTo("задача");
    assertThat(CasePages.stepKind("boundaryMessage")).isEqualTo("сообщение");
    assertThat(CasePages.stepKind("startTimerEvent")).isEqualTo("срок");
    assertThat(CasePages.stepKind("terminateEndEvent")).isEqualTo("завершение");
    assertThat(CasePages.stepKind("eventBasedGateway")).isEqualTo("шаг");
  }
}
