package kz.migration.refugee.petition;

import static kz.migration.refugee.petition.PetitionProcess.CASE_ID;
import static kz.migration.refugee.petition.PetitionProcess.DUPLICATE_MATCHES;

import java.time.format.DateTimeFormatter;
import kz.migration.refugee.registry.CaseStatus;
import kz.migration.refugee.registry.DuplicateMatch;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import kz.migration.refugee.shared.FormView;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ResolveDuplicate}: the form shows the matches found at intake, from the data bank when it is opened
 * (JSON rows for the form's table); on complete, checks and records the caseworker's choice and reason.
 */
@Component
class ResolveDuplicateListener extends FormStep<ResolveDuplicateForm> {

  private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final PetitionService petitions;

  ResolveDuplicateListener(PetitionService petitions, FormInput form) {
    super(ResolveDuplicateForm.class, form);
    this.petitions = petitions;
  }

  @Override
  protected void show(DelegateTask task, FormView view) {
    view.json(DUPLICATE_MATCHES, () -> rows(CASE_ID.require(task)));
  }

  @Override
  protected void complete(DelegateTask task, ResolveDuplicateForm form, String actor) {
    petitions.resolveDuplicate(CASE_ID.require(task), form.duplicateResolution(), form.mergeCaseNumber(),
        form.duplicateReason());
  }

  /** One row per match, in the columns of the form's table. */
  private SpinJsonNode rows(long caseId) {
    SpinJsonNode rows = Spin.JSON("[]");
    for (DuplicateMatch m : petitions.duplicates(caseId)) {
      SpinJsonNode row = Spin.JSON("{}");
      row.prop("newcomer", m.newcomer());
      row.prop("person", m.personName());
      row.prop("born", BIRTH.format(m.dateOfBirth()));
      row.prop("citizenship", m.citizenship());
      row.prop("caseNumber", m.caseNumber() == null ? "не зарегистрировано" : m.caseNumber());
      row.prop("caseStatus", label(m.caseStatus()));
      row.prop("reason", m.reason() == DuplicateMatch.Reason.SAME_DOCUMENT
          ? "тот же документ" : "то же ФИО, дата рождения и гражданство");
      rows.append(row);
    }
    return rows;
  }

  private static String label(CaseStatus status) {
    return switch (status) {
      case INTAKE -> "принято, проверка дубликатов";
      case MERGED -> "объединено с другим делом";
      case REGISTERED -> "зарегистрировано";
      case UNDER_REVIEW -> "на рассмотрении";
      case GRANTED -> "статус беженца предоставлен";
      case REFUSED -> "отказано";
      case APPEAL -> "обжалуется";
      case CLOSED -> "закрыто";
      case DEREGISTERED -> "снято с учёта";
    };
  }
}
