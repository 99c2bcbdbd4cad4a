package kz.migration.refugee.petition;

import kz.migration.refugee.shared.EngineCalls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.migration.refugee.registry.RegistryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Files a petition outside Tasklist: the same variables as the start form, so the same process and checks. */
@Component
class PetitionFiling {

  record Filed(String processInstanceId, String caseNumber, boolean duplicateReview) {}

  private final PetitionService petitions;
  private final RegistryService registry;
  private final RuntimeService runtime;
  private final ObjectMapper json;

  private final EngineCalls engine;

  PetitionFiling(PetitionService petitions, RegistryService registry, RuntimeService runtime, ObjectMapper json,
      EngineCalls engine) {
    this.engine = engine;
    this.petitions = petitions;
    this.registry = registry;
    this.runtime = runtime;
    this.json = json;
  }

  @Transactional
  Filed file(PetitionIntake intake) {
    petitions.check(intake);
    Map<String, Object> variables = new LinkedHashMap<>();
    Map<?, ?> fields = json.convertValue(intake, Map.class);
    fields.forEach((name, value) -> {
      if (!"members".equals(name) && value != null) {
        variables.put((String) name, value);
      }
    });
    try {
      variables.put("members", SpinValues.jsonValue(json.writeValueAsString(intake.members())).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("intake not serializable", e);
    }
    ProcessInstance instance = engine.asApplication(
        () -> runtime.startProcessInstanceByKey(PetitionVariables.PROCESS_KEY, variables));
    long caseId = (Long) runtime.getVariable(instance.getId(), PetitionVariables.CASE_ID);
    String caseNumber = registry.summary(caseId).caseNumber();
    return new Filed(instance.getId(), caseNumber, caseNumber == null);
  }
}
