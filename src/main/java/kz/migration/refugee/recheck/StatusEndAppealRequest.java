package kz.migration.refugee.recheck;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A refugee's appeal against a confirmed end of status, as received by the office. {@code statusEndId} names the
 * decision appealed when the case has more than one open to appeal (ends of status of different members).
 */
record StatusEndAppealRequest(
    @NotNull(message = "обязательное поле") @PastOrPresent(message = "дата не может быть в будущем") LocalDate lodgedOn,
    @NotBlank(message = "обязательное поле") @Size(min = 20, max = 20000, message = "от 20 символов") String grounds,
    Long statusEndId) {}
