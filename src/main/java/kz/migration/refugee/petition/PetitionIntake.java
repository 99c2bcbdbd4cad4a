package kz.migration.refugee.petition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import kz.migration.refugee.registry.DocumentType;
import kz.migration.refugee.registry.FamilyRole;
import kz.migration.refugee.registry.Sex;
import kz.migration.refugee.shared.BirthDate;
import kz.migration.refugee.shared.PersonName;

/**
 * A petition as filed: the body of {@code POST /api/petitions} and the fields of the start form
 * {@code PetitionFiled}. Rules that need the procedure's configuration live in {@link IntakeRules}.
 */
public record PetitionIntake(
    @NotNull(message = "обязательное поле") @PastOrPresent(message = "дата в будущем") LocalDate arrivalDate,
    @NotNull(message = "обязательное поле") @PastOrPresent(message = "дата в будущем") LocalDate filingDate,
    @Size(max = 2000) String lateFilingReason,
    @NotBlank(message = "обязательное поле") @Size(max = 16) String language,
    @Size(max = 200) String interpreter,
    @Size(max = 300) String representative,
    @NotBlank(message = "обязательное поле") @Size(max = 500) String address,
    /** The family needs a place in a temporary accommodation centre; absent means no. */
    Boolean needsHousing,
    @NotEmpty(message = "семья должна включать хотя бы одного человека") List<@Valid @NotNull Member> members) {

  public record Member(
      @NotNull(message = "обязательное поле") FamilyRole role,
      @NotBlank(message = "обязательное поле") @Size(max = 200) @PersonName String surname,
      @NotBlank(message = "обязательное поле") @Size(max = 200) @PersonName String givenName,
      @Size(max = 200) @PersonName String patronymic,
      @NotNull(message = "обязательное поле") @PastOrPresent(message = "дата в будущем") @BirthDate LocalDate dateOfBirth,
      @NotNull(message = "обязательное поле") Sex sex,
      @NotBlank(message = "обязательное поле")
      @Pattern(regexp = "[A-Z]{2}", message = "код страны ISO 3166 из двух латинских букв") String citizenship,
      @Size(max = 100) String ethnicity,
      @Size(max = 300) String languages,
      DocumentType documentType,
      @Size(max = 64) String documentNumber,
      List<String> specificNeeds) {

    /** A member without specific needs. */
    public Member(FamilyRole role, String surname, String givenName, String patronymic, LocalDate dateOfBirth, Sex sex,
        String citizenship, String ethnicity, String languages, DocumentType documentType, String documentNumber) {
      this(role, surname, givenName, patronymic, dateOfBirth, sex, citizenship, ethnicity, languages, documentType,
          documentNumber, List.of());
    }

    /** The codes of the member's specific needs ({@link kz.migration.refugee.needs.SpecificNeed}); none if absent. */
    public List<String> needCodes() {
      return specificNeeds == null ? List.of() : specificNeeds;
    }
  }
}
