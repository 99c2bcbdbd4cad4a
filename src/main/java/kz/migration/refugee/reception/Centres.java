package kz.migration.refugee.reception;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kz.migration.refugee.shared.ConflictException;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The centres as reference data: administrators enter and change them, case work reads them. */
@Service
@Transactional
public class Centres {

  private final CentreRepository centres;
  private final PlacementRepository placements;
  private final ReceptionMapper mapper;
  private final ReceptionProperties limits;
  private final Clock clock;

  Centres(CentreRepository centres, PlacementRepository placements, ReceptionMapper mapper, ReceptionProperties limits,
      Clock clock) {
    this.centres = centres;
    this.placements = placements;
    this.mapper = mapper;
    this.limits = limits;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<CentreView> all() {
    return centres.findAllByOrderByName().stream().map(mapper::toView).toList();
  }

  CentreView create(CentreRequest request) {
    checkCapacity(request);
    if (centres.existsByName(request.name().strip())) {
      throw FieldErrors.of("name", "центр с таким названием уже есть");
    }
    return mapper.toView(centres.save(AccommodationCentre.of(request)));
  }

  CentreView update(long id, CentreRequest request) {
    checkCapacity(request);
    // locked as a placement locks it: a smaller capacity is checked against the placements committed
    AccommodationCentre centre = centres.lock(id).orElseThrow(() -> new NotFoundException("centre", id));
    if (centres.existsByNameAndIdNot(request.name().strip(), id)) {
      throw FieldErrors.of("name", "центр с таким названием уже есть");
    }
    LocalDate today = LocalDate.now(clock);
    int occupied = Occupying.peak(placements.findOccupyingFrom(id, today), today);
    if (request.capacity() < occupied) {
      throw FieldErrors.of("capacity", "в центре размещено " + occupied + " человек: мест не может быть меньше");
    }
    centre.change(request);
    return mapper.toView(centre);
  }

  private void checkCapacity(CentreRequest request) {
    if (request.capacity() > limits.maxCapacity()) {
      throw FieldErrors.of("capacity", "не более " + limits.maxCapacity() + " мест");
    }
  }

  /** Not found for an unknown centre; a conflict is not needed: the id comes from a list. */
  AccommodationCentre load(long id) {
    return centres.findById(id).orElseThrow(() -> new NotFoundException("centre", id));
  }

  static ConflictException full(AccommodationCentre centre, LocalDate on, int occupied, int arriving) {
    return new ConflictException("В центре «" + centre.getName() + "» нет свободных мест на "
        + String.format("%02d.%02d.%d", on.getDayOfMonth(), on.getMonthValue(), on.getYear()) + ": занято " + occupied
        + " из " + centre.getCapacity() + ", размещается " + arriving + " чел.");
  }
}
