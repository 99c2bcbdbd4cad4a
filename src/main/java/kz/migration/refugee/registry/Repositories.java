package kz.migration.refugee.registry;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import kz.migration.refugee.shared.NotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FamilyCaseRepository extends JpaRepository<FamilyCase, Long> {

  // The lookups on every step of a case are written as JPQL: Hibernate keeps a string query's translation to SQL,
  // while a query derived from the method's name is built as a criteria query and translated again on every call.
  @Query("select c from FamilyCase c where c.caseNumber = :caseNumber")
  Optional<FamilyCase> findByCaseNumber(@Param("caseNumber") String caseNumber);

  /** Cases whose number, or whose archive number's key ({@link LegacyReference#key()}), holds the fragment. */
  List<FamilyCase> findByCaseNumberContainingOrLegacyReferenceKeyContainingOrderByCaseNumber(String number,
      String legacyKey, Pageable page);

  boolean existsByLegacyReferenceKey(String legacyKey);

  /** Case numbers taken in a range of one year's series, in order (fixed width: text order is number order). */
  @Query("select c.caseNumber from FamilyCase c where c.caseNumber between :from and :to order by c.caseNumber")
  List<String> findCaseNumbersBetween(@Param("from") String from, @Param("to") String to, Pageable page);

  default FamilyCase load(long caseId) {
    return findById(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
  }

  default FamilyCase load(CaseNumber number) {
    return findByCaseNumber(number.value()).orElseThrow(() -> new NotFoundException("case", number));
  }
}

interface PersonRepository extends JpaRepository<Person, Long> {

  /** The heads of these families, for the name shown beside their tasks. */
  @Query("""
      select p from Person p
      where p.familyCase.id in :caseIds and p.role = kz.migration.refugee.registry.FamilyRole.HEAD
      order by p.id
      """)
  List<Person> findHeads(@Param("caseIds") Collection<Long> caseIds);

  /** Never a stored document number (they are kept without dashes): matches nothing in look-alike queries. */
  String NO_DOCUMENT = "-";

  @Query("""
      select p from Person p join fetch p.familyCase c
      where c.status <> kz.migration.refugee.registry.CaseStatus.MERGED and c.id <> :excludedCase
        and (p.documentNumber = :document
             or (p.surnameKey = :surnameKey and p.givenNameKey = :givenNameKey
                 and p.dateOfBirth = :dateOfBirth and p.citizenship = :citizenship))
      """)
  List<Person> findLookAlikes(@Param("excludedCase") long excludedCase, @Param("document") String document,
      @Param("surnameKey") String surnameKey, @Param("givenNameKey") String givenNameKey,
      @Param("dateOfBirth") LocalDate dateOfBirth, @Param("citizenship") String citizenship);

  /** Numbers of the cases, other than the excluded ones, in which one of these documents is held (see V7). */
  @Query("""
      select distinct c.caseNumber from Person p join p.familyCase c
      where p.openDocument in :documents and c.id not in :excludedCases
      order by c.caseNumber
      """)
  List<String> findCasesHolding(@Param("documents") Collection<String> documents,
      @Param("excludedCases") Collection<Long> excludedCases);

  @Query("""
      select p from Person p join fetch p.familyCase c
      where c.status <> kz.migration.refugee.registry.CaseStatus.MERGED
        and (p.searchName like concat('%', :fragment, '%') or p.documentNumber = :document
             or p.surnameKey = :key or p.givenNameKey = :key)
      order by p.surname, p.givenName
      """)
  List<Person> search(@Param("fragment") String fragment, @Param("document") String document,
      @Param("key") String key, Pageable page);

  @Query("""
      select p from Person p join fetch p.familyCase c
      where c.status <> kz.migration.refugee.registry.CaseStatus.MERGED and p.dateOfBirth = :born
      order by p.surname, p.givenName
      """)
  List<Person> findBornOn(@Param("born") LocalDate born, Pageable page);
}

interface CertificateRepository extends JpaRepository<Certificate, Long> {

  @Query("select c from Certificate c where c.caseId = :caseId order by c.id")
  List<Certificate> findByCaseIdOrderById(@Param("caseId") Long caseId);

  Optional<Certificate> findByNumber(String number);

  @Query("select c from Certificate c where c.caseId = :caseId and c.type = :type order by c.id desc limit 1")
  Optional<Certificate> findFirstByCaseIdAndTypeOrderByIdDesc(@Param("caseId") Long caseId,
      @Param("type") CertificateType type);

  @Query("select c.id from Certificate c where c.type = :type and c.status = :status order by c.id")
  List<Long> findIdsByTypeAndStatus(@Param("type") CertificateType type, @Param("status") Certificate.Status status);
}

interface NumberSeriesRepository extends JpaRepository<NumberSeries, String> {

  /** The counter row whose lock serialises the creation of a new series' counter (V7). */
  String NEW_SERIES = "*new-series";

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select s from NumberSeries s where s.seriesKey = :key")
  Optional<NumberSeries> lock(@Param("key") String key);

  /** The series' counter, locked; created on its first number, after the creation lock (see V7). */
  default NumberSeries counter(String key) {
    return lock(key).orElseGet(() -> {
      lock(NEW_SERIES).orElseThrow(() -> new IllegalStateException("number series creation row missing"));
      // a first number of the same series that held the creation lock before us has created the counter by now
      return lock(key).orElseGet(() -> saveAndFlush(new NumberSeries(key)));
    });
  }
}

interface DuplicateCandidateRepository extends JpaRepository<DuplicateCandidate, Long> {

  @Query("select d from DuplicateCandidate d join fetch d.matchedCase where d.caseId = :caseId order by d.id")
  List<DuplicateCandidate> findByCaseId(@Param("caseId") long caseId);
}
