package kz.migration.refugee.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

/**
 * History level {@code full} without personal data: the engine keeps every step, user and time, but not the values
 * of the variables that carry names, accounts, reasons or addresses. Those live in the data bank (which records who
 * read them); in engine history they would be readable in bulk and kept until cleanup. Same id and name as Camunda's
 * {@code full}, so an existing database keeps its level.
 */
@Component
class PersonalDataOutOfHistory extends AbstractProcessEnginePlugin {

  /** Variables whose values never reach engine history (intake, accounts, reasons, family lists, the family's name shown in Tasklist). */
  static final Set<String> PERSONAL = Set.of(
      "members", "address", "arrivalDate", "interpreter", "representative", "lateFilingReason",
      "interviewSummary", "interviewInterpreter", "assessmentFacts", "exclusionDetails", "decisionReasons",
      "appealReasons", "duplicateMatches", "duplicateReason", "extensionReason", "contact", "circumstances",
      "newbornGivenName", "newbornSurname", "newbornDateOfBirth", "deceasedMembers", "leftCountryMembers",
      "statusEndReasons", "confirmationReasons", "statusEndAppealReasons", "overdueMeasures", "withdrawalReason",
      "withdrawalNote", "noticeServiceNote", "appealGrounds", "dependantsNote", "dependantOptions",
      "appointmentPlace", "abandonmentNote", "personDecisions", "decisionSheet", "assessedPerson",
      "returningMembers", "requestReference", "familyOptions", "familyMembers", "statusEndProposal",
      // a member joining later: the start form's person, the derived status confirmed
      "surname", "givenName", "patronymic", "dateOfBirth", "documentNumber", "kinshipEvidence", "derivedStatusSummary",
      // an appeal after the window, and the manager's reasons on its lateness
      "lateAppealGrounds", "lateAppealReasons",
      // a child's referral to school: the child as the forms show them, the reasons given
      "schoolChild", "notNeededReason", "refusalReason",
      TaskListVariables.FAMILY_NAME.name(),
      // the case file the examining and deciding forms show (read when a form is opened; tasks created before held it)
      "familySummary", "interviewAccount", "agencyReplies", "assessmentRecord", "rulesRecommendation",
      "appealedDecision", "appealRecord", "appointments",
      // an asylum-seeker certificate's persons, on its reissue and fingerprinting forms
      "certificateSummary", "fingerprintPersons");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomHistoryLevels());
    // the engine takes the last level of the configured name: this one replaces the built-in "full"
    levels.add(new Level());
    configuration.setCustomHistoryLevels(levels);
  }

  static final class Level extends HistoryLevelFull {
    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      if (entity instanceof VariableInstance variable && PERSONAL.contains(variable.getName())) {
        return false;
      }
      return super.isHistoryEventProduced(eventType, entity);
    }
  }
}
