package kz.migration.refugee.audit;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

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
