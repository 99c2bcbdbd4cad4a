package kz.migration.refugee.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The person who prepared a step may not decide on it. Declared on the user task in the model,
 * {@code <camunda:property name="fourEyes" value="assessment"/>}, naming a {@link Preparation} whose author the data
 * bank records; checked on assignment and on completion before the step's own listeners, whichever client acts.
 */
@Component
public class FourEyes extends AbstractProcessEnginePlugin {

  /** The extension property of a user task that names what it must not be decided by the author of. */
  public static final String PROPERTY = "fourEyes";

  /** What a four-eyes step decides on, by the name the model uses, and who prepared it according to the data bank. */
  public record Preparation(String name, Function<DelegateTask, Collection<String>> preparedBy) {

    /** Prepared by one person. */
    public static Preparation by(String name, Function<DelegateTask, String> author) {
      return new Preparation(name, task -> {
        String login = author.apply(task);
        return login == null ? List.of() : List.of(login);
      });
    }
  }

  private final ObjectProvider<Preparation> preparations;

  FourEyes(ObjectProvider<Preparation> preparations) {
    this.preparations = preparations;
  }

  public static void require(String actor, String preparedBy, String what) {
    if (actor != null && actor.equals(preparedBy)) {
      throw new BadUserRequestException(what + ": решение не может принимать " + preparedBy
          + " — тот же сотрудник, кто подготовил предыдущий этап (принцип «четырёх глаз»)");
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        String preparation = property(element);
        if (preparation == null) {
          return;
        }
        TaskListener check = task -> check(task, preparation);
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        // built in: first of the task's listeners, and kept when a caller asks to skip custom listeners
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, check);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, check);
      }
    });
  }

  /** The preparation a model names, so that a misspelt name fails where it is declared. */
  public Preparation preparation(String name) {
    return preparations.stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no four-eyes preparation named " + name));
  }

  private void check(DelegateTask task, String preparation) {
    String actor = TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee() : Actor.of(task);
    if (actor == null) {
      return;
    }
    for (String preparedBy : preparation(preparation).preparedBy().apply(task)) {
      require(actor, preparedBy, "«" + task.getName() + "»");
    }
  }

  static String property(Element task) {
    Element extensions = task.element("extensionElements");
    Element properties = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (properties == null) {
      return null;
    }
    for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
      if (PROPERTY.equals(property.attribute("name"))) {
        return property.attribute("value");
      }
    }
    return null;
  }
}
