package kz.migration.refugee.petition;

import static kz.migration.refugee.petition.PetitionProcess.CASE_ID;

import kz.migration.refugee.shared.EngineCalls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.shared.TextDigest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Files a petition outside Tasklist: the same variables as the start form, so the same process and checks. */
@Component
class PetitionFiling {

  record Filed(String processInstanceId, String caseNumber, boolean duplicateReview) {}

  /** The key was used before by this user for another petition. */
  static class KeyReused extends RuntimeException {
    KeyReused() {
      super("Ключ Idempotency-Key уже использован для другого ходатайства; для нового ходатайства нужен новый ключ");
    }
  }

  /** A request with the same key committed, or is still running, since this one looked: look again. */
  static class KeyTaken extends RuntimeException {
    KeyTaken() {
      super("request with this Idempotency-Key taken meanwhile");
    }
  }

  private final PetitionService petitions;
  private final CaseSearch caseSearch;
  private final RuntimeService runtime;
  private final PetitionRequestRepository requests;
  private final PetitionMapper mapper;
  private final ObjectMapper json;
  private final Clock clock;

  private final EngineCalls engine;

  PetitionFiling(PetitionService petitions, CaseSearch caseSearch, RuntimeService runtime,
      PetitionRequestRepository requests, PetitionMapper mapper, ObjectMapper json, Clock clock, EngineCalls engine) {
    this.engine = engine;
    this.petitions = petitions;
    this.caseSearch = caseSearch;
    this.runtime = runtime;
    this.requests = requests;
    this.mapper = mapper;
    this.json = json;
    this.clock = clock;
  }

  @Transactional
  Filed file(PetitionIntake intake) {
    petitions.check(intake);
    return start(intake);
  }

  /**
   * Files the petition once per user and key: a request seen before gets its first answer, without filing again.
   * The key is recorded before the filing, in the same transaction, so that a repeat arriving meanwhile waits on
   * its unique constraint and then finds the answer ({@link KeyTaken}: the caller looks again, in a new
   * transaction). A refused filing (400, 409) records nothing, so the key may be used again for the corrected one.
   */
  @Transactional
  Filed fileOnce(PetitionIntake intake, String user, String key) {
    petitions.check(intake);
    String hash = TextDigest.sha256(canonical(intake));
    Optional<PetitionRequest> earlier = requests.findByUserIdAndIdempotencyKey(user, key);
    if (earlier.isPresent()) {
      if (!earlier.get().isFor(hash)) {
        throw new KeyReused();
      }
      return mapper.toFiled(earlier.get());
    }
    PetitionRequest request;
    try {
      request = requests.saveAndFlush(PetitionRequest.received(user, key, hash, Instant.now(clock)));
    } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
      throw new KeyTaken();
    }
    Filed filed = start(intake);
    request.answered(filed);
    return filed;
  }

  /**
   * Starts the process with the start form's variables. Those the intake step takes into the data bank are transient:
   * that step runs in this transaction, so they need never be written to the process, its history, or removed.
   */
  private Filed start(PetitionIntake intake) {
    Map<String, Object> variables = new LinkedHashMap<>();
    Map<?, ?> fields = json.convertValue(intake, Map.class);
    fields.forEach((name, value) -> {
      if (!"members".equals(name) && value != null) {
        variables.put((String) name, PetitionProcess.INTAKE_FIELDS.contains(name)
            ? Variables.untypedValue(value, true) : value);
      }
    });
    try {
      variables.put("members", SpinValues.jsonValue(json.writeValueAsString(intake.members())).setTransient(true)
          .create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("intake not serializable", e);
    }
    // the case the registration opened, read from the started instance in the same command
    ProcessInstanceWithVariables instance = engine.asApplication(
        () -> runtime.createProcessInstanceByKey(PetitionProcess.KEY).setVariables(variables)
            .executeWithVariablesInReturn());
    long caseId = CASE_ID.cast(instance.getVariables().get(CASE_ID.name()));
    String caseNumber = caseSearch.summary(caseId).caseNumber();
    return new Filed(instance.getId(), caseNumber, caseNumber == null);
  }

  /** The petition as read, in a fixed form: the same petition hashes alike however its JSON was written. */
  private String canonical(PetitionIntake intake) {
    try {
      return json.writeValueAsString(intake);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("intake not serializable", e);
    }
  }
}
