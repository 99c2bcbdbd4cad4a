package kz.migration.refugee.reception;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A centre as an administrator enters it ({@code POST /api/centres}, {@code PUT /api/centres/{id}}). The largest
 * capacity accepted is configured ({@code refugee.reception.max-capacity}) and checked by {@link Centres}.
 */
record CentreRequest(
    @NotBlank(message = "обязательное поле") @Size(max = 200) String name,
    @NotBlank(message = "обязательное поле") @Size(max = 500) String address,
    @NotNull(message = "обязательное поле") @PositiveOrZero(message = "число мест не может быть отрицательным") Integer capacity,
    @NotBlank(message = "обязательное поле") @Size(max = 300) String contact) {}
