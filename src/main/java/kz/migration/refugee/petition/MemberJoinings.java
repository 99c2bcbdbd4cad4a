package kz.migration.refugee.petition;

import static kz.migration.refugee.petition.PetitionProcess.COVERED;
import static kz.migration.refugee.petition.PetitionProcess.DERIVED_STATUS;
import static kz.migration.refugee.petition.PetitionProcess.JOINER_ID;
import static kz.migration.refugee.petition.PetitionProcess.JOINER_PATH;
import static kz.migration.refugee.petition.PetitionProcess.JOINING_KEY;
import static kz.migration.refugee.petition.PetitionProcess.MESSAGE_MEMBER_JOINED;
import static kz.migration.refugee.petition.PetitionProcess.OWN_EXAMINATION;
import static kz.migration.refugee.petition.PetitionProcess.PARENT_ID;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.registry.CaseStatus;
import kz.migration.refugee.registry.DocumentType;
import kz.migration.refugee.registry.FamilyCases;
import kz.migration.refugee.registry.FamilyRole;
import kz.migration.refugee.registry.NewPerson;
import kz.migration.refugee.registry.Sex;
import kz.migration.refugee.shared.ConflictException;
import kz.migration.refugee.shared.EngineCalls;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.TaskListVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A spouse, child or other relative arriving after the family: joining through the duplicate review's merge, the
 * Tasklist action «Присоединение члена семьи к делу» or the domain API. Nobody is recognised by joining: each joiner
 * gets an asylum-seeker certificate and an examination path of their own ({@code bpmn/member-joining.bpmn}).
 * <ul>
 * <li>An examination of the case still before its assessment (the petition's, or another joiner's) covers them: the
 * assessment takes its persons from the register when it starts, and the decision covers every undecided member.
 * <li>Between the assessment and the decision (and while a refusal is served or appealed) nobody joins: the decision
 * then being prepared would have to cover a person nobody assessed. The joiner comes after the decision.
 * <li>A recognised family with no examination running: an adult is interviewed, assessed and decided on their own; a
 * child of a recognised parent receives the parent's status on a manager's confirmation.
 * </ul>
 */
@Service
@Transactional
public class MemberJoinings {

  /** Where an examination of the case stands before its assessment: a member joining now is covered by it. */
  static final Set<String> BEFORE_ASSESSMENT = Set.of(PetitionProcess.TASK_SCHEDULE_INTERVIEW,
      PetitionProcess.TASK_INTERVIEW_APPLICANT, PetitionProcess.TASK_HANDLE_ABANDONMENT,
      PetitionProcess.TASK_REQUEST_POLICE_CHECK, PetitionProcess.TASK_REQUEST_SECURITY_CHECK,
      PetitionProcess.GATEWAY_CHECKS_JOIN);

  private final FamilyCases familyCases;
  private final CaseSearch caseSearch;
  private final RuntimeService runtime;
  private final EngineCalls engine;
  private final Clock clock;

  MemberJoinings(FamilyCases familyCases, CaseSearch caseSearch, RuntimeService runtime, EngineCalls engine,
      Clock clock) {
    this.familyCases = familyCases;
    this.caseSearch = caseSearch;
    this.runtime = runtime;
    this.engine = engine;
    this.clock = clock;
  }

  /** The joiner's path, and whom it concerns (a child confirmed: the child and the recognised parent). */
  record Path(String path, Long joinerId, Long parentId) {}

  /**
   * Refuses, as a {@link ConflictException} in Russian, a case that cannot take a member now (see the class); on
   * success says whether an examination running covers the newcomers.
   */
  @Transactional(readOnly = true)
  boolean requireJoinable(CaseNumber number) {
    CaseStatus status = caseSearch.summary(number).status();
    if (status != CaseStatus.REGISTERED && status != CaseStatus.UNDER_REVIEW && status != CaseStatus.GRANTED) {
      throw new ConflictException("дело " + number + " не рассматривается и не признано: присоединить к нему "
          + "члена семьи нельзя");
    }
    List<String> running = engine.asApplication(() -> runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(number.value()).processDefinitionKeyIn(PetitionProcess.KEY, JOINING_KEY)
        .active().list().stream().map(p -> p.getId()).toList());
    if (running.isEmpty()) {
      if (status != CaseStatus.GRANTED) {
        throw new ConflictException("по делу " + number + " не идёт рассмотрение: присоединить члена семьи нельзя");
      }
      return false;
    }
    List<String> activities = new ArrayList<>();
    running.forEach(id -> activities.addAll(engine.asApplication(() -> runtime.getActiveActivityIds(id))));
    if (activities.stream().anyMatch(BEFORE_ASSESSMENT::contains)) {
      return true;
    }
    throw new ConflictException("по делу " + number + " уже готовится или обжалуется решение: член семьи "
        + "присоединяется после того, как оно будет принято");
  }

  /**
   * Before a merge at the duplicate review: whether an examination running covers the newcomers; refused as
   * {@link #requireJoinable} refuses. A case neither under examination nor recognised takes them as before, without
   * an examination (a closed case's members stay as they were).
   */
  @Transactional(readOnly = true)
  boolean coveredOnMerge(CaseNumber target) {
    CaseStatus status = caseSearch.summary(target).status();
    if (status != CaseStatus.REGISTERED && status != CaseStatus.UNDER_REVIEW && status != CaseStatus.GRANTED) {
      return false;
    }
    return requireJoinable(target);
  }

  /**
   * A person joins on a request (the form, the API): checked, on the register with an asylum-seeker certificate;
   * returns their path. Nothing is written when refused.
   */
  Path join(CaseNumber number, MemberJoiningRequest request) {
    boolean covered = requireJoinable(number);
    LocalDate today = LocalDate.now(clock);
    var joining = familyCases.join(number, new NewPerson(FamilyRole.valueOf(request.role()), request.surname(),
        request.givenName(), request.patronymic(), request.dateOfBirth(), Sex.valueOf(request.sex()),
        request.citizenship(), null, null,
        request.documentType() == null ? null : DocumentType.valueOf(request.documentType()),
        request.documentNumber()), request.parentId(), today);
    if (covered) {
      return new Path(COVERED, null, null);
    }
    if (!joining.adults().isEmpty()) {
      return new Path(OWN_EXAMINATION, joining.adults().get(0), null);
    }
    var child = joining.childToParent().entrySet().iterator().next();
    if (child.getValue() == null || !familyCases.isRecognisedMember(joining.caseId(), child.getValue())) {
      throw FieldErrors.of("parentId",
          "родитель не признан беженцем: статус ребёнка решается вместе со статусом родителя");
    }
    return new Path(DERIVED_STATUS, child.getKey(), child.getValue());
  }

  /** The domain API: the person joins, and their path starts; returns the path. */
  String joinAndExamine(CaseNumber number, MemberJoiningRequest request) {
    Path path = join(number, request);
    start(number, path);
    return path.path();
  }

  /**
   * A taken-in family was merged into an existing case (the duplicate review): those who joined a recognised family
   * with no examination running are examined, adults together in one examination (their children follow them in its
   * decision), a child who came alone confirmed on the status of the family's recognised parent.
   */
  void afterMerge(FamilyCases.Joining joining, boolean covered) {
    if (covered || joining.status() != CaseStatus.GRANTED) {
      return;
    }
    if (!joining.adults().isEmpty()) {
      start(joining.caseNumber(), new Path(OWN_EXAMINATION, null, null));
      return;
    }
    joining.childToParent().forEach((child, parent) -> {
      if (parent == null || !familyCases.isRecognisedMember(joining.caseId(), parent)) {
        throw new ConflictException("в деле " + joining.caseNumber() + " нет признанного родителя, чей статус "
            + "ребёнок мог бы получить: объединение невозможно");
      }
      start(joining.caseNumber(), new Path(DERIVED_STATUS, child, parent));
    });
  }

  private void start(CaseNumber number, Path path) {
    if (COVERED.equals(path.path())) {
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(JOINER_PATH.name(), path.path());
    variables.put(TaskListVariables.CASE_NUMBER.name(), number.value());
    if (path.parentId() != null) {
      variables.put(JOINER_ID.name(), path.joinerId());
      variables.put(PARENT_ID.name(), path.parentId());
    }
    engine.asApplication(() -> runtime.createMessageCorrelation(MESSAGE_MEMBER_JOINED)
        .processInstanceBusinessKey(number.value()).setVariables(variables).correlateStartMessage());
  }
}
