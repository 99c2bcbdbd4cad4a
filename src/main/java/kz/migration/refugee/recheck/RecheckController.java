package kz.migration.refugee.recheck;

import kz.migration.refugee.shared.EngineCalls;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.shared.ConflictException;
import kz.migration.refugee.shared.NotFoundException;
import kz.migration.refugee.shared.Roles;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Scheduler passes and their progress, a case's rechecks, and appeals against an end of status. */
@RestController
@PreAuthorize(Roles.CASE_WORK)
class RecheckController {

  private final RecheckService rechecks;
  private final RecheckScheduler scheduler;
  private final RecheckRunRepository runs;
  private final RecheckMapper mapper;
  private final RuntimeService runtime;
  private final TaskExecutor executor;
  private final Clock clock;
  private final Duration staleAfter;

  private final EngineCalls engine;

  RecheckController(RecheckService rechecks, RecheckScheduler scheduler, RecheckRunRepository runs, RecheckMapper mapper,
      RuntimeService runtime, @Qualifier("recheckRunExecutor") TaskExecutor executor, Clock clock,
      @Value("${refugee.recheck.stale-after}") Duration staleAfter, EngineCalls engine) {
    this.engine = engine;
    this.rechecks = rechecks;
    this.scheduler = scheduler;
    this.runs = runs;
    this.mapper = mapper;
    this.runtime = runtime;
    this.executor = executor;
    this.clock = clock;
    this.staleAfter = staleAfter;
  }

  @GetMapping("/api/rechecks/runs")
  List<RecheckRunView> runs() {
    return runs.findAllByOrderByIdDesc(PageRequest.of(0, 20)).stream().map(this::view).toList();
  }

  @GetMapping("/api/rechecks/runs/{id}")
  RecheckRunView run(@PathVariable long id) {
    return runs.findById(id).map(this::view).orElseThrow(() -> new NotFoundException("recheck run", id));
  }

  private RecheckRunView view(RecheckRun run) {
    RecheckRunView view = mapper.toView(run);
    return run.isStale(Instant.now(clock), staleAfter) ? view.stale() : view;
  }

  /** Starts a pass now, in the background (managers); its progress is at the returned location. */
  @PostMapping("/api/rechecks/runs")
  @PreAuthorize("hasRole('managers')")
  ResponseEntity<Void> startRun() {
    try {
      executor.execute(scheduler::run);
    } catch (TaskRejectedException e) {
      throw new ConflictException("a recheck pass is already running on this node");
    }
    return ResponseEntity.accepted().location(URI.create("/api/rechecks/runs")).build();
  }

  @GetMapping("/api/cases/{caseNumber}/rechecks")
  List<RecheckView> rechecks(@PathVariable CaseNumber caseNumber) {
    return rechecks.rechecks(caseNumber);
  }

  /** Records the appeal and tells the waiting recheck process, in one transaction. */
  @PostMapping("/api/cases/{caseNumber}/status-end/appeals")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  void appeal(@PathVariable CaseNumber caseNumber, @Valid @RequestBody StatusEndAppealRequest request) {
    rechecks.lodgeAppeal(caseNumber, request);
    engine.asApplication(() -> runtime.createMessageCorrelation(RecheckProcess.MESSAGE_STATUS_END_APPEAL_LODGED)
        .processInstanceBusinessKey(caseNumber.value())
        .correlate());
  }
}
