package kz.migration.refugee.shared;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * A user task whose form a person submits, bound in the model as its task listener on {@code complete} (and on
 * {@code create} where the step names the task after its person). What the form shows from the data bank is read
 * when the form is opened ({@link #show}, {@link FormViews}), not stored on the task. On completion the submitted
 * fields — only the form's own, {@link ClientCommandGuard} refuses any other — are read into the step's form record
 * and validated, the actor resolved, and the step called; {@link FieldErrors} from the step become the message
 * Tasklist shows on the form, and the engine rolls the whole step back. Four-eyes is declared on the task in the
 * model ({@link FourEyes}).
 *
 * @param <F> the form record, named after the task: {@code Task_X} → {@code XForm}
 */
public abstract class FormStep<F> implements TaskListener {

  private final Class<F> formType;
  private final FormInput input;

  protected FormStep(Class<F> formType, FormInput input) {
    this.formType = formType;
    this.input = input;
  }

  @Override
  public final void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> created(task);
      case EVENTNAME_COMPLETE -> {
        String formRef = formRef(task);
        F form = input.read(input.fieldsOf(task, formType), formType, formRef);
        try {
          complete(task, form, Actor.of(task));
        } catch (FieldErrors e) {
          throw input.reject(e, formRef);
        }
      }
      default -> throw new IllegalStateException(getClass().getSimpleName() + " is not bound to " + task.getEventName());
    }
  }

  /** The task's form as the model names it, whose labels name the fields in a rejection. */
  private static String formRef(DelegateTask task) {
    UserTask userTask = task.getBpmnModelElementInstance();
    return userTask == null ? null : userTask.getCamundaFormRef();
  }

  /** The form record this step reads. */
  public Class<F> formType() {
    return formType;
  }

  /** On creation: names the task after what it is about, where its list entry needs more than its model's name. */
  protected void created(DelegateTask task) {}

  /** When the form is opened: what it shows from the data bank, read now. */
  protected void show(DelegateTask task, FormView view) {}

  /** On completion, with the validated form and who submits it. */
  protected abstract void complete(DelegateTask task, F form, String actor);
}
