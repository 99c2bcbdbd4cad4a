package kz.migration.refugee.caseload;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface CaseloadMapper {

  @Mapping(target = "id", source = "id")
  @Mapping(target = "sha256", source = "sha256")
  @Mapping(target = "families", source = "families")
  @Mapping(target = "persons", source = "persons")
  @Mapping(target = "submittedBy", source = "submittedBy")
  @Mapping(target = "submittedAt", source = "submittedAt")
  @Mapping(target = "status", source = "status")
  @Mapping(target = "confirmedBy", source = "confirmedBy")
  @Mapping(target = "confirmedAt", source = "confirmedAt")
  CaseloadSubmissionView toView(CaseloadSubmission submission);
}
