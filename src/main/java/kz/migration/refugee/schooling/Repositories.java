package kz.migration.refugee.schooling;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolRepository extends JpaRepository<School, Long> {

  List<School> findAllByOrderByName();
}

interface SchoolReferralRepository extends JpaRepository<SchoolReferral, Long> {

  /** The child's open referral, if any (at most one: {@code uq_school_referral_open}). */
  Optional<SchoolReferral> findByOpenPersonId(long personId);

  List<SchoolReferral> findByCaseIdOrderByIdAsc(long caseId);

  List<SchoolReferral> findByCaseIdAndOutcomeIsNull(long caseId);
}
