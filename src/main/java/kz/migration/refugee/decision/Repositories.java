package kz.migration.refugee.decision;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRepository extends JpaRepository<Decision, Long> {
  List<Decision> findByCaseIdOrderById(Long caseId);

  Optional<Decision> findFirstByCaseIdOrderByIdDesc(Long caseId);
}

interface RecommendationRepository extends JpaRepository<RecordedRecommendation, Long> {
  Optional<RecordedRecommendation> findFirstByCaseIdOrderByIdDesc(Long caseId);

  List<RecordedRecommendation> findByCaseIdOrderById(Long caseId);

  Optional<RecordedRecommendation> findFirstByCaseIdAndPersonIdOrderByIdDesc(Long caseId, Long personId);
}

interface PersonDecisionRepository extends JpaRepository<PersonDecision, Long> {
  List<PersonDecision> findByDecisionIdOrderById(Long decisionId);

  List<PersonDecision> findByDecisionIdInOrderById(List<Long> decisionIds);
}

interface AppealRepository extends JpaRepository<Appeal, Long> {
  Optional<Appeal> findFirstByCaseIdOrderByIdDesc(Long caseId);

  List<Appeal> findByCaseIdOrderById(Long caseId);
}

interface CourtAppealRepository extends JpaRepository<CourtAppeal, Long> {
  Optional<CourtAppeal> findFirstByCaseIdOrderByIdDesc(Long caseId);

  List<CourtAppeal> findByCaseIdOrderById(Long caseId);
}
