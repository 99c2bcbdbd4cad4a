package kz.migration.refugee.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Fields of the form {@code AssessPetition}. */
record AssessPetitionForm(
    @NotBlank(message = "обязательное поле") @Size(max = 20000) String assessmentFacts,
    @NotNull(message = "обязательное поле")
    @Pattern(regexp = "credible|partly_credible|not_credible", message = "недопустимое значение") String credibility,
    boolean wellFoundedFear,
    boolean exclusionIndicators,
    @Size(max = 4000) String exclusionDetails,
    @NotNull(message = "обязательное поле")
    @Pattern(regexp = "grant|refuse|refer", message = "недопустимое значение") String assessmentRecommendation) {}
