package kz.migration.refugee.reception;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CentreRepository extends JpaRepository<AccommodationCentre, Long> {

  List<AccommodationCentre> findAllByOrderByName();

  boolean existsByName(String name);

  boolean existsByNameAndIdNot(String name, Long id);

  /**
   * The centre's row, locked to the end of the transaction ({@code select ... for update}): placements in one centre
   * queue here, so each counts the places with the others' placements committed.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from AccommodationCentre c where c.id = :id")
  Optional<AccommodationCentre> lock(@Param("id") long id);
}

interface PlacementRepository extends JpaRepository<Placement, Long> {

  List<Placement> findByCaseIdOrderByPlacedOnAscIdAsc(long caseId);

  List<Placement> findByCaseIdAndLeftOnIsNull(long caseId);

  /** The centre's placements not over by {@code from}: those that occupy a place on that day or later. */
  @Query("select p from Placement p where p.centreId = :centre and (p.leftOn is null or p.leftOn > :from)")
  List<Placement> findOccupyingFrom(@Param("centre") long centreId, @Param("from") LocalDate from);

  /** Per centre: persons present on the day and their families. */
  @Query("""
      select p.centreId as centreId, count(p) as persons, count(distinct p.caseId) as families
        from Placement p
       where p.placedOn <= :day and (p.leftOn is null or p.leftOn > :day)
       group by p.centreId
      """)
  List<CentreCount> countPresentOn(@Param("day") LocalDate day);

  interface CentreCount {
    Long getCentreId();
    long getPersons();
    long getFamilies();
  }
}
