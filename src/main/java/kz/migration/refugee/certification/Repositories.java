package kz.migration.refugee.certification;

import jakarta.persistence.QueryHint;
import java.util.Collection;
import java.util.List;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface FingerprintRepository extends JpaRepository<Fingerprint, Long> {

  @Query("select f from Fingerprint f where f.caseId = :caseId order by f.id")
  List<Fingerprint> findByCaseIdOrderById(@Param("caseId") Long caseId);

  // native: Hibernate translates a query language statement with a list bound to "in" anew on each call; the
  // table named so that only its own pending changes are flushed first, as for a query language statement
  @QueryHints(@QueryHint(name = HibernateHints.HINT_NATIVE_SPACES, value = "fingerprint"))
  @Query(value = "select f.* from fingerprint f where f.person_id in (:personIds)", nativeQuery = true)
  List<Fingerprint> findByPersonIdIn(@Param("personIds") Collection<Long> personIds);
}
