package kz.migration.refugee.needs;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The task-priority table's answer for a case, with the inputs and the deployed table it answered: still the answer
 * while both are the same, so that creating a task does not evaluate (and record) the same evaluation again.
 */
@Entity
@Table(name = "work_order")
class RecordedWorkOrder {

  @Id
  private Long caseId;
  private boolean childAlone;
  private boolean tortureOrMedical;
  private boolean otherNeed;
  private String decisionDefinitionId;
  private int priority;
  private boolean accelerated;
  private Instant evaluatedAt;
  /** Null until stored: tells Spring Data the row is new, and two evaluations of one case do not both win. */
  @Version
  private Integer version;

  protected RecordedWorkOrder() {}

  RecordedWorkOrder(long caseId) {
    this.caseId = caseId;
  }

  /** Whether this answer was given for these inputs by this deployed table. */
  boolean answers(WorkOrder.Inputs inputs, String table) {
    return version != null && table.equals(decisionDefinitionId) && childAlone == inputs.childAlone()
        && tortureOrMedical == inputs.tortureOrMedical() && otherNeed == inputs.otherNeed();
  }

  void evaluated(WorkOrder.Inputs inputs, String table, WorkOrder.Priority answer, Instant at) {
    this.childAlone = inputs.childAlone();
    this.tortureOrMedical = inputs.tortureOrMedical();
    this.otherNeed = inputs.otherNeed();
    this.decisionDefinitionId = table;
    this.priority = answer.priority();
    this.accelerated = answer.accelerated();
    this.evaluatedAt = at;
  }

  WorkOrder.Priority answer() {
    return new WorkOrder.Priority(priority, accelerated);
  }
}
