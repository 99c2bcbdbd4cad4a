package kz.migration.refugee.recheck;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import kz.migration.refugee.shared.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_HandleOverdueRecheck}: the manager records what was done about the late recheck. */
@Component
class HandleOverdueRecheckListener implements TaskListener {

  record OverdueMeasures(@NotBlank(message = "обязательное поле") @Size(min = 10, max = 4000, message = "от 10 символов")
      String overdueMeasures) {}

  private final FormInput form;

  HandleOverdueRecheckListener(FormInput form) {
    this.form = form;
  }

  @Override
  public void notify(DelegateTask task) {
    form.read(task.getVariables(), OverdueMeasures.class);
  }
}
