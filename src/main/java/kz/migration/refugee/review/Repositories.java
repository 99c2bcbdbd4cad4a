package kz.migration.refugee.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InterviewRepository extends JpaRepository<Interview, Long> {
  List<Interview> findByCaseIdOrderById(Long caseId);
}

interface AgencyCheckRepository extends JpaRepository<AgencyCheck, Long> {
  Optional<AgencyCheck> findByCaseIdAndAgency(Long caseId, Agency agency);
}

interface AssessmentRepository extends JpaRepository<Assessment, Long> {
  List<Assessment> findByCaseIdOrderById(Long caseId);

  Optional<Assessment> findFirstByCaseIdAndPersonIdOrderByIdDesc(Long caseId, Long personId);
}

interface InterviewAppointmentRepository extends JpaRepository<InterviewAppointment, Long> {
  List<InterviewAppointment> findByCaseIdOrderById(Long caseId);
}

interface AbandonmentDecisionRepository extends JpaRepository<AbandonmentDecision, Long> {
  List<AbandonmentDecision> findByCaseIdOrderById(Long caseId);
}
