package kz.migration.refugee.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * The job executor of this node, from the engine's own metrics, as Prometheus counters: acquisition attempts
 * ({@code camunda_job_acquisition_attempts_total}), jobs acquired ({@code camunda_job_acquired_total{result=success|failure}}
 * — failure: another node locked it first), jobs executed ({@code camunda_job_executions_total{result=successful|failed|rejected}}
 * — rejected: the executor's queue was full) and exclusive jobs locked with their instance's others.
 * <p>
 * The engine counts in memory and writes the counts to its meter log every quarter of an hour ({@code
 * ManagementService.createMetricsQuery()} reads them); a counter is this node's sum in the log plus what it counted
 * since, read together at most once per {@code refugee.operations.metrics-refresh}, and never goes down.
 */
@Component
class EngineJobMetrics implements MeterBinder {

  record Counted(String engineName, String meterName, String result) {}

  static final List<Counted> COUNTED = List.of(
      new Counted(Metrics.JOB_ACQUISITION_ATTEMPT, "camunda.job.acquisition.attempts", null),
      new Counted(Metrics.JOB_ACQUIRED_SUCCESS, "camunda.job.acquired", "success"),
      new Counted(Metrics.JOB_ACQUIRED_FAILURE, "camunda.job.acquired", "failure"),
      new Counted(Metrics.JOB_SUCCESSFUL, "camunda.job.executions", "successful"),
      new Counted(Metrics.JOB_FAILED, "camunda.job.executions", "failed"),
      new Counted(Metrics.JOB_EXECUTION_REJECTED, "camunda.job.executions", "rejected"),
      new Counted(Metrics.JOB_LOCKED_EXCLUSIVE, "camunda.job.locked.exclusive", null));

  private final ManagementService management;
  private final ProcessEngineConfigurationImpl configuration;
  private final Cached<Map<String, Long>> totals;
  private final Map<String, Long> served = new HashMap<>();

  EngineJobMetrics(ProcessEngine engine, OperationsProperties properties) {
    this.management = engine.getManagementService();
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.totals = new Cached<>(this::count, properties.metricsRefresh());
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (Counted counted : COUNTED) {
      var counter = FunctionCounter.builder(counted.meterName(), this,
              m -> m.totals.get().getOrDefault(counted.engineName(), 0L))
          .description("The engine's metric " + counted.engineName() + " on this node");
      if (counted.result() != null) {
        counter.tag("result", counted.result());
      }
      counter.register(registry);
    }
  }

  /** This node's totals as the counters serve them now. */
  Map<String, Long> current() {
    return totals.get();
  }

  /** Counted again at the next scrape. */
  void expire() {
    totals.expire();
  }

  private synchronized Map<String, Long> count() {
    String reporter = reporter();
    Map<String, Long> counts = new HashMap<>();
    for (Counted counted : COUNTED) {
      // the log first, then memory: a report written in between is missed once (the counter holds), never counted twice
      long logged = reporter == null ? 0 : management.createMetricsQuery().name(counted.engineName())
          .reporter(reporter).sum();
      Meter meter = configuration.getMetricsRegistry() == null ? null
          : configuration.getMetricsRegistry().getDbMeterByName(counted.engineName());
      long total = logged + (meter == null ? 0 : meter.get());
      long previous = served.getOrDefault(counted.engineName(), 0L);
      served.put(counted.engineName(), Math.max(previous, total));
    }
    counts.putAll(served);
    return Map.copyOf(counts);
  }

  /** The name this node writes its counts under, or none when it writes none. */
  private String reporter() {
    var reporter = configuration.getDbMetricsReporter();
    if (!configuration.isMetricsEnabled() || !configuration.isDbMetricsReporterActivate() || reporter == null
        || reporter.getMetricsCollectionTask() == null) {
      return null;
    }
    return reporter.getMetricsCollectionTask().getReporter();
  }
}
