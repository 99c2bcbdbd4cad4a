package kz.migration.refugee.decision;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions of a historic caseload, kept with the case like any other so that the statistics count them: one act
 * on the family with what it decided for each person. Who decided and on which grounds was not recorded then; the
 * decision says so.
 */
@Service
@Transactional
public class ImportedDecisions {

  /** Recorded as the decider of decisions taken before the system. */
  public static final String ARCHIVE = "archive";
  static final String REASONS = "Решение принято до ввода системы; перенесено из архивных записей.";
  private static final String GRANT_GROUND = "art1-well-founded-fear";
  private static final String REFUSAL_GROUND = "art12-no-well-founded-fear";

  /**
   * What the decision decided for one person: granted or refused, on their own grounds ({@code followsPersonId}
   * null) or following a parent's outcome (a child).
   */
  public record Decided(long personId, boolean granted, Long followsPersonId) {}

  private final DecisionRepository decisions;
  private final PersonDecisionRepository personDecisions;

  ImportedDecisions(DecisionRepository decisions, PersonDecisionRepository personDecisions) {
    this.decisions = decisions;
    this.personDecisions = personDecisions;
  }

  /**
   * Records the decision as of noon UTC of its date, so that every time zone sees the same day: granted when it
   * granted everyone, refused when it refused everyone, partly granted otherwise. As a decision taken here, the act
   * carries the ground of the first person decided on their own grounds ({@code persons} principal applicant first).
   */
  public void record(long caseId, LocalDate decidedOn, List<Decided> persons) {
    long granted = persons.stream().filter(Decided::granted).count();
    Decision.Outcome outcome = granted == persons.size() ? Decision.Outcome.GRANTED
        : granted == 0 ? Decision.Outcome.REFUSED : Decision.Outcome.PARTLY_GRANTED;
    boolean principalGranted = persons.stream().filter(p -> p.followsPersonId() == null).findFirst()
        .map(Decided::granted).orElse(granted > 0);
    Decision decision = decisions.save(Decision.taken(caseId, outcome,
        principalGranted ? GRANT_GROUND : REFUSAL_GROUND, REASONS, ARCHIVE,
        decidedOn.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC), new Recommendation(null, null, null, null)));
    List<PersonDecision> decided = persons.stream().map(p -> p.followsPersonId() == null
        ? PersonDecision.onOwnGrounds(p.personId(), p.granted(), p.granted() ? GRANT_GROUND : REFUSAL_GROUND, REASONS,
            null)
        : PersonDecision.followingParent(p.personId(), p.followsPersonId(),
            p.granted() ? Decision.Outcome.GRANTED : Decision.Outcome.REFUSED)).toList();
    decided.forEach(d -> d.belongTo(decision.getId()));
    personDecisions.saveAll(decided);
  }
}
