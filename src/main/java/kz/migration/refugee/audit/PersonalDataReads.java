package kz.migration.refugee.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Auditors ask who viewed a file, not only who changed it. Every read of a case's personal data through
 * the domain API or a task form is recorded here, in the database (not in the log files, which hold no
 * personal data).
 */
@Service
class PersonalDataReads {

  private final PersonalDataReadRepository reads;
  private final AuditMapper mapper;
  private final Clock clock;

  PersonalDataReads(PersonalDataReadRepository reads, AuditMapper mapper, Clock clock) {
    this.reads = reads;
    this.mapper = mapper;
    this.clock = clock;
  }

  /** In its own transaction: the read has happened, whatever else the request did. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void record(String user, String what, String caseNumber, String search) {
    reads.save(PersonalDataRead.of(Instant.now(clock), user, what, caseNumber, search));
  }

  @Transactional(readOnly = true)
  List<PersonalDataReadView> find(String caseNumber, String user, LocalDate from, LocalDate to, int limit) {
    Instant start = from == null ? Instant.EPOCH : from.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = to == null ? Instant.now(clock).plusSeconds(1) : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    return reads.find(caseNumber, user, start, end, PageRequest.of(0, limit)).stream().map(mapper::toView).toList();
  }
}
