package kz.migration.refugee.reception;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.registry.Deregistration;
import kz.migration.refugee.registry.DeregistrationReason;
import kz.migration.refugee.registry.FamilyCases;
import kz.migration.refugee.registry.FamilyMember;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Persons of a case in the centres: placed (a family, or some of its members), moved, leaving; and the occupancy the
 * managers watch. Only persons on the register are placed; whoever leaves the register leaves their centre that day.
 */
@Service
@Transactional
public class Placements {

  /** Why a placement ended because the person moved to another centre. */
  static final String MOVED = "переведён в другой центр";

  private final PlacementRepository placements;
  private final CentreRepository centres;
  private final CaseSearch cases;
  private final FamilyCases families;
  private final ReceptionMapper mapper;
  private final ReceptionProperties limits;
  private final Clock clock;

  Placements(PlacementRepository placements, CentreRepository centres, CaseSearch cases, FamilyCases families,
      ReceptionMapper mapper, ReceptionProperties limits, Clock clock) {
    this.placements = placements;
    this.centres = centres;
    this.cases = cases;
    this.families = families;
    this.mapper = mapper;
    this.limits = limits;
    this.clock = clock;
  }

  /** Places persons of the case by its number (the API and the case page). */
  public List<PlacementView> place(CaseNumber number, PlacementRequest request, String by) {
    return place(cases.caseId(number), request, by);
  }

  /**
   * Places persons of the case in the centre from the day: everyone on the register when none are named. Someone
   * already in another centre moves (that placement ends the same day); someone already in this one is refused. The
   * centre's row is locked first, so that two placements for its last place queue, and the second sees it taken.
   */
  public List<PlacementView> place(long caseId, PlacementRequest request, String by) {
    LocalDate on = request.placedOn();
    checkDate("placedOn", on);
    Map<Long, FamilyMember> registered = families.registeredMembers(caseId).stream()
        .collect(Collectors.toMap(FamilyMember::personId, Function.identity()));
    Set<Long> persons = request.personIds() == null || request.personIds().isEmpty()
        ? new LinkedHashSet<>(registered.keySet()) : new LinkedHashSet<>(request.personIds());
    if (persons.isEmpty() || !registered.keySet().containsAll(persons)) {
      throw FieldErrors.of("personIds", "укажите членов семьи, состоящих на учёте в этом деле");
    }
    AccommodationCentre centre = centres.lock(request.centreId())
        .orElseThrow(() -> FieldErrors.of("centreId", "такого центра нет"));
    Map<Long, Placement> open = new HashMap<>();
    placements.findByCaseIdAndLeftOnIsNull(caseId).forEach(p -> open.put(p.getPersonId(), p));
    for (Long person : persons) {
      Placement current = open.get(person);
      if (current != null && current.getCentreId().equals(centre.getId())) {
        throw FieldErrors.of("personIds", registered.get(person).label() + " уже размещён(а) в этом центре");
      }
      if (current != null && on.isBefore(current.getPlacedOn())) {
        throw FieldErrors.of("placedOn", "дата раньше размещения в прежнем центре");
      }
    }
    int occupied = Occupying.peak(placements.findOccupyingFrom(centre.getId(), on), on);
    if (occupied + persons.size() > centre.getCapacity()) {
      throw Centres.full(centre, on, occupied, persons.size());
    }
    List<PlacementView> placed = new ArrayList<>();
    for (Long person : persons) {
      Placement current = open.get(person);
      if (current != null) {
        current.end(on, MOVED);
      }
      placed.add(mapper.toView(placements.save(Placement.of(caseId, person, centre.getId(), on, by)),
          centre.getName()));
    }
    return placed;
  }

  /** The person leaves the centre on the day given, for the reason given. */
  public PlacementView end(CaseNumber number, long placementId, LocalDate leftOn, String reason) {
    long caseId = cases.caseId(number);
    Placement placement = placements.findById(placementId).filter(p -> p.getCaseId() == caseId)
        .orElseThrow(() -> new NotFoundException("placement of case " + number, placementId));
    if (!placement.isOpen()) {
      throw FieldErrors.of("leftOn", "выезд уже записан: " + placement.getLeftOn());
    }
    checkDate("leftOn", leftOn);
    if (leftOn.isBefore(placement.getPlacedOn())) {
      throw FieldErrors.of("leftOn", "дата раньше заселения");
    }
    placement.end(leftOn, reason.strip());
    return mapper.toView(placement, centres.getReferenceById(placement.getCentreId()).getName());
  }

  /**
   * Whoever leaves the register, by any of the registry's paths, leaves their centre that day: in the deregistering
   * transaction, so that a register and a centre never disagree.
   */
  @EventListener
  void on(Deregistration deregistration) {
    Set<Long> stillRegistered = families.registeredMembers(deregistration.caseId()).stream()
        .map(FamilyMember::personId).collect(Collectors.toSet());
    for (Placement p : placements.findByCaseIdAndLeftOnIsNull(deregistration.caseId())) {
      if (!stillRegistered.contains(p.getPersonId())) {
        LocalDate on = deregistration.on().isBefore(p.getPlacedOn()) ? p.getPlacedOn() : deregistration.on();
        p.end(on, "снят(а) с учёта: " + reasonText(deregistration.reason()));
      }
    }
  }

  /** The register's reason as people read it on the case page. */
  private static String reasonText(String code) {
    return DeregistrationReason.ofCode(code).map(r -> switch (r) {
      case VOLUNTARY_RETURN -> "добровольное возвращение";
      case CESSATION -> "утрата статуса";
      case CANCELLATION -> "аннулирование статуса";
      case DEPRIVATION -> "лишение статуса";
      case TERMINATION -> "прекращение статуса";
      case LEFT_COUNTRY -> "выезд из страны";
      case DEATH -> "смерть";
      case WITHDRAWN -> "отзыв ходатайства";
      case ABANDONED -> "дело закрыто как оставленное";
      case REFUSED -> "отказ вступил в силу";
      case OTHER -> "другое";
    }).orElse(code);
  }

  /** The family's placements, earliest first. */
  @Transactional(readOnly = true)
  public List<PlacementView> ofCase(long caseId) {
    Map<Long, String> names = centreNames();
    return placements.findByCaseIdOrderByPlacedOnAscIdAsc(caseId).stream()
        .map(p -> mapper.toView(p, names.get(p.getCentreId()))).toList();
  }

  /** Per centre on the day: places, persons present, places free, families present. */
  @Transactional(readOnly = true)
  public Occupancy occupancy(LocalDate day) {
    Map<Long, PlacementRepository.CentreCount> counts = placements.countPresentOn(day).stream()
        .collect(Collectors.toMap(PlacementRepository.CentreCount::getCentreId, Function.identity()));
    List<Occupancy.Centre> rows = centres.findAllByOrderByName().stream().map(c -> {
      var count = counts.get(c.getId());
      long occupied = count == null ? 0 : count.getPersons();
      return new Occupancy.Centre(c.getId(), c.getName(), c.getCapacity(), occupied,
          Math.max(0, c.getCapacity() - occupied), count == null ? 0 : count.getFamilies());
    }).toList();
    return new Occupancy(day, rows);
  }

  /** Centres with a free place on the day and how many, for the placement step's list. */
  @Transactional(readOnly = true)
  public Map<CentreView, Integer> withFreePlaces(LocalDate day) {
    Map<CentreView, Integer> free = new java.util.LinkedHashMap<>();
    for (AccommodationCentre c : centres.findAllByOrderByName()) {
      int left = c.getCapacity() - Occupying.peak(placements.findOccupyingFrom(c.getId(), day), day);
      if (left > 0) {
        free.put(mapper.toView(c), left);
      }
    }
    return free;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  private void checkDate(String field, LocalDate day) {
    if (day.isAfter(today().plusDays(limits.maxDaysAhead()))) {
      throw FieldErrors.of(field, "не позднее " + limits.maxDaysAhead() + " дней от сегодняшнего дня");
    }
  }

  private Map<Long, String> centreNames() {
    return centres.findAll().stream().collect(Collectors.toMap(AccommodationCentre::getId, AccommodationCentre::getName));
  }
}
