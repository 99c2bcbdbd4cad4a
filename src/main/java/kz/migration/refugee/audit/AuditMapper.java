package kz.migration.refugee.audit;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface AuditMapper {

  @Mapping(target = "readAt", source = "readAt")
  @Mapping(target = "userId", source = "userId")
  @Mapping(target = "what", source = "what")
  @Mapping(target = "caseNumber", source = "caseNumber")
  @Mapping(target = "search", source = "search")
  PersonalDataReadView toView(PersonalDataRead read);
}
