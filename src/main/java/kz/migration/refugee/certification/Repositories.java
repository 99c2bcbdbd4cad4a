package kz.migration.refugee.certification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FingerprintRepository extends JpaRepository<Fingerprint, Long> {

  @Query("select f from Fingerprint f where f.caseId = :caseId order by f.id")
  List<Fingerprint> findByCaseIdOrderById(@Param("caseId") Long caseId);

  @Query("select f from Fingerprint f where f.personId in :personIds")
  List<Fingerprint> findByPersonIdIn(@Param("personIds") Collection<Long> personIds);
}
