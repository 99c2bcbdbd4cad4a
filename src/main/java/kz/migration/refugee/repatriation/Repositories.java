package kz.migration.refugee.repatriation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VoluntaryReturnRepository extends JpaRepository<VoluntaryReturn, Long> {
  Optional<VoluntaryReturn> findByOpenCaseId(Long caseId);

  Optional<VoluntaryReturn> findFirstByCaseIdOrderByIdDesc(Long caseId);

  List<VoluntaryReturn> findByCaseIdOrderById(Long caseId);
}

interface ReturnContactRepository extends JpaRepository<ReturnContact, Long> {
  Optional<ReturnContact> findByReturnIdAndBody(Long returnId, ContactBody body);

  List<ReturnContact> findByReturnIdOrderById(Long returnId);
}
