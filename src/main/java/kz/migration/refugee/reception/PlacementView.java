package kz.migration.refugee.reception;

import java.time.LocalDate;

/** A placement as the API and the case page show it; {@code leftOn} null while the person is there. */
public record PlacementView(long id, long personId, long centreId, String centreName, LocalDate placedOn,
    LocalDate leftOn, String leavingReason, String placedBy) {}
