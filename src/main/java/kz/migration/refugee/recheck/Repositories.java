package kz.migration.refugee.recheck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** A recognised family due for its recheck: the earliest expiry among its valid refugee certificates. */
interface DueFamily {
  Long getCaseId();
  String getCaseNumber();
  LocalDate getDueOn();
}

interface RecheckRepository extends JpaRepository<Recheck, Long> {

  /**
   * Recognised families whose certificate expires by {@code dueBy} and that have neither a recheck in
   * flight nor one for this certificate period, in expiry order after the given key. A read-only view of the
   * register's tables, joined in the database. It walks the valid refugee certificates in (expiry, case) order
   * from the key on ({@code ix_certificate_due_case}), keeping each family's earliest one, and stops after the
   * chunk: a chunk reads about its own rows, not every family due again.
   */
  /**
   * The families due by {@code :dueBy}: each family's earliest valid refugee certificate, the family recognised, with
   * no recheck in flight and none for this certificate period. Shared by the queries below.
   */
  String DUE = """
      select c.case_id as caseId, fc.case_number as caseNumber, c.valid_until as dueOn
      from certificate c join family_case fc on fc.id = c.case_id
      where c.type = 'REFUGEE' and c.status = 'VALID' and c.valid_until <= :dueBy
        and fc.status = 'GRANTED'
        and not exists (select 1 from certificate e
                        where e.case_id = c.case_id and e.type = 'REFUGEE' and e.status = 'VALID'
                          and (e.valid_until < c.valid_until or (e.valid_until = c.valid_until and e.id < c.id)))
        and not exists (select 1 from recheck r
                        where r.case_id = c.case_id and (r.open_case_id is not null or r.due_on = c.valid_until))
      """;

  @Query(nativeQuery = true, value = DUE + """
        and (c.valid_until, c.case_id) > (:afterDue, :afterCase)
      order by c.valid_until, c.case_id
      limit :limit
      """)
  List<DueFamily> findDue(@Param("dueBy") LocalDate dueBy, @Param("afterDue") LocalDate afterDue,
      @Param("afterCase") long afterCase, @Param("limit") int limit);

  /** Those of the given families that are still due (as {@link #findDue}): a chunk read again after a collision. */
  @Query(nativeQuery = true, value = DUE + """
        and c.case_id in (:caseIds)
      order by c.valid_until, c.case_id
      """)
  List<DueFamily> findStillDue(@Param("dueBy") LocalDate dueBy, @Param("caseIds") Collection<Long> caseIds);

  @Query(nativeQuery = true, value = """
      select count(*) from (select fc.id as case_id, min(c.valid_until) as due_on
            from family_case fc join certificate c on c.case_id = fc.id
            where fc.status = 'GRANTED' and c.type = 'REFUGEE' and c.status = 'VALID' and c.valid_until <= :dueBy
            group by fc.id) d
      where not exists (select 1 from recheck r
                        where r.case_id = d.case_id and (r.open_case_id is not null or r.due_on = d.due_on))
      """)
  int countDue(@Param("dueBy") LocalDate dueBy);

  List<Recheck> findByCaseIdOrderById(Long caseId);
}

interface StatusEndRepository extends JpaRepository<StatusEnd, Long> {

  Optional<StatusEnd> findFirstByRecheckIdOrderByIdDesc(Long recheckId);

  List<StatusEnd> findByCaseIdOrderById(Long caseId);

  /** Persons among these in an end of status still open: proposed, not rejected, not overturned, not yet in effect. */
  @Query("select count(p) from StatusEnd s join s.persons p where p.personId in :persons and p.involvement = :proposed"
      + " and s.effectiveOn is null and (s.confirmed is null or s.confirmed = true)"
      + " and (s.appealOutcome is null or s.appealOutcome <> 'overturned')")
  long countOpenFor(@Param("persons") Collection<Long> persons, @Param("proposed") StatusEndPerson.Involvement proposed);

  default long countOpenFor(Collection<Long> persons) {
    return countOpenFor(persons, StatusEndPerson.Involvement.PROPOSED);
  }
}

interface RecheckRunRepository extends JpaRepository<RecheckRun, Long> {

  List<RecheckRun> findAllByOrderByIdDesc(Pageable page);

  /** Progress is counted in the chunk's own transaction: it commits exactly with the rechecks it counts. */
  @Modifying
  @Query("update RecheckRun r set r.started = r.started + :started, r.collisions = r.collisions + :collisions,"
      + " r.heartbeatAt = :now where r.id = :id")
  void advance(@Param("id") long id, @Param("started") int started, @Param("collisions") int collisions,
      @Param("now") Instant now);

  /** Passes this node left running when it stopped; none can be running on it while it starts. */
  @Modifying
  @Query("update RecheckRun r set r.status = :abandoned, r.finishedAt = :now where r.status = :running and r.node = :node")
  int abandon(@Param("node") String node, @Param("running") RecheckRun.Status running,
      @Param("abandoned") RecheckRun.Status abandoned, @Param("now") Instant now);
}
