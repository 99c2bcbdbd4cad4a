package kz.migration.refugee.recheck;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface RecheckMapper {

  @Mapping(target = "id", source = "recheck.id")
  @Mapping(target = "dueOn", source = "recheck.dueOn")
  @Mapping(target = "startedAt", source = "recheck.startedAt")
  @Mapping(target = "overdue", source = "recheck.overdue")
  @Mapping(target = "proposedOutcome", source = "recheck.proposedOutcome")
  @Mapping(target = "verifiedBy", source = "recheck.verifiedBy")
  @Mapping(target = "verifiedAt", source = "recheck.verifiedAt")
  @Mapping(target = "validFrom", source = "recheck.validFrom")
  @Mapping(target = "validUntil", source = "recheck.validUntil")
  @Mapping(target = "outcome", source = "recheck.outcome")
  @Mapping(target = "completedAt", source = "recheck.completedAt")
  @Mapping(target = "statusEnd", source = "statusEnd")
  RecheckView toView(Recheck recheck, StatusEnd statusEnd);

  @Mapping(target = "kind", source = "kind")
  @Mapping(target = "ground", source = "ground")
  @Mapping(target = "proposedBy", source = "proposedBy")
  @Mapping(target = "confirmed", source = "confirmed")
  @Mapping(target = "confirmedBy", source = "confirmedBy")
  @Mapping(target = "notifiedOn", source = "notifiedOn")
  @Mapping(target = "appealDueOn", source = "appealDueOn")
  @Mapping(target = "appealLodgedOn", source = "appealLodgedOn")
  @Mapping(target = "appealOutcome", source = "appealOutcome")
  @Mapping(target = "appealDecidedBy", source = "appealDecidedBy")
  @Mapping(target = "effectiveOn", source = "effectiveOn")
  RecheckView.StatusEndView toView(StatusEnd statusEnd);

  @Mapping(target = "id", source = "id")
  @Mapping(target = "dueBy", source = "dueBy")
  @Mapping(target = "startedAt", source = "startedAt")
  @Mapping(target = "finishedAt", source = "finishedAt")
  @Mapping(target = "status", source = "status")
  @Mapping(target = "dueTotal", source = "dueTotal")
  @Mapping(target = "started", source = "started")
  @Mapping(target = "collisions", source = "collisions")
  @Mapping(target = "node", source = "node")
  @Mapping(target = "heartbeatAt", source = "heartbeatAt")
  RecheckRunView toView(RecheckRun run);
}
