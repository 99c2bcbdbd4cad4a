package kz.migration.refugee.recheck;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A proposal to end the status of chosen persons, through the domain API: the kind ({@code cessation},
 * {@code cancellation}, {@code deprivation}, {@code termination}), a configured reason of that kind, the persons'
 * ids in the register, and the reasons in words. The proposer is the logged-in user.
 */
record StatusEndRequest(
    @NotBlank(message = "обязательное поле") String kind,
    @NotBlank(message = "обязательное поле") String reason,
    @NotEmpty(message = "укажите хотя бы одного члена семьи") List<Long> personIds,
    @NotBlank(message = "обязательное поле") @Size(min = 20, max = 20000, message = "от 20 символов") String reasons) {}
