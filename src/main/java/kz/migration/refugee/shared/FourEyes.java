package kz.migration.refugee.shared;

import org.camunda.bpm.engine.BadUserRequestException;

/** The person who prepared a step may not decide on it. Enforced by the engine, whichever client completes. */
public final class FourEyes {

  private FourEyes() {}

  public static void require(String actor, String preparedBy, String what) {
    if (actor != null && actor.equals(preparedBy)) {
      throw new BadUserRequestException(what + ": решение не может принимать " + preparedBy
          + " — тот же сотрудник, кто подготовил предыдущий этап (принцип «четырёх глаз»)");
    }
  }
}
