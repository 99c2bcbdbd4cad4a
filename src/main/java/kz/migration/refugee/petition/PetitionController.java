package kz.migration.refugee.petition;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.RegistryService;
import kz.migration.refugee.shared.Roles;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Filing a petition through the API: the same process, and the same checks, as the Tasklist start form. */
@RestController
@RequestMapping("/api/petitions")
@PreAuthorize(Roles.CASE_WORK)
class PetitionController {

  record Filed(String processInstanceId, String caseNumber, boolean duplicateReview) {}

  private final PetitionService petitions;
  private final RegistryService registry;
  private final RuntimeService runtime;
  private final ObjectMapper json;

  PetitionController(PetitionService petitions, RegistryService registry, RuntimeService runtime, ObjectMapper json) {
    this.petitions = petitions;
    this.registry = registry;
    this.runtime = runtime;
    this.json = json;
  }

  /** Starts the petition process; it registers the family unless a possible duplicate needs review first. */
  @PostMapping
  @Transactional
  ResponseEntity<Filed> file(@RequestBody PetitionIntake intake) throws Exception {
    petitions.check(intake);
    Map<String, Object> variables = new LinkedHashMap<>();
    Map<String, Object> fields = json.convertValue(intake, Map.class);
    fields.forEach((name, value) -> {
      if (!"members".equals(name) && value != null) {
        variables.put(name, value);
      }
    });
    variables.put("members", SpinValues.jsonValue(json.writeValueAsString(intake.members())).create());
    ProcessInstance instance = runtime.startProcessInstanceByKey(PetitionVariables.PROCESS_KEY, variables);
    long caseId = (Long) runtime.getVariable(instance.getId(), PetitionVariables.CASE_ID);
    String caseNumber = registry.summary(caseId).caseNumber();
    Filed filed = new Filed(instance.getId(), caseNumber, caseNumber == null);
    return ResponseEntity.created(URI.create("/api/petitions/" + (caseNumber == null ? "" : caseNumber))).body(filed);
  }

  @GetMapping("/{caseNumber}")
  PetitionView petition(@PathVariable String caseNumber) {
    if (!CaseNumber.isValid(caseNumber)) {
      throw new kz.migration.refugee.shared.NotFoundException("petition", caseNumber);
    }
    return petitions.view(new CaseNumber(caseNumber));
  }
}
