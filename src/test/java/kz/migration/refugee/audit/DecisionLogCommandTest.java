package kz.migration.refugee.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

/** The command-line verification exits 0 for an intact log and 2 for a broken one. */
class DecisionLogCommandTest {

  @Test
  void anIntactLogExitsWithZero() {
    assertThat(exitCodeFor(new DecisionLog.Verification(true, 12, null, null))).isZero();
  }

  @Test
  void aBrokenLogExitsWithTwo() {
    assertThat(exitCodeFor(new DecisionLog.Verification(false, 2, 3L, "entry 3: stored hash does not match its fields")))
        .isEqualTo(2);
  }

  private static int exitCodeFor(DecisionLog.Verification verification) {
    DecisionLog log = mock(DecisionLog.class);
    when(log.verify()).thenReturn(verification);
    List<Integer> codes = new ArrayList<>();
    new VerifyDecisionLogCommand(log, codes::add).run(new DefaultApplicationArguments("--refugee.audit.verify-decision-log"));
    assertThat(codes).hasSize(1);
    return codes.get(0);
  }
}
