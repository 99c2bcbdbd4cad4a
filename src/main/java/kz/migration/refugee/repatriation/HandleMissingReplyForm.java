package kz.migration.refugee.repatriation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Fields of the form {@code HandleMissingReply}. */
record HandleMissingReplyForm(
    @NotNull(message = "обязательное поле")
    @Pattern(regexp = "resend|proceed", message = "недопустимое значение") String missingReplyAction) {}
