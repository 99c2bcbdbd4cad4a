package kz.migration.refugee.reception;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A person leaves the centre ({@code POST /api/cases/{n}/placements/{id}/end}): the day and why. */
record PlacementEndRequest(
    @NotNull(message = "обязательное поле") LocalDate leftOn,
    @NotBlank(message = "обязательное поле") @Size(max = 500) String reason) {}
