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
}

interface AppealRepository extends JpaRepository<Appeal, Long> {
  Optional<Appeal> findFirstByCaseIdOrderByIdDesc(Long caseId);

  List<Appeal> findByCaseIdOrderById(Long caseId);
}
