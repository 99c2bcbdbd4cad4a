package kz.migration.refugee.needs;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonNeedRepository extends JpaRepository<PersonNeed, PersonNeed.Key> {

  @Query("select n from PersonNeed n where n.personId in :personIds")
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
