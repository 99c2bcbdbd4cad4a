package kz.migration.refugee.audit;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.shared.NotFoundException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The auditors' view of decisions: across cases from the data bank (a read model over the decision,
 * case and petition tables), and per case as a timeline from the engine's history (history level full)
 * joined with the data bank's decisions.
 */
@Service
@Transactional(readOnly = true)
public class DecisionHistory {

  /** One decision with what auditors filter on. */
  public record DecisionRecord(String caseNumber, String outcome, String legalGround, String reasons, String decidedBy,
      Instant decidedAt, String recommendation, String recommendationRule, String recommendationInputs,
      String rulesVersion, LocalDate decisionDueOn, boolean deadlineExtended, boolean deadlineMissed) {}

  /** Filters of {@code GET /api/audit/decisions}; null means any. Periods include both ends. */
  public record Filter(LocalDate from, LocalDate to, String decidedBy, String outcome, String legalGround,
      Boolean deadlineMissed) {}

  /** One step of a case: who, when, which task, what was submitted or evaluated. */
  public record Step(Instant at, Instant endedAt, String kind, String activityId, String name, String user,
      Map<String, Object> data) {}

  public record Timeline(String caseNumber, List<Step> steps, List<DecisionRecord> decisions) {}

  // Fixed text; the filters are bound parameters with explicit types (a typed null works on PostgreSQL).
  static final String DECISIONS = """
      select c.case_number, d.outcome, d.legal_ground, d.reasons, d.decided_by, d.decided_at, d.recommendation,
             d.recommendation_rule, d.recommendation_inputs, d.rules_version,
             p.decision_due_on, coalesce(p.deadline_extended, false) as deadline_extended,
             coalesce(p.deadline_missed, false) as deadline_missed
        from decision d
        join family_case c on c.id = d.case_id
        left join petition p on p.case_id = d.case_id
       where (cast(:fromTime as timestamp with time zone) is null or d.decided_at >= :fromTime)
         and (cast(:toTime as timestamp with time zone) is null or d.decided_at < :toTime)
         and (cast(:decidedBy as varchar(64)) is null or d.decided_by = :decidedBy)
         and (cast(:outcome as varchar(16)) is null or d.outcome = :outcome)
         and (cast(:legalGround as varchar(64)) is null or d.legal_ground = :legalGround)
         and (cast(:deadlineMissed as boolean) is null or coalesce(p.deadline_missed, false) = :deadlineMissed)
         and (cast(:caseNumber as varchar(20)) is null or c.case_number = :caseNumber)
       order by d.decided_at, d.id
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final HistoryService history;

  DecisionHistory(NamedParameterJdbcTemplate jdbc, HistoryService history) {
    this.jdbc = jdbc;
    this.history = history;
  }

  public List<DecisionRecord> decisions(Filter filter) {
    return query(filter, null);
  }

  /** Not found for a case without a process (one imported closed): a reader's answer, leaving its caller's read intact. */
  @Transactional(readOnly = true, noRollbackFor = NotFoundException.class)
  public Timeline timeline(String caseNumber) {
    List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).list();
    if (instances.isEmpty()) {
      throw new NotFoundException("case", caseNumber);
    }
    List<Step> steps = new ArrayList<>();
    for (HistoricProcessInstance instance : instances) {
      for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
          .processInstanceId(instance.getId()).list()) {
        if (activity.getActivityType().endsWith("Gateway") || "subProcess".equals(activity.getActivityType())) {
          continue;
        }
        steps.add(new Step(activity.getStartTime().toInstant(), activity.getEndTime() == null ? null
            : activity.getEndTime().toInstant(), activity.getActivityType(), activity.getActivityId(),
            activity.getActivityName(), activity.getAssignee(), submitted(activity)));
      }
      for (HistoricDecisionInstance evaluation : history.createHistoricDecisionInstanceQuery()
          .processInstanceId(instance.getId()).includeInputs().includeOutputs().list()) {
        Map<String, Object> data = new LinkedHashMap<>();
        evaluation.getInputs().forEach(i -> data.put("input." + i.getClauseName(), i.getValue()));
        evaluation.getOutputs().forEach(o -> data.put("output." + o.getVariableName(), o.getValue()));
        evaluation.getOutputs().stream().map(o -> o.getRuleId()).distinct().forEach(rule -> data.put("rule", rule));
        data.put("decisionDefinition", evaluation.getDecisionDefinitionKey() + ":" + evaluation.getDecisionDefinitionId());
        steps.add(new Step(evaluation.getEvaluationTime().toInstant(), null, "dmnEvaluation",
            evaluation.getActivityId(), evaluation.getDecisionDefinitionName(), evaluation.getUserId(), data));
      }
    }
    steps.sort(Comparator.comparing(Step::at));
    return new Timeline(caseNumber, steps, query(new Filter(null, null, null, null, null, null), caseNumber));
  }

  /** What a person submitted when completing a user task (the form's variables). */
  private Map<String, Object> submitted(HistoricActivityInstance activity) {
    if (activity.getTaskId() == null) {
      return Map.of();
    }
    Map<String, Object> data = new LinkedHashMap<>();
    for (HistoricDetail detail : history.createHistoricDetailQuery().taskId(activity.getTaskId())
        .variableUpdates().disableBinaryFetching().list()) {
      if (detail instanceof HistoricVariableUpdate update) {
        data.put(update.getVariableName(), update.getValue());
      }
    }
    if (data.isEmpty()) {
      // completion variables are recorded on the execution, at the activity instance
      for (HistoricDetail detail : history.createHistoricDetailQuery().activityInstanceId(activity.getId())
          .variableUpdates().disableBinaryFetching().list()) {
        if (detail instanceof HistoricVariableUpdate update) {
          data.put(update.getVariableName(), update.getValue());
        }
      }
    }
    return data;
  }

  private static OffsetDateTime startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime();
  }

  private List<DecisionRecord> query(Filter filter, String caseNumber) {
    var parameters = new MapSqlParameterSource()
        .addValue("fromTime", startOf(filter.from()), Types.TIMESTAMP_WITH_TIMEZONE)
        .addValue("toTime", filter.to() == null ? null : startOf(filter.to().plusDays(1)), Types.TIMESTAMP_WITH_TIMEZONE)
        .addValue("decidedBy", filter.decidedBy(), Types.VARCHAR)
        .addValue("outcome", filter.outcome() == null ? null : filter.outcome().toUpperCase(), Types.VARCHAR)
        .addValue("legalGround", filter.legalGround(), Types.VARCHAR)
        .addValue("deadlineMissed", filter.deadlineMissed(), Types.BOOLEAN)
        .addValue("caseNumber", caseNumber, Types.VARCHAR);
    return jdbc.query(DECISIONS, parameters, (rs, n) -> new DecisionRecord(rs.getString("case_number"),
        rs.getString("outcome"), rs.getString("legal_ground"), rs.getString("reasons"), rs.getString("decided_by"),
        rs.getTimestamp("decided_at").toInstant(), rs.getString("recommendation"), rs.getString("recommendation_rule"),
        rs.getString("recommendation_inputs"), rs.getString("rules_version"),
        rs.getDate("decision_due_on") == null ? null : rs.getDate("decision_due_on").toLocalDate(),
        rs.getBoolean("deadline_extended"), rs.getBoolean("deadline_missed")));
  }
}
