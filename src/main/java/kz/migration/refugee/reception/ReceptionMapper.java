package kz.migration.refugee.reception;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface ReceptionMapper {

  @Mapping(target = "id", source = "id")
  @Mapping(target = "name", source = "name")
  @Mapping(target = "address", source = "address")
  @Mapping(target = "capacity", source = "capacity")
  @Mapping(target = "contact", source = "contact")
  CentreView toView(AccommodationCentre centre);

  @Mapping(target = "id", source = "placement.id")
  @Mapping(target = "personId", source = "placement.personId")
  @Mapping(target = "centreId", source = "placement.centreId")
  @Mapping(target = "centreName", source = "centreName")
  @Mapping(target = "placedOn", source = "placement.placedOn")
  @Mapping(target = "leftOn", source = "placement.leftOn")
  @Mapping(target = "leavingReason", source = "placement.leavingReason")
  @Mapping(target = "placedBy", source = "placement.placedBy")
  PlacementView toView(Placement placement, String centreName);
}
