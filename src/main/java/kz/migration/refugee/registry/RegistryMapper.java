package kz.migration.refugee.registry;

import java.util.Collection;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface RegistryMapper {

  @Mapping(target = "caseNumber", source = "familyCase.caseNumber")
  @Mapping(target = "legacyReference", source = "familyCase.legacyReference")
  @Mapping(target = "status", source = "familyCase.status")
  @Mapping(target = "arrivalDate", source = "familyCase.arrivalDate")
  @Mapping(target = "registeredOn", source = "familyCase.registeredOn")
  @Mapping(target = "address", source = "familyCase.address")
  @Mapping(target = "members", source = "familyCase.members")
  @Mapping(target = "certificates", source = "certificates")
  CaseView toView(FamilyCase familyCase, List<Certificate> certificates);

  @Mapping(target = "id", source = "id")
  @Mapping(target = "caseNumber", source = "familyCase.caseNumber")
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
  @Mapping(target = "deregisteredOn", source = "deregisteredOn")
  @Mapping(target = "deregistrationReason", source = "deregistrationReason")
  @Mapping(target = "recognisedOn", source = "recognisedOn")
  PersonView toView(Person person);

  List<PersonView> toPersonViews(Collection<Person> persons);

  @Mapping(target = "number", source = "number")
  @Mapping(target = "type", source = "type")
  @Mapping(target = "holder", source = "holder.fullName")
  @Mapping(target = "holderId", source = "holder.id")
  @Mapping(target = "members", source = "members")
  @Mapping(target = "issuedOn", source = "issuedOn")
  @Mapping(target = "validUntil", source = "validUntil")
  @Mapping(target = "status", source = "status")
  CertificateView toView(Certificate certificate);

  @Mapping(target = "newcomer", source = "newcomer")
  @Mapping(target = "caseNumber", source = "matchedCase.caseNumber")
  @Mapping(target = "caseStatus", source = "matchedCase.status")
  @Mapping(target = "personName", source = "matchedPerson")
  @Mapping(target = "dateOfBirth", source = "matchedBirthDate")
  @Mapping(target = "citizenship", source = "matchedCitizenship")
  @Mapping(target = "reason", source = "reason")
  DuplicateMatch toMatch(DuplicateCandidate candidate);

  List<DuplicateMatch> toMatches(List<DuplicateCandidate> candidates);

  default String name(Person person) {
    return person.getFullName();
  }
}
