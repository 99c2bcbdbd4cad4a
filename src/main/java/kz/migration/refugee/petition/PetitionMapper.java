package kz.migration.refugee.petition;

import java.util.Arrays;
import java.util.List;
import kz.migration.refugee.registry.NewFamily;
import kz.migration.refugee.registry.NewPerson;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface PetitionMapper {

  @Mapping(target = "arrivalDate", source = "arrivalDate")
  @Mapping(target = "address", source = "address")
  @Mapping(target = "members", source = "members")
  NewFamily toFamily(PetitionIntake intake);

  @Mapping(target = "role", source = "role")
  @Mapping(target = "surname", source = "surname")
  @Mapping(target = "givenName", source = "givenName")
  @Mapping(target = "patronymic", source = "patronymic")
  @Mapping(target = "dateOfBirth", source = "dateOfBirth")
  @Mapping(target = "sex", source = "sex")
  @Mapping(target = "citizenship", source = "citizenship")
  @Mapping(target = "ethnicity", source = "ethnicity")
  @Mapping(target = "languages", source = "languages")
  @Mapping(target = "documentType", source = "documentType")
  @Mapping(target = "documentNumber", source = "documentNumber")
  NewPerson toPerson(PetitionIntake.Member member);

  @Mapping(target = "caseNumber", source = "caseNumber")
  @Mapping(target = "filedOn", source = "petition.filedOn")
  @Mapping(target = "language", source = "petition.language")
  @Mapping(target = "filedLate", source = "petition.filedLate")
  @Mapping(target = "lateFilingReason", source = "petition.lateFilingReason")
  @Mapping(target = "decisionDueOn", source = "petition.decisionDueOn")
  @Mapping(target = "deadlineExtended", source = "petition.deadlineExtended")
  @Mapping(target = "deadlineMissed", source = "petition.deadlineMissed")
  @Mapping(target = "interpreter", source = "petition.interpreter")
  @Mapping(target = "representative", source = "petition.representative")
  @Mapping(target = "extensionReason", source = "petition.extensionReason")
  @Mapping(target = "extendedBy", source = "petition.extendedBy")
  @Mapping(target = "reopenedOn", source = "petition.reopenedOn")
  @Mapping(target = "initialDecisionDueOn", source = "petition.initialDecisionDueOn")
  @Mapping(target = "initialDeadlineMissed", source = "petition.initialDeadlineMissed")
  PetitionView toView(Petition petition, String caseNumber);

  /** The answer first given to a request sent again under its Idempotency-Key. */
  @Mapping(target = "processInstanceId", source = "processInstanceId")
  @Mapping(target = "caseNumber", source = "caseNumber")
  @Mapping(target = "duplicateReview", source = "duplicateReview")
  PetitionFiling.Filed toFiled(PetitionRequest request);

  @Mapping(target = "requestedOn", source = "requestedOn")
  @Mapping(target = "receivedBy", source = "receivedBy")
  @Mapping(target = "note", source = "note")
  PetitionWithdrawalView toWithdrawalView(PetitionWithdrawal withdrawal);

  /** The form's comma-separated language list. */
  default List<String> languages(String languages) {
    return languages == null || languages.isBlank() ? List.of()
        : Arrays.stream(languages.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
