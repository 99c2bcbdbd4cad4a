package kz.migration.refugee.needs;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import kz.migration.refugee.shared.EngineCalls;
import kz.migration.refugee.shared.TransactionMemo;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.event.EventListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order of work a family's specific needs call for, by the {@code task-priority} decision table, evaluated through
 * the engine so that each evaluation is kept in its decision history. A case's answer is kept with it
 * ({@link RecordedWorkOrder}) and given again while the family's inputs and the deployed table are the same: every
 * task of a case asks, and the same evaluation need not be made (and recorded) for each.
 */
@Component
public class WorkOrder {

  public static final String DECISION_KEY = "task-priority";

  /**
   * @param priority    the priority the case's tasks get at least
   * @param accelerated whether the petition's decision period is the accelerated one
   */
  public record Priority(int priority, boolean accelerated) {}

  /** The table's inputs, as the family's needs on the register give them. */
  record Inputs(boolean childAlone, boolean tortureOrMedical, boolean otherNeed) {

    private static final Set<SpecificNeed> CHILD_ALONE =
        Set.of(SpecificNeed.UNACCOMPANIED_CHILD, SpecificNeed.SEPARATED_CHILD);
    private static final Set<SpecificNeed> TORTURE_OR_MEDICAL =
        Set.of(SpecificNeed.SURVIVOR_OF_TORTURE_OR_VIOLENCE, SpecificNeed.SERIOUS_MEDICAL_CONDITION);

    static Inputs of(Set<SpecificNeed> family) {
      return new Inputs(family.stream().anyMatch(CHILD_ALONE::contains),
          family.stream().anyMatch(TORTURE_OR_MEDICAL::contains),
          family.stream().anyMatch(n -> !CHILD_ALONE.contains(n) && !TORTURE_OR_MEDICAL.contains(n)));
    }

    Map<String, Object> variables() {
      return Variables.createVariables().putValue("childAlone", childAlone)
          .putValue("tortureOrMedical", tortureOrMedical).putValue("otherNeed", otherNeed);
    }
  }

  private final SpecificNeeds needs;
  private final DecisionService decisions;
  private final EngineCalls engine;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final RecordedWorkOrderRepository recorded;
  private final Clock clock;
  /**
   * The answers given within one transaction, by case and the family's inputs as read: a registration creates several
   * tasks, and the petition asks for its period too.
   */
  private final TransactionMemo<Asked, Priority> answered = new TransactionMemo<>();

  private record Asked(long caseId, Inputs inputs) {}

  WorkOrder(SpecificNeeds needs, DecisionService decisions, EngineCalls engine, TaskService tasks,
      RepositoryService repository, RecordedWorkOrderRepository recorded, Clock clock) {
    this.tasks = tasks;
    this.repository = repository;
    this.recorded = recorded;
    this.clock = clock;
    this.needs = needs;
    this.decisions = decisions;
    this.engine = engine;
  }

  /**
   * Needs changed at a later step: the case's open tasks rise to what the table now says. None is lowered: a task keeps
   * what its model, or the needs when it was created, gave it.
   */
  @EventListener
  void needsChanged(SpecificNeeds.Changed changed) {
    int needed = of(changed.caseId()).priority();
    engine.asApplication(() -> tasks.createTaskQuery().processInstanceBusinessKey(changed.caseNumber().value())
        .list().stream().filter(t -> t.getPriority() < needed).forEach(t -> tasks.setPriority(t.getId(), needed)));
  }

  @Transactional
  public Priority of(long caseId) {
    Inputs inputs = Inputs.of(needs.ofFamily(caseId));
    return answered.get(new Asked(caseId, inputs), asked -> answer(caseId, inputs));
  }

  private Priority answer(long caseId, Inputs inputs) {
    // as the application: the table is the product's rule, not a caseworker's call (who holds no decision rights)
    String table = engine.asApplication(() -> repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(DECISION_KEY).latestVersion().singleResult().getId());
    RecordedWorkOrder order = recorded.findById(caseId).orElseGet(() -> new RecordedWorkOrder(caseId));
    if (order.answers(inputs, table)) {
      return order.answer();
    }
    Map<String, Object> result = engine.asApplication(
        () -> decisions.evaluateDecisionTableById(table, inputs.variables()).getSingleResult().getEntryMap());
    Priority answer = new Priority(((Number) result.get("priority")).intValue(),
        Boolean.TRUE.equals(result.get("accelerated")));
    order.evaluated(inputs, table, answer, Instant.now(clock));
    recorded.save(order);
    return answer;
  }
}
