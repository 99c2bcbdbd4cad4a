package kz.migration.refugee.petition;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PetitionRepository extends JpaRepository<Petition, Long> {

  @Query("select p from Petition p where p.caseId = :caseId")
  Optional<Petition> findByCaseId(@Param("caseId") Long caseId);
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
