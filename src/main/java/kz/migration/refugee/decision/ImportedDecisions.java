package kz.migration.refugee.decision;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions of a historic caseload, kept with the case like any other so that the statistics count them.
 * Who decided and on which grounds was not recorded then; the decision says so.
 */
@Service
@Transactional
public class ImportedDecisions {

  /** Recorded as the decider of decisions taken before the system. */
  public static final String ARCHIVE = "archive";
  static final String REASONS = "Решение принято до ввода системы; перенесено из архивных записей.";

  private final DecisionRepository decisions;

  ImportedDecisions(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  /** Records the decision as of noon UTC of its date, so that every time zone sees the same day. */
  public void record(long caseId, boolean granted, LocalDate decidedOn) {
    decisions.save(Decision.taken(caseId, granted ? Decision.Outcome.GRANTED : Decision.Outcome.REFUSED,
        granted ? "art1-well-founded-fear" : "art12-no-well-founded-fear", REASONS, ARCHIVE,
        decidedOn.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC), new Recommendation(null, null, null, null)));
  }
}
