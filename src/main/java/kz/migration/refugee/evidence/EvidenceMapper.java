package kz.migration.refugee.evidence;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface EvidenceMapper {

  @Mapping(target = "id", source = "id")
  @Mapping(target = "personId", source = "personId")
  @Mapping(target = "kind", expression = "java(attachment.getKind().code())")
  @Mapping(target = "kindLabel", expression = "java(attachment.getKind().label())")
  @Mapping(target = "fileName", source = "fileName")
  @Mapping(target = "contentType", source = "contentType")
  @Mapping(target = "size", source = "size")
  @Mapping(target = "sha256", source = "sha256")
  @Mapping(target = "note", source = "note")
  @Mapping(target = "uploadedBy", source = "uploadedBy")
  @Mapping(target = "uploadedAt", source = "uploadedAt")
  AttachmentView toView(Attachment attachment);

  @Mapping(target = "id", source = "id")
  @Mapping(target = "text", source = "text")
  @Mapping(target = "correctsId", source = "correctsId")
  @Mapping(target = "writtenBy", source = "writtenBy")
  @Mapping(target = "writtenAt", source = "writtenAt")
  CaseNoteView toView(CaseNote note);
}
