package kz.migration.refugee.recheck;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.shared.ConflictException;
import kz.migration.refugee.shared.NotFoundException;
import kz.migration.refugee.shared.Roles;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Scheduler passes and their progress, and a case's rechecks. */
@RestController
@PreAuthorize(Roles.CASE_WORK)
class RecheckController {

  private final RecheckService rechecks;
  private final RecheckScheduler scheduler;
  private final RecheckRunRepository runs;
  private final RecheckMapper mapper;
  private final TaskExecutor executor;
  private final Clock clock;
  private final Duration staleAfter;

  RecheckController(RecheckService rechecks, RecheckScheduler scheduler, RecheckRunRepository runs, RecheckMapper mapper,
      @Qualifier("recheckRunExecutor") TaskExecutor executor, Clock clock,
      @Value("${refugee.recheck.stale-after}") Duration staleAfter) {
    this.rechecks = rechecks;
    this.scheduler = scheduler;
    this.runs = runs;
    this.mapper = mapper;
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
  // the status set in the answer, for the API description
  @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "202", description = "Проход перерегистраций запущен")
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
}
