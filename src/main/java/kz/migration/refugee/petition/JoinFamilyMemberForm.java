package kz.migration.refugee.petition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Fields of the start form {@code JoinFamilyMember}: the case, and the person joining it (see {@link MemberJoiningRequest}). */
record JoinFamilyMemberForm(
    @NotBlank(message = "обязательное поле")
    @Pattern(regexp = "RS-\\d{4}-\\d{6}", message = "номер дела в виде RS-ГГГГ-NNNNNN") String caseNumber,
    @NotBlank(message = "обязательное поле")
    @Pattern(regexp = "SPOUSE|CHILD|OTHER", message = "супруг(а), ребёнок или иной член семьи") String role,
    @NotBlank(message = "обязательное поле") @Size(max = 100, message = "не более 100 символов") String surname,
    @NotBlank(message = "обязательное поле") @Size(max = 100, message = "не более 100 символов") String givenName,
    @Size(max = 100, message = "не более 100 символов") String patronymic,
    @NotNull(message = "обязательное поле") @PastOrPresent(message = "дата в будущем") LocalDate dateOfBirth,
    @NotBlank(message = "обязательное поле") @Pattern(regexp = "MALE|FEMALE", message = "недопустимое значение") String sex,
    @NotBlank(message = "обязательное поле")
    @Pattern(regexp = "[A-Z]{2}", message = "код страны ISO 3166 из двух букв") String citizenship,
    @Pattern(regexp = "PASSPORT|ID_CARD|BIRTH_CERTIFICATE|OTHER|NONE", message = "недопустимое значение") String documentType,
    @Size(max = 40, message = "не более 40 символов") String documentNumber,
    Long parentId) {

  MemberJoiningRequest request() {
    return new MemberJoiningRequest(role, surname, givenName, patronymic, dateOfBirth, sex, citizenship, documentType,
        documentNumber, parentId);
  }
}
