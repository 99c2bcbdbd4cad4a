package kz.migration.refugee.recheck;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import kz.migration.refugee.shared.BirthDate;
import kz.migration.refugee.shared.PersonName;

/**
 * Fields of the forms {@code VerifyCircumstances} (caseworker) and, for the outcome fields, {@code ReviewRecheck}
 * (manager). Which fields an outcome needs is checked by {@link RecheckService}.
 */
record VerifyCircumstancesForm(
    Boolean residenceConfirmed,
    @Size(max = 500, message = "не более 500 символов") String address,
    @Size(max = 300, message = "не более 300 символов") String contact,
    Boolean newNationality,
    Boolean reavailedProtection,
    Boolean exclusionFacts,
    @NotBlank(message = "обязательное поле") @Size(min = 20, max = 20000, message = "от 20 символов") String circumstances,
    List<String> deceasedMembers,
    List<String> leftCountryMembers,
    @Size(max = 200, message = "не более 200 символов") @PersonName String newbornSurname,
    @Size(max = 200, message = "не более 200 символов") @PersonName String newbornGivenName,
    @BirthDate LocalDate newbornDateOfBirth,
    @Pattern(regexp = "MALE|FEMALE", message = "недопустимое значение") String newbornSex,
    @NotNull(message = "обязательное поле")
    @Pattern(regexp = "extend|cessation|deprivation|refer", message = "недопустимое значение") String recheckOutcome,
    LocalDate newValidFrom,
    LocalDate newValidUntil,
    String cessationGround,
    String deprivationGround,
    @Size(max = 20000, message = "не более 20000 символов") String statusEndReasons) {

  List<String> deceased() {
    return deceasedMembers == null ? List.of() : deceasedMembers;
  }

  List<String> leftCountry() {
    return leftCountryMembers == null ? List.of() : leftCountryMembers;
  }

  boolean newbornGiven() {
    return notBlank(newbornSurname) || notBlank(newbornGivenName) || newbornDateOfBirth != null || notBlank(newbornSex);
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
