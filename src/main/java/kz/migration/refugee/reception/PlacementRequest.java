package kz.migration.refugee.reception;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * Persons of a case placed in a centre from a day ({@code POST /api/cases/{n}/placements}): {@code personIds} empty or
 * absent places everyone of the family on the register. A person already in another centre moves: their placement
 * there ends the same day.
 */
public record PlacementRequest(
    @NotNull(message = "обязательное поле") Long centreId,
    @NotNull(message = "обязательное поле") LocalDate placedOn,
    List<@NotNull Long> personIds) {}
