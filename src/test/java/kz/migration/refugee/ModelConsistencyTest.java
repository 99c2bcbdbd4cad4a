package kz.migration.refugee;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import kz.migration.refugee.petition.PetitionProcess;
import kz.migration.refugee.recheck.RecheckProcess;
import kz.migration.refugee.recheck.StatusEndProcess;
import kz.migration.refugee.repatriation.VoluntaryReturnProcess;
import kz.migration.refugee.schooling.SchoolReferralProcess;
import kz.migration.refugee.shared.FormStep;
import kz.migration.refugee.shared.FourEyes;
import kz.migration.refugee.shared.ProcessForms;
import kz.migration.refugee.shared.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.springframework.util.ClassUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every reference from the models resolves: delegate expressions and beans named in expressions to
 * Spring beans, formRef to a form in forms/, decisionRef to a DMN decision, calledElement to a process.
 * A renamed bean or form fails the build, not a caseworker's day. Also Camunda's naming conventions.
 */
@ApplicationTest
class ModelConsistencyTest {

  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final Pattern BEAN = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");
  private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "decisionResult", "authenticatedUserId");
  private static final Pattern CONVENTIONAL_ID = Pattern.compile(
      "(Task|Gateway|StartEvent|EndEvent|Event|Timer|SubProcess|Flow|BoundaryEvent|Message|Error)_[A-Z][A-Za-z]+");

  private static final List<Class<?>> DESCRIPTORS =
      List.of(PetitionProcess.class, RecheckProcess.class, StatusEndProcess.class, VoluntaryReturnProcess.class,
          SchoolReferralProcess.class);

  @Autowired ApplicationContext context;
  @Autowired ProcessForms forms;
  @Autowired FourEyes fourEyesSteps;

  @Test
  void everyReferenceInTheModelsResolves() throws Exception {
    Set<String> forms = formIds();
    Set<String> decisions = ids("dmn", "decision");
    Set<String> processes = ids("bpmn", "process");
    List<String> broken = new ArrayList<>();
    for (Path model : files("bpmn", ".bpmn")) {
      Document doc = parse(model);
      walk(doc.getDocumentElement(), element -> {
        String where = model.getFileName() + "#" + idOf(element);
        check(element.getAttributeNS(CAMUNDA, "delegateExpression"), where, broken);
        check(element.getAttributeNS(CAMUNDA, "expression"), where, broken);
        check(element.getAttributeNS(CAMUNDA, "dueDate"), where, broken);
        if ("failedJobRetryTimeCycle".equals(element.getLocalName()) || "conditionExpression".equals(element.getLocalName())
            || "timeDate".equals(element.getLocalName()) || "outputParameter".equals(element.getLocalName())) {
          check(element.getTextContent(), where, broken);
        }
        String formRef = element.getAttributeNS(CAMUNDA, "formRef");
        if (!formRef.isEmpty() && !forms.contains(formRef)) {
          broken.add(where + ": form " + formRef + " not in forms/");
        }
        String formKey = element.getAttributeNS(CAMUNDA, "formKey");
        if (formKey.startsWith("embedded:deployment:") && !Files.exists(Path.of(formKey.substring("embedded:deployment:".length())))) {
          broken.add(where + ": embedded form " + formKey + " not found");
        }
        String decisionRef = element.getAttributeNS(CAMUNDA, "decisionRef");
        if (!decisionRef.isEmpty() && !decisions.contains(decisionRef)) {
          broken.add(where + ": decision " + decisionRef + " not in bpmn/*.dmn");
        }
        String called = element.getAttribute("calledElement");
        if (!called.isEmpty() && !processes.contains(called)) {
          broken.add(where + ": called process " + called + " not in bpmn/");
        }
      });
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void everyModelCarriesVersionTagHistoryTimeToLiveAndConventionalIds() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Path model : Stream.concat(files("bpmn", ".bpmn").stream(), files("bpmn", ".dmn").stream()).toList()) {
      Document doc = parse(model);
      walk(doc.getDocumentElement(), element -> {
        String name = element.getLocalName();
        if ("process".equals(name) || "decision".equals(name)) {
          if (element.getAttributeNS(CAMUNDA.replace("bpmn", model.toString().endsWith(".dmn") ? "dmn" : "bpmn"),
              "historyTimeToLive").isEmpty()) {
            problems.add(model.getFileName() + ": " + idOf(element) + " has no historyTimeToLive");
          }
          if (element.getAttributeNS(CAMUNDA.replace("bpmn", model.toString().endsWith(".dmn") ? "dmn" : "bpmn"),
              "versionTag").isEmpty()) {
            problems.add(model.getFileName() + ": " + idOf(element) + " has no versionTag");
          }
        }
        boolean bpmnElement = "http://www.omg.org/spec/BPMN/20100524/MODEL".equals(element.getNamespaceURI());
        if (bpmnElement && !element.getAttribute("id").isEmpty() && !"process".equals(name)
            && !"definitions".equals(name) && !CONVENTIONAL_ID.matcher(element.getAttribute("id")).matches()) {
          problems.add(model.getFileName() + ": id " + element.getAttribute("id") + " does not follow the convention");
        }
      });
    }
    assertThat(files("bpmn", ".bpmn")).isNotEmpty();
    assertThat(problems).isEmpty();
  }

  /**
   * A step's id names its code: {@code Task_X} is carried out by the bean {@code xDelegate} (class {@code XDelegate})
   * or {@code xListener} (class {@code XListener}); a user task's form is {@code forms/X.form}, read into the record
   * {@code XForm}, whose fields are the form's; a flow's listener is named after the task it leaves. Every step bean
   * is used by a model, and every four-eyes declaration names a known preparation.
   */
  @Test
  void everyStepIsNamedAfterItsTaskAndItsFormAfterTheStep() throws Exception {
    List<String> misnamed = new ArrayList<>();
    Set<String> used = new TreeSet<>();
    for (Path file : files("bpmn", ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (Task task : model.getModelElementsByType(Task.class)) {
        String id = task.getId();
        String where = file.getFileName() + "#" + id;
        if (task instanceof ServiceTask service && service.getCamundaDelegateExpression() != null) {
          expectBean(where, service.getCamundaDelegateExpression(), StepBeans.delegateOf(id), misnamed, used);
        }
        for (CamundaTaskListener listener : extensions(task, CamundaTaskListener.class)) {
          expectBean(where, listener.getCamundaDelegateExpression(), StepBeans.listenerOf(id), misnamed, used);
        }
        for (CamundaExecutionListener listener : extensions(task, CamundaExecutionListener.class)) {
          expectBean(where, listener.getCamundaDelegateExpression(), StepBeans.listenerOf(id), misnamed, used);
        }
        if (task instanceof UserTask user) {
          String step = id.substring("Task_".length());
          // a Camunda Form named after the step, or (a list of persons) the embedded form of that name
          if (!step.equals(user.getCamundaFormRef())
              && !("embedded:deployment:forms/" + step + ".html").equals(user.getCamundaFormKey())) {
            misnamed.add(where + ": form " + user.getCamundaFormRef() + ", expected " + step);
          }
          Object bean = context.containsBean(StepBeans.listenerOf(id)) ? context.getBean(StepBeans.listenerOf(id)) : null;
          if (!(bean instanceof FormStep<?> formStep)) {
            misnamed.add(where + ": no form step " + StepBeans.listenerOf(id));
          } else {
            checkFormRecord(where, step, formStep.formType(), forms.taskFields(processOf(task), id), misnamed);
            // bound on create exactly where the step names its task: what a form shows is read when it is opened
            boolean onCreate = extensions(task, CamundaTaskListener.class).stream()
                .anyMatch(l -> TaskListener.EVENTNAME_CREATE.equals(l.getCamundaEvent()));
            if (onCreate != namesItsTask(formStep)) {
              misnamed.add(where + (onCreate ? ": bound on create, but its step does nothing then"
                  : ": its step names the task on create, but is not bound on create"));
            }
          }
          String fourEyes = extensions(task, CamundaProperty.class).stream()
              .filter(p -> FourEyes.PROPERTY.equals(p.getCamundaName())).map(CamundaProperty::getCamundaValue)
              .findFirst().orElse(null);
          if (fourEyes != null) {
            try {
              fourEyesSteps.preparation(fourEyes);
            } catch (IllegalStateException e) {
              misnamed.add(where + ": " + e.getMessage());
            }
          }
        }
      }
      for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
        for (CamundaExecutionListener listener : extensions(flow, CamundaExecutionListener.class)) {
          expectBean(file.getFileName() + "#" + flow.getId(), listener.getCamundaDelegateExpression(),
              StepBeans.listenerOf(flow.getSource().getId()), misnamed, used);
        }
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        String form = start.getCamundaFormRef();
        if (form != null && formRecord(form) == null) {
          misnamed.add(file.getFileName() + "#" + start.getId() + ": no record " + form + "Form for its start form");
        } else if (form != null) {
          checkFormRecord(file.getFileName() + "#" + start.getId(), form, formRecord(form),
              forms.startFields(processOf(start)), misnamed);
        }
      }
    }
    for (String name : context.getBeanNamesForType(Object.class)) {
      Class<?> type = context.getType(name);
      boolean step = type != null && (JavaDelegate.class.isAssignableFrom(type) || TaskListener.class.isAssignableFrom(type)
          || ExecutionListener.class.isAssignableFrom(type)) && type.getName().startsWith("kz.migration.refugee.");
      if (step && !used.contains(name)) {
        misnamed.add("bean " + name + " carries out no step of the models");
      }
    }
    assertThat(misnamed).isEmpty();
    assertThat(used).hasSizeGreaterThan(30);
  }

  private void expectBean(String where, String expression, String expected, List<String> misnamed, Set<String> used) {
    if (!("${" + expected + "}").equals(expression)) {
      misnamed.add(where + ": " + expression + ", expected ${" + expected + "}");
      return;
    }
    used.add(expected);
    Class<?> type = ClassUtils.getUserClass(context.getType(expected));
    String expectedClass = Character.toUpperCase(expected.charAt(0)) + expected.substring(1);
    if (!type.getSimpleName().equals(expectedClass)) {
      misnamed.add(where + ": bean " + expected + " is a " + type.getSimpleName() + ", expected " + expectedClass);
    }
  }

  /** The record is named after the form, and reads only fields the form has. */
  private static void checkFormRecord(String where, String form, Class<?> record, Set<String> fields, List<String> misnamed) {
    if (!record.getSimpleName().equals(form + "Form")) {
      misnamed.add(where + ": form record " + record.getSimpleName() + ", expected " + form + "Form");
    }
    for (RecordComponent component : record.getRecordComponents()) {
      if (!fields.contains(component.getName())) {
        misnamed.add(where + ": " + record.getSimpleName() + "." + component.getName() + " is not a field of the form");
      }
    }
  }

  private static Class<?> formRecord(String form) {
    for (String feature : List.of("petition", "review", "decision", "recheck", "repatriation")) {
      try {
        return Class.forName("kz.migration.refugee." + feature + "." + form + "Form");
      } catch (ClassNotFoundException e) {
        // not in this feature
      }
    }
    return null;
  }

  private static String processOf(ModelElementInstance element) {
    ModelElementInstance parent = element.getParentElement();
    while (!(parent instanceof org.camunda.bpm.model.bpmn.instance.Process)) {
      parent = parent.getParentElement();
    }
    return ((org.camunda.bpm.model.bpmn.instance.Process) parent).getId();
  }

  /** Whether the step overrides {@link FormStep#created}, in its own class or one between it and FormStep. */
  private static boolean namesItsTask(FormStep<?> step) {
    for (Class<?> type = ClassUtils.getUserClass(step); type != FormStep.class; type = type.getSuperclass()) {
      if (Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.getName().equals("created")
          && m.getParameterCount() == 1 && m.getParameterTypes()[0] == DelegateTask.class)) {
        return true;
      }
    }
    return false;
  }

  private static <T extends ModelElementInstance> List<T> extensions(BaseElement element, Class<T> type) {
    ExtensionElements extensions = element.getExtensionElements();
    if (extensions == null) {
      return List.of();
    }
    List<T> found = new ArrayList<>(extensions.getElementsQuery().filterByType(type).list());
    extensions.getElementsQuery().filterByType(CamundaProperties.class).list()
        .forEach(p -> p.getCamundaProperties().stream().filter(type::isInstance).map(type::cast).forEach(found::add));
    return found;
  }

  /**
   * Tasklist shows, sorts and filters by a task's due date, and shows its documentation as the task's description:
   * every user task has both, the due date from a bean (configuration or the data bank), never a literal.
   */
  @Test
  void everyUserTaskHasADueDateFromABeanAndADescription() throws Exception {
    List<String> missing = new ArrayList<>();
    for (Path file : files("bpmn", ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String where = file.getFileName() + "#" + task.getId();
        String due = task.getCamundaDueDate();
        Matcher bean = BEAN.matcher(due == null ? "" : due);
        if (!bean.find() || !context.containsBean(bean.group(1))) {
          missing.add(where + ": due date " + due + " is not a bean's");
        }
        boolean described = task.getDocumentations().stream()
            .anyMatch(d -> d.getTextContent() != null && d.getTextContent().strip().length() > 40);
        if (!described) {
          missing.add(where + ": no description (bpmn:documentation)");
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyModelHasDiagramLayoutForModelerAndCockpit() throws Exception {
    for (Path model : files("bpmn", ".bpmn")) {
      Document doc = parse(model);
      Set<String> drawn = new TreeSet<>();
      walk(doc.getDocumentElement(), e -> {
        if ("BPMNShape".equals(e.getLocalName()) || "BPMNEdge".equals(e.getLocalName())) {
          drawn.add(e.getAttribute("bpmnElement"));
        }
      });
      Set<String> undrawn = new TreeSet<>();
      walk(doc.getDocumentElement(), e -> {
        String parent = e.getParentNode() == null ? null : e.getParentNode().getLocalName();
        boolean flowElement = ("process".equals(parent) || "subProcess".equals(parent))
            && !Set.of("extensionElements", "laneSet").contains(e.getLocalName());
        if (flowElement && !e.getAttribute("id").isEmpty() && !drawn.contains(e.getAttribute("id"))) {
          undrawn.add(e.getAttribute("id"));
        }
      });
      assertThat(undrawn).as("elements of %s without diagram layout", model.getFileName()).isEmpty();
    }
  }

  /** Every name an expression starts from is the engine's, a process variable, or a Spring bean. */
  private void check(String expression, String where, List<String> broken) {
    if (expression == null) {
      return;
    }
    Matcher m = BEAN.matcher(expression);
    while (m.find()) {
      String name = m.group(1);
      if (!ENGINE_NAMES.contains(name) && !isProcessVariable(name) && !context.containsBean(name)) {
        broken.add(where + ": no bean named " + name);
      }
    }
  }

  /** Variables the processes' descriptors declare, read by gateways and timers. */
  private static boolean isProcessVariable(String name) {
    return DESCRIPTORS.stream().flatMap(d -> Arrays.stream(d.getFields()))
        .filter(f -> f.getType() == ProcessVariable.class)
        .anyMatch(f -> name.equals(variable(f).name()));
  }

  private static ProcessVariable<?> variable(Field field) {
    try {
      return (ProcessVariable<?>) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> formIds() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> ids = new TreeSet<>();
    for (Path form : files("forms", ".form")) {
      String id = json.readTree(form.toFile()).path("id").asText();
      assertThat(form.getFileName().toString()).as("form file named after its id").isEqualTo(id + ".form");
      ids.add(id);
    }
    return ids;
  }

  private static Set<String> ids(String extension, String elementName) throws Exception {
    Set<String> ids = new TreeSet<>();
    for (Path file : files("bpmn", "." + extension)) {
      walk(parse(file).getDocumentElement(), e -> {
        if (elementName.equals(e.getLocalName())) {
          ids.add(e.getAttribute("id"));
        }
      });
    }
    return ids;
  }

  private static List<Path> files(String folder, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(Path.of(folder))) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static Document parse(Path file) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static String idOf(Element e) {
    return e.getAttribute("id").isEmpty() ? e.getLocalName() : e.getAttribute("id");
  }

  private static void walk(Element element, java.util.function.Consumer<Element> visitor) {
    visitor.accept(element);
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        walk(e, visitor);
      }
    }
  }
}
