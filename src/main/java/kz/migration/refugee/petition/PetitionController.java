package kz.migration.refugee.petition;

import java.net.URI;
import java.security.Principal;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.shared.ConflictException;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.Roles;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Filing a petition through the API: the same process, and the same checks, as the Tasklist start form. */
@RestController
@RequestMapping("/api/petitions")
@PreAuthorize(Roles.CASE_WORK)
class PetitionController {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final int KEY_MAX_LENGTH = 100;
  /** Looks at a key taken by a concurrent request: after its commit the answer is there. */
  private static final int KEY_ATTEMPTS = 3;

  private final PetitionFiling filing;
  private final PetitionService petitions;

  PetitionController(PetitionFiling filing, PetitionService petitions) {
    this.filing = filing;
    this.petitions = petitions;
  }

  /**
   * Starts the petition process; it registers the family unless a possible duplicate needs review
   * first (then {@code caseNumber} is null and a caseworker resolves it in Tasklist). With an
   * {@code Idempotency-Key}, a repeat of the same request by the same user gets the first answer again.
   */
  @PostMapping
  // the status set in the answer, for the API description
  @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "Ходатайство зарегистрировано")
  ResponseEntity<PetitionFiling.Filed> file(@RequestBody PetitionIntake intake,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key, Principal user) {
    PetitionFiling.Filed filed = key == null ? filing.file(intake) : fileOnce(intake, user.getName(), key);
    URI location = URI.create(filed.caseNumber() == null
        ? "/engine-rest/process-instance/" + filed.processInstanceId() : "/api/petitions/" + filed.caseNumber());
    return ResponseEntity.created(location).body(filed);
  }

  @GetMapping("/{caseNumber}")
  PetitionView petition(@PathVariable CaseNumber caseNumber) {
    return petitions.view(caseNumber);
  }

  /** The same key with another petition: the client reused a key by mistake; nothing was filed. */
  @ExceptionHandler(PetitionFiling.KeyReused.class)
  ProblemDetail keyReused(PetitionFiling.KeyReused e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    problem.setType(URI.create("urn:problem:idempotency-key-reused"));
    return problem;
  }

  /** One transaction per attempt: the one that lost the key to a concurrent request looks again after its commit. */
  private PetitionFiling.Filed fileOnce(PetitionIntake intake, String user, String key) {
    if (key.isBlank() || key.length() > KEY_MAX_LENGTH) {
      throw FieldErrors.of(IDEMPOTENCY_KEY, "от 1 до " + KEY_MAX_LENGTH + " символов");
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return filing.fileOnce(intake, user, key);
      } catch (PetitionFiling.KeyTaken e) {
        if (attempt == KEY_ATTEMPTS) {
          throw new ConflictException("Запрос с этим ключом Idempotency-Key ещё выполняется: повторите его позже");
        }
        pause(attempt);
      }
    }
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(100L * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConflictException("Запрос с этим ключом Idempotency-Key ещё выполняется: повторите его позже");
    }
  }
}
