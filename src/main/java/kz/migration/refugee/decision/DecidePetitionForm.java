package kz.migration.refugee.decision;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Fields of the form {@code DecidePetition}: an outcome for each person the decision covers, in the order the form
 * lists them.
 */
record DecidePetitionForm(
    @NotEmpty(message = "обязательное поле") List<@NotNull(message = "обязательное поле") @Valid PersonOutcome> personDecisions) {

  /** An adult without grounds of their own, recognised with the principal applicant on their consent. */
  static final String FAMILY_UNITY = "family_unity";
  /** A child, whose status follows the parent's. */
  static final String FOLLOWS_PARENT = "follows_parent";

  /**
   * @param outcome {@code granted} or {@code refused} on the person's own grounds, {@code family_unity} or
   *     {@code follows_parent}
   * @param followsPersonId the principal applicant (family unity) or the parent (a child)
   * @param consentOn the day of the adult's written consent to status by family unity
   * @param guardian who acts for a child decided on their own grounds (name, the guardianship authority's act)
   */
  record PersonOutcome(
      @NotNull(message = "обязательное поле") Long personId,
      @NotNull(message = "обязательное поле")
      @Pattern(regexp = "granted|refused|family_unity|follows_parent", message = "недопустимое значение") String outcome,
      @Size(max = 64) String legalGround,
      @Size(max = 20000, message = "не более 20 000 символов") String reasons,
      LocalDate consentOn,
      Long followsPersonId,
      @Size(max = 500, message = "не более 500 символов") String guardian) {}
}
