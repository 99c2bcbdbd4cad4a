package kz.migration.refugee.decision;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface DecisionMapper {

  @Mapping(target = "outcome", source = "outcome")
  @Mapping(target = "legalGround", source = "legalGround")
  @Mapping(target = "reasons", source = "reasons")
  @Mapping(target = "decidedBy", source = "decidedBy")
  @Mapping(target = "decidedAt", source = "decidedAt")
  @Mapping(target = "recommendation", source = "recommendation")
  @Mapping(target = "recommendationRule", source = "recommendationRule")
  @Mapping(target = "recommendationInputs", source = "recommendationInputs")
  @Mapping(target = "rulesVersion", source = "rulesVersion")
  @Mapping(target = "notifiedOn", source = "notifiedOn")
  @Mapping(target = "appealDueOn", source = "appealDueOn")
  @Mapping(target = "noticeServedHow", source = "noticeServedHow")
  @Mapping(target = "noticeServiceNote", source = "noticeServiceNote")
  @Mapping(target = "noticeRecordedBy", source = "noticeRecordedBy")
  DecisionView toView(Decision decision);

  List<DecisionView> toViews(List<Decision> decisions);

  @Mapping(target = "lodgedOn", source = "lodgedOn")
  @Mapping(target = "grounds", source = "grounds")
  @Mapping(target = "outcome", source = "outcome")
  @Mapping(target = "reasons", source = "reasons")
  @Mapping(target = "decidedBy", source = "decidedBy")
  @Mapping(target = "decidedAt", source = "decidedAt")
  @Mapping(target = "recordedBy", source = "recordedBy")
  AppealView toView(Appeal appeal);

  List<AppealView> toAppealViews(List<Appeal> appeals);

  @Mapping(target = "outcome", source = "outcome")
  @Mapping(target = "rule", source = "rule")
  @Mapping(target = "inputs", source = "inputs")
  @Mapping(target = "rulesVersion", source = "rulesVersion")
  @Mapping(target = "evaluatedAt", source = "evaluatedAt")
  RecommendationView toView(RecordedRecommendation recommendation);

  List<RecommendationView> toRecommendationViews(List<RecordedRecommendation> recommendations);
}
