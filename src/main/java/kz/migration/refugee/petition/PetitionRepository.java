package kz.migration.refugee.petition;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PetitionRepository extends JpaRepository<Petition, Long> {

  Optional<Petition> findByCaseId(Long caseId);
}
