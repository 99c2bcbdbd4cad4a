package kz.migration.refugee;

/**
 * The bean that carries out a step, by the step's id: {@code Task_X} → {@code xDelegate} (service task) or
 * {@code xListener} (user task, or a flow leaving {@code Task_X}). {@link ModelConsistencyTest} holds the models to it.
 */
public final class StepBeans {

  private StepBeans() {}

  public static String delegateOf(String taskId) {
    return beanOf(taskId, "Delegate");
  }

  public static String listenerOf(String taskId) {
    return beanOf(taskId, "Listener");
  }

  private static String beanOf(String taskId, String kind) {
    if (!taskId.startsWith("Task_")) {
      throw new IllegalArgumentException("not a task id: " + taskId);
    }
    String step = taskId.substring("Task_".length());
    return Character.toLowerCase(step.charAt(0)) + step.substring(1) + kind;
  }
}
