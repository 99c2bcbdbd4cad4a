package kz.migration.refugee.shared;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The fields each form step may submit, read once from the models in {@code bpmn/} and the deployed forms. A form step accepts these names and nothing else:
 * every other process variable is the process's own, written only by its delegates and listeners.
 */
@Component
public class ProcessForms {

  private static final Pattern EMBEDDED_VARIABLE = Pattern.compile(
      "cam-variable-name=\"([A-Za-z_][A-Za-z0-9_]*)\"|createVariable\\(\\{\\s*name:\\s*'([A-Za-z_][A-Za-z0-9_]*)'");

  private final Map<String, Set<String>> startFields = new HashMap<>();
  private final Map<String, Set<String>> taskFields = new HashMap<>();

  ProcessForms(DeployedForms deployed) {
    Map<String, Set<String>> forms = new HashMap<>();
    deployed.camundaForms().forEach((id, schema) -> {
      Set<String> keys = new LinkedHashSet<>();
      collectKeys(schema, keys);
      forms.put(id, keys);
    });
    deployed.embeddedForms().forEach((path, html) -> {
      Matcher m = EMBEDDED_VARIABLE.matcher(html);
      Set<String> keys = new LinkedHashSet<>();
      while (m.find()) {
        keys.add(m.group(1) != null ? m.group(1) : m.group(2));
      }
      forms.put(path, keys);
    });
    try {
      for (Resource model : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn")) {
        try (InputStream in = model.getInputStream()) {
          read(Bpmn.readModelFromStream(in), forms);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("models could not be read", e);
    }
  }

  /** The variable names the start form of the process submits; empty if it has none. */
  public Set<String> startFields(String processKey) {
    return startFields.getOrDefault(processKey, Set.of());
  }

  /** The variable names the form of a user task submits; empty if it has none. */
  public Set<String> taskFields(String processKey, String taskDefinitionKey) {
    return taskFields.getOrDefault(processKey + "/" + taskDefinitionKey, Set.of());
  }

  private void read(BpmnModelInstance model, Map<String, Set<String>> forms) {
    for (Process process : model.getModelElementsByType(Process.class)) {
      for (StartEvent start : process.getChildElementsByType(StartEvent.class)) {
        if (start.getEventDefinitions().isEmpty()) {
          startFields.put(process.getId(), fieldsOf(start.getCamundaFormRef(), start.getCamundaFormKey(), forms));
        }
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      Process process = processOf(task);
      taskFields.put(process.getId() + "/" + task.getId(), fieldsOf(task.getCamundaFormRef(), task.getCamundaFormKey(), forms));
    }
  }

  private static Process processOf(org.camunda.bpm.model.xml.instance.ModelElementInstance element) {
    var parent = element.getParentElement();
    while (!(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return (Process) parent;
  }

  private static Set<String> fieldsOf(String formRef, String formKey, Map<String, Set<String>> forms) {
    if (formRef != null) {
      return Set.copyOf(forms.getOrDefault(formRef, Set.of()));
    }
    if (formKey != null && formKey.startsWith("embedded:deployment:")) {
      return Set.copyOf(forms.getOrDefault(formKey.substring("embedded:deployment:".length()), Set.of()));
    }
    return Set.of();
  }

  /** Top-level variable names of a form-js schema: a field's key, or a list's or group's path. */
  private static void collectKeys(JsonNode node, Set<String> keys) {
    for (JsonNode component : node.path("components")) {
      String name = component.hasNonNull("key") ? component.get("key").asText()
          : component.hasNonNull("path") ? component.get("path").asText() : null;
      if (name != null && !name.isBlank() && !"button".equals(component.path("type").asText())) {
        keys.add(name.split("\\.")[0]);
      } else {
        collectKeys(component, keys);
      }
    }
  }
}
