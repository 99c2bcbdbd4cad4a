package kz.migration.refugee;

import java.util.Arrays;

/** The benchmarks' percentiles: p50 and p95 (nearest rank) of timings in milliseconds. */
public final class BenchFigures {

  private BenchFigures() {}

  /** Sorts {@code ms} and returns its p50 and p95. */
  public static double[] p50p95(double[] ms) {
    Arrays.sort(ms);
    return new double[] {ms[ms.length / 2], ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.95) - 1)]};
  }
}
