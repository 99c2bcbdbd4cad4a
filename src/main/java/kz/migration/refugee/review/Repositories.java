package kz.migration.refugee.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InterviewRepository extends JpaRepository<Interview, Long> {
  @Query("select i from Interview i where i.caseId = :caseId order by i.id")
  List<Interview> findByCaseIdOrderById(@Param("caseId") Long caseId);
}

interface AgencyCheckRepository extends JpaRepository<AgencyCheck, Long> {
  @Query("select a from AgencyCheck a where a.caseId = :caseId and a.agency = :agency")
  Optional<AgencyCheck> findByCaseIdAndAgency(@Param("caseId") Long caseId, @Param("agency") Agency agency);

  @Query("select a from AgencyCheck a where a.caseId = :caseId")
  List<AgencyCheck> findByCaseId(@Param("caseId") Long caseId);
}

interface AssessmentRepository extends JpaRepository<Assessment, Long> {
  @Query("select a from Assessment a where a.caseId = :caseId order by a.id")
  List<Assessment> findByCaseIdOrderById(@Param("caseId") Long caseId);

  @Query("select a from Assessment a where a.caseId = :caseId and a.personId = :personId order by a.id desc limit 1")
  Optional<Assessment> findFirstByCaseIdAndPersonIdOrderByIdDesc(@Param("caseId") Long caseId,
      @Param("personId") Long personId);
}

interface InterviewAppointmentRepository extends JpaRepository<InterviewAppointment, Long> {
  @Query("select a from InterviewAppointment a where a.caseId = :caseId order by a.id")
  List<InterviewAppointment> findByCaseIdOrderById(@Param("caseId") Long caseId);
}

interface AbandonmentDecisionRepository extends JpaRepository<AbandonmentDecision, Long> {
  @Query("select a from AbandonmentDecision a where a.caseId = :caseId order by a.id")
  List<AbandonmentDecision> findByCaseIdOrderById(@Param("caseId") Long caseId);
}
