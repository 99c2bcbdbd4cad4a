package kz.migration.refugee.certification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FingerprintRepository extends JpaRepository<Fingerprint, Long> {

  List<Fingerprint> findByCaseIdOrderById(Long caseId);

  List<Fingerprint> findByPersonIdIn(Collection<Long> personIds);
}
