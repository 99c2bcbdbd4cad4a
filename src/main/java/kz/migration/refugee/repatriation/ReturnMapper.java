package kz.migration.refugee.repatriation;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface ReturnMapper {

  @Mapping(target = "reference", expression = "java(r.reference())")
  @Mapping(target = "caseNumber", source = "caseNumber")
  @Mapping(target = "requestedOn", source = "r.requestedOn")
  @Mapping(target = "requestReference", source = "r.requestReference")
  @Mapping(target = "wholeFamily", source = "r.wholeFamily")
  @Mapping(target = "requestedBy", source = "r.requestedBy")
  @Mapping(target = "interviewDate", source = "r.interviewDate")
  @Mapping(target = "voluntarinessConfirmed", source = "r.voluntarinessConfirmed")
  @Mapping(target = "confirmedBy", source = "r.confirmedBy")
  @Mapping(target = "returningPersonIds", expression = "java(r.getMembers().stream().sorted().toList())")
  @Mapping(target = "departureOn", source = "r.departureOn")
  @Mapping(target = "withdrawnOn", source = "r.withdrawnOn")
  @Mapping(target = "outcome", source = "r.outcome")
  @Mapping(target = "completedAt", source = "r.completedAt")
  @Mapping(target = "contacts", source = "contacts")
  VoluntaryReturnView toView(VoluntaryReturn r, String caseNumber, List<ReturnContact> contacts);

  @Mapping(target = "body", source = "body")
  @Mapping(target = "bodyLabel", expression = "java(contact.getBody().label)")
  @Mapping(target = "reference", source = "reference")
  @Mapping(target = "requests", source = "requests")
  @Mapping(target = "requestedAt", source = "requestedAt")
  @Mapping(target = "reminders", source = "reminders")
  @Mapping(target = "repliedOn", source = "repliedOn")
  @Mapping(target = "replyReference", source = "replyReference")
  @Mapping(target = "travelDocuments", source = "travelDocuments")
  @Mapping(target = "transport", source = "transport")
  @Mapping(target = "reception", source = "reception")
  @Mapping(target = "remarks", source = "remarks")
  @Mapping(target = "recordedBy", source = "recordedBy")
  @Mapping(target = "withoutReplyAt", source = "withoutReplyAt")
  VoluntaryReturnView.ContactView toView(ReturnContact contact);
}
