package kz.migration.refugee.audit;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DecisionLogEntryRepository extends JpaRepository<DecisionLogEntry, Long> {

  /** Keyset page: the entries after a sequence number, in order. */
  List<DecisionLogEntry> findBySequenceNoGreaterThanOrderBySequenceNoAsc(long after, Pageable page);

  List<DecisionLogEntry> findByCaseNumberOrderBySequenceNoAsc(String caseNumber);
}

interface DecisionLogHeadRepository extends JpaRepository<DecisionLogHead, Integer> {

  /** {@code select ... for update} of the head row: held until the appending transaction ends. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select h from DecisionLogHead h where h.id = 1")
  Optional<DecisionLogHead> lock();

  @Query("select h from DecisionLogHead h where h.id = 1")
  Optional<DecisionLogHead> read();
}

interface PersonalDataReadRepository extends JpaRepository<PersonalDataRead, Long> {

  @Query("""
      select r from PersonalDataRead r
      where (:caseNumber is null or r.caseNumber = :caseNumber) and (:user is null or r.userId = :user)
        and r.readAt >= :start and r.readAt < :end
      order by r.readAt desc, r.id desc
      """)
  List<PersonalDataRead> find(@Param("caseNumber") String caseNumber,
      @Param("user") String user,
      @Param("start") Instant start,
      @Param("end") Instant end, Pageable page);
}
