package kz.migration.refugee.decision;

import java.util.Date;
import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.Deadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Due dates and timers of a refusal's service, appeal window and court-appeal period, for the petition model's
 * expressions ({@code ${appealDeadlines.appealWindowClosesAt(execution)}}). Read from the data bank for the process's
 * case, never from a process variable a client might have written. Public, as the models' expressions call it.
 */
@Component
public class AppealDeadlines {

  private final PetitionDecisionService decisions;
  private final ProcessCases cases;

  AppealDeadlines(PetitionDecisionService decisions, ProcessCases cases) {
    this.decisions = decisions;
    this.cases = cases;
  }

  /** «Вручить уведомление об отказе» is due by the decision day plus the reminder period. */
  public Date noticeService(DelegateExecution execution) {
    return Deadlines.dueBy(decisions.noticeServiceDueOn(cases.caseOf(execution)));
  }

  /** Past the service's due day the caseworker is reminded. */
  public Date noticeServiceOverdueAt(DelegateExecution execution) {
    return Deadlines.overdueAt(decisions.noticeServiceDueOn(cases.caseOf(execution)));
  }

  /** «Зарегистрировать жалобу» is due by the window's last day. */
  public Date appealWindowLastDay(DelegateExecution execution) {
    return Deadlines.dueBy(decisions.appealDueOn(cases.caseOf(execution)));
  }

  /** The window closes at the start of the day after its last: an appeal lodged on the last day is in time. */
  public Date appealWindowClosesAt(DelegateExecution execution) {
    return Deadlines.overdueAt(decisions.appealDueOn(cases.caseOf(execution)));
  }

  /** «Зарегистрировать обращение в суд» is due by the court-appeal period's last day. */
  public Date courtAppealLastDay(DelegateExecution execution) {
    return Deadlines.dueBy(decisions.courtAppealDueOn(cases.caseOf(execution)));
  }

  /** Without a court appeal by the start of the day after the period's last, the refusal is final. */
  public Date courtAppealPeriodEndsAt(DelegateExecution execution) {
    return Deadlines.overdueAt(decisions.courtAppealDueOn(cases.caseOf(execution)));
  }
}
