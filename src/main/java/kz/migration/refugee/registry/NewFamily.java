package kz.migration.refugee.registry;

import java.time.LocalDate;
import java.util.List;

/** A family as taken in at intake, before it is registered. */
public record NewFamily(LocalDate arrivalDate, String address, List<NewPerson> members) {

  public NewFamily {
    if (members == null || members.isEmpty()) {
      throw new IllegalArgumentException("a family has at least one member");
    }
    members = List.copyOf(members);
  }
}
