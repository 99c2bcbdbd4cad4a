package kz.migration.refugee.decision;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DecisionRepository extends JpaRepository<Decision, Long> {
  @Query("select d from Decision d where d.caseId = :caseId order by d.id")
  List<Decision> findByCaseIdOrderById(@Param("caseId") Long caseId);

  @Query("select d from Decision d where d.caseId = :caseId order by d.id desc limit 1")
  Optional<Decision> findFirstByCaseIdOrderByIdDesc(@Param("caseId") Long caseId);
}

interface RecommendationRepository extends JpaRepository<RecordedRecommendation, Long> {
  @Query("select r from RecordedRecommendation r where r.caseId = :caseId order by r.id desc limit 1")
  Optional<RecordedRecommendation> findFirstByCaseIdOrderByIdDesc(@Param("caseId") Long caseId);

  @Query("select r from RecordedRecommendation r where r.caseId = :caseId order by r.id")
  List<RecordedRecommendation> findByCaseIdOrderById(@Param("caseId") Long caseId);

  @Query("select r from RecordedRecommendation r where r.caseId = :caseId and r.personId = :personId"
      + " order by r.id desc limit 1")
  Optional<RecordedRecommendation> findFirstByCaseIdAndPersonIdOrderByIdDesc(@Param("caseId") Long caseId,
      @Param("personId") Long personId);
}

interface PersonDecisionRepository extends JpaRepository<PersonDecision, Long> {
  @Query("select p from PersonDecision p where p.decisionId = :decisionId order by p.id")
  List<PersonDecision> findByDecisionIdOrderById(@Param("decisionId") Long decisionId);

  List<PersonDecision> findByDecisionIdInOrderById(List<Long> decisionIds);
}

interface AppealRepository extends JpaRepository<Appeal, Long> {
  @Query("select a from Appeal a where a.caseId = :caseId order by a.id desc limit 1")
  Optional<Appeal> findFirstByCaseIdOrderByIdDesc(@Param("caseId") Long caseId);

  @Query("select a from Appeal a where a.caseId = :caseId order by a.id")
  List<Appeal> findByCaseIdOrderById(@Param("caseId") Long caseId);
}

interface CourtAppealRepository extends JpaRepository<CourtAppeal, Long> {
  @Query("select c from CourtAppeal c where c.caseId = :caseId order by c.id desc limit 1")
  Optional<CourtAppeal> findFirstByCaseIdOrderByIdDesc(@Param("caseId") Long caseId);

  @Query("select c from CourtAppeal c where c.caseId = :caseId order by c.id")
  List<CourtAppeal> findByCaseIdOrderById(@Param("caseId") Long caseId);
}
