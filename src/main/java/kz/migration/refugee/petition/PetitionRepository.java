package kz.migration.refugee.petition;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PetitionRepository extends JpaRepository<Petition, Long> {

  Optional<Petition> findByCaseId(Long caseId);
}

interface PetitionRequestRepository extends JpaRepository<PetitionRequest, Long> {

  Optional<PetitionRequest> findByUserIdAndIdempotencyKey(String userId, String idempotencyKey);
}

interface CaseReopeningRepository extends JpaRepository<CaseReopening, Long> {

  java.util.List<CaseReopening> findByCaseIdOrderById(Long caseId);
}

interface PetitionWithdrawalRepository extends JpaRepository<PetitionWithdrawal, Long> {

  Optional<PetitionWithdrawal> findByCaseId(Long caseId);
}
