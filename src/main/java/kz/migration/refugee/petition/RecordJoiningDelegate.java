package kz.migration.refugee.petition;

import static kz.migration.refugee.petition.PetitionProcess.JOINER_ID;
import static kz.migration.refugee.petition.PetitionProcess.JOINER_PATH;
import static kz.migration.refugee.petition.PetitionProcess.JOINING_FIELDS;
import static kz.migration.refugee.petition.PetitionProcess.PARENT_ID;

import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.shared.ConflictException;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.NotFoundException;
import kz.migration.refugee.shared.TaskListVariables;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordJoining}: the start form «Присоединение члена семьи к делу», checked again on the server, goes the
 * way of the domain API ({@link MemberJoinings}): the person is on the register with an asylum-seeker certificate,
 * and the gateway takes their path. A refusal (unknown case, a decision being prepared, a bad field) fails the start
 * and is shown on the form; nothing is written.
 */
@Component
class RecordJoiningDelegate implements JavaDelegate {

  private static final String FORM = "JoinFamilyMember";

  private final MemberJoinings joinings;
  private final FormInput form;

  RecordJoiningDelegate(MemberJoinings joinings, FormInput form) {
    this.joinings = joinings;
    this.form = form;
  }

  @Override
  public void execute(DelegateExecution execution) {
    JoinFamilyMemberForm request = form.read(execution.getVariables(), JoinFamilyMemberForm.class, FORM);
    CaseNumber number = new CaseNumber(request.caseNumber());
    MemberJoinings.Path path;
    try {
      path = joinings.join(number, request.request());
    } catch (FieldErrors e) {
      throw form.reject(e, FORM);
    } catch (ConflictException e) {
      throw new BadUserRequestException(e.getMessage());
    } catch (NotFoundException e) {
      throw form.reject(FieldErrors.of("caseNumber", "дело с таким номером не найдено"), FORM);
    }
    // the person's data live in the data bank; the process keeps the case number and the ids its path needs
    execution.setProcessBusinessKey(number.value());
    execution.removeVariables(JOINING_FIELDS);
    TaskListVariables.CASE_NUMBER.set(execution, number.value());
    JOINER_PATH.set(execution, path.path());
    if (path.parentId() != null) {
      JOINER_ID.set(execution, path.joinerId());
      PARENT_ID.set(execution, path.parentId());
    }
  }
}
