package kz.migration.refugee.decision;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Fields of the form {@code RecordNoticeService}: how and when the refusal reached the applicant. */
record RecordNoticeServiceForm(
    @NotNull(message = "обязательное поле")
    @Pattern(regexp = "in-person|post", message = "недопустимое значение") String noticeServedHow,
    @NotNull(message = "обязательное поле") @PastOrPresent(message = "дата в будущем") LocalDate noticeServedOn,
    @Size(max = 2000, message = "не более 2000 символов") String noticeServiceNote) {}
