package kz.migration.refugee.needs;

import jakarta.persistence.QueryHint;
import java.util.Collection;
import java.util.List;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface PersonNeedRepository extends JpaRepository<PersonNeed, PersonNeed.Key> {

  // native: Hibernate translates a query language statement with a list bound to "in" anew on each call; the
  // table named so that only its own pending changes are flushed first, as for a query language statement
  @QueryHints(@QueryHint(name = HibernateHints.HINT_NATIVE_SPACES, value = "person_specific_need"))
  @Query(value = "select n.* from person_specific_need n where n.person_id in (:personIds)", nativeQuery = true)
  List<PersonNeed> findByPersonIdIn(@Param("personIds") Collection<Long> personIds);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("delete from PersonNeed n where n.personId = :personId")
  void deleteOfPerson(@Param("personId") long personId);
}

interface SpecificNeedChangeRepository extends JpaRepository<SpecificNeedChange, Long> {

  List<SpecificNeedChange> findByPersonIdInOrderById(Collection<Long> personIds);
}

interface BestInterestsNoteRepository extends JpaRepository<BestInterestsNote, Long> {

  List<BestInterestsNote> findByCaseIdOrderById(long caseId);

  boolean existsByCaseId(long caseId);
}

interface RecordedWorkOrderRepository extends JpaRepository<RecordedWorkOrder, Long> {}
