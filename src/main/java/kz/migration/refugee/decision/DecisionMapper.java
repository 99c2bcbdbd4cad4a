package kz.migration.refugee.decision;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface DecisionMapper {

  @Mapping(target = "outcome", source = "decision.outcome")
  @Mapping(target = "legalGround", source = "decision.legalGround")
  @Mapping(target = "reasons", source = "decision.reasons")
  @Mapping(target = "decidedBy", source = "decision.decidedBy")
  @Mapping(target = "decidedAt", source = "decision.decidedAt")
  @Mapping(target = "recommendation", source = "decision.recommendation")
  @Mapping(target = "recommendationRule", source = "decision.recommendationRule")
  @Mapping(target = "recommendationInputs", source = "decision.recommendationInputs")
  @Mapping(target = "rulesVersion", source = "decision.rulesVersion")
  @Mapping(target = "notifiedOn", source = "decision.notifiedOn")
  @Mapping(target = "appealDueOn", source = "decision.appealDueOn")
  @Mapping(target = "noticeServedHow", source = "decision.noticeServedHow")
  @Mapping(target = "noticeServiceNote", source = "decision.noticeServiceNote")
  @Mapping(target = "noticeRecordedBy", source = "decision.noticeRecordedBy")
  @Mapping(target = "persons", source = "persons")
  DecisionView toView(Decision decision, List<PersonDecision> persons);

  @Mapping(target = "personId", source = "personId")
  @Mapping(target = "outcome", source = "outcome")
  @Mapping(target = "basis", source = "basis")
  @Mapping(target = "legalGround", source = "legalGround")
  @Mapping(target = "reasons", source = "reasons")
  @Mapping(target = "followsPersonId", source = "followsPersonId")
  @Mapping(target = "consentOn", source = "consentOn")
  @Mapping(target = "guardian", source = "guardian")
  PersonOutcomeView toView(PersonDecision person);

  @Mapping(target = "lodgedOn", source = "lodgedOn")
  @Mapping(target = "grounds", source = "grounds")
  @Mapping(target = "outcome", source = "outcome")
  @Mapping(target = "reasons", source = "reasons")
  @Mapping(target = "decidedBy", source = "decidedBy")
  @Mapping(target = "decidedAt", source = "decidedAt")
  @Mapping(target = "recordedBy", source = "recordedBy")
  @Mapping(target = "late", source = "late")
  @Mapping(target = "lateDecision", source = "lateDecision")
  @Mapping(target = "lateReasons", source = "lateReasons")
  @Mapping(target = "lateDecidedBy", source = "lateDecidedBy")
  @Mapping(target = "lateDecidedAt", source = "lateDecidedAt")
  AppealView toView(Appeal appeal);

  List<AppealView> toAppealViews(List<Appeal> appeals);

  @Mapping(target = "courtName", source = "courtName")
  @Mapping(target = "lodgedOn", source = "lodgedOn")
  @Mapping(target = "recordedBy", source = "recordedBy")
  @Mapping(target = "recordedAt", source = "recordedAt")
  @Mapping(target = "outcome", source = "outcome")
  @Mapping(target = "decidedOn", source = "decidedOn")
  @Mapping(target = "outcomeRecordedBy", source = "outcomeRecordedBy")
  CourtAppealView toView(CourtAppeal courtAppeal);

  List<CourtAppealView> toCourtAppealViews(List<CourtAppeal> courtAppeals);

  @Mapping(target = "outcome", source = "outcome")
  @Mapping(target = "rule", source = "rule")
  @Mapping(target = "inputs", source = "inputs")
  @Mapping(target = "rulesVersion", source = "rulesVersion")
  @Mapping(target = "evaluatedAt", source = "evaluatedAt")
  RecommendationView toView(RecordedRecommendation recommendation);

  List<RecommendationView> toRecommendationViews(List<RecordedRecommendation> recommendations);
}
