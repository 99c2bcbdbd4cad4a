package kz.migration.refugee.schooling;

import static kz.migration.refugee.shared.FormText.DATE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.migration.refugee.decision.PetitionDecided;
import kz.migration.refugee.registry.CaseClosed;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.registry.CertificateExtended;
import kz.migration.refugee.registry.Deregistration;
import kz.migration.refugee.registry.FamilyCases;
import kz.migration.refugee.registry.FamilyMember;
import kz.migration.refugee.registry.FamilyRegistered;
import kz.migration.refugee.schooling.SchoolReferral.Trigger;
import kz.migration.refugee.shared.FieldErrors;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Children's referrals to school: started for every child of school age on the register at the family's
 * registration, at the child's recognition and at each annual recheck (the registry's and the decision's events,
 * in the publishing transaction), unless the child has one open already; recorded from the referral's two steps;
 * ended when the child leaves the register; counted for the statistics.
 */
@Service
@Transactional
public class SchoolReferrals {

  private final SchoolRepository schools;
  private final SchoolReferralRepository referrals;
  private final FamilyCases families;
  private final CaseSearch caseSearch;
  private final SchoolReferralStarter starter;
  private final SchoolingProperties properties;
  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  SchoolReferrals(SchoolRepository schools, SchoolReferralRepository referrals, FamilyCases families,
      CaseSearch caseSearch, SchoolReferralStarter starter, SchoolingProperties properties,
      NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.schools = schools;
    this.referrals = referrals;
    this.families = families;
    this.caseSearch = caseSearch;
    this.starter = starter;
    this.properties = properties;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The schools of the reference list, by name. */
  @Transactional(readOnly = true)
  public List<SchoolView> schools() {
    return schools.findAllByOrderByName().stream().map(s -> new SchoolView(s.getId(), s.getName(), s.getAddress()))
        .toList();
  }

  /** The case's referrals, oldest first. */
  @Transactional(readOnly = true)
  public List<SchoolReferralView> ofCase(CaseNumber number) {
    return ofCase(caseSearch.caseId(number));
  }

  @Transactional(readOnly = true)
  public List<SchoolReferralView> ofCase(long caseId) {
    return referrals.findByCaseIdOrderByIdAsc(caseId).stream().map(SchoolReferrals::view).toList();
  }

  /** School age on the day, by the configured ages. */
  public SchoolAge schoolAgeOn(LocalDate day) {
    return SchoolAge.on(day, properties.ageFrom(), properties.ageTo());
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The occasions
  // ---------------------------------------------------------------------------------------------------------------

  @EventListener
  void on(FamilyRegistered registered) {
    startFor(registered.caseId(), registered.caseNumber(), registered.on(), Trigger.REGISTRATION, null);
  }

  /** Those the decision recognised (a whole family, part of it, or a child joining later by derived status). */
  @EventListener
  void on(PetitionDecided decided) {
    if (!"GRANTED".equals(decided.outcome()) && !"PARTLY_GRANTED".equals(decided.outcome())) {
      return;
    }
    Set<Long> recognised = decided.persons().stream().filter(p -> "GRANTED".equals(p.outcome()))
        .map(PetitionDecided.Person::personId).collect(Collectors.toSet());
    startFor(decided.caseId(), decided.caseNumber(), decided.decidedAt().atZone(clock.getZone()).toLocalDate(),
        Trigger.RECOGNITION, recognised);
  }

  @EventListener
  void on(CertificateExtended extended) {
    startFor(extended.caseId(), extended.caseNumber(), LocalDate.now(clock), Trigger.RECHECK, null);
  }

  /** Whoever left the register has their open referral ended, and its process with it. */
  @EventListener
  void on(Deregistration deregistration) {
    Set<Long> stillRegistered = families.registeredMembers(deregistration.caseId()).stream()
        .map(FamilyMember::personId).collect(Collectors.toSet());
    Instant now = Instant.now(clock);
    for (SchoolReferral r : referrals.findByCaseIdAndOutcomeIsNull(deregistration.caseId())) {
      if (!stillRegistered.contains(r.getPersonId())) {
        r.cancel("снят(а) с учёта", deregistration.on(), deregistration.by(), now);
        referrals.flush();
        starter.cancel(deregistration.caseNumber(), r.getPersonId());
      }
    }
  }

  /** A refused family's case closed: its children's open referrals end with it. */
  @EventListener
  void on(CaseClosed closed) {
    Instant now = Instant.now(clock);
    for (SchoolReferral r : referrals.findByCaseIdAndOutcomeIsNull(closed.caseId())) {
      r.cancel("дело закрыто: отказ в признании беженцем вступил в силу", closed.on(), null, now);
      referrals.flush();
      starter.cancel(closed.caseNumber(), r.getPersonId());
    }
  }

  /**
   * Opens a referral, and starts its process, for each person of the case on the register (of {@code only}, if
   * given) who is of school age on the day and has no open referral.
   */
  void startFor(long caseId, String caseNumber, LocalDate on, Trigger trigger, Collection<Long> only) {
    SchoolAge age = schoolAgeOn(on);
    Instant now = Instant.now(clock);
    String familyName = null;
    for (FamilyMember m : families.registeredMembers(caseId)) {
      if ((only != null && !only.contains(m.personId())) || !age.includes(m.dateOfBirth())
          || referrals.findByOpenPersonId(m.personId()).isPresent()) {
        continue;
      }
      referrals.saveAndFlush(SchoolReferral.open(caseId, m.personId(), trigger, now));
      if (familyName == null) {
        familyName = caseSearch.familyName(caseId);
      }
      starter.start(caseNumber, caseId, m.personId(), familyName);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The steps
  // ---------------------------------------------------------------------------------------------------------------

  /** What the referral's forms show of the child and the occasion; the name stays in the task's form. */
  @Transactional(readOnly = true)
  Child child(long caseId, long personId) {
    SchoolReferral r = open(caseId, personId);
    FamilyMember m = families.registeredMembers(caseId).stream().filter(x -> x.personId() == personId).findFirst()
        .orElseThrow(() -> new IllegalStateException("person " + personId + " not on the register of case " + caseId));
    SchoolAge age = schoolAgeOn(LocalDate.now(clock));
    int years = age.ageOf(m.dateOfBirth());
    String summary = "Ребёнок: " + m.label() + " — " + years + " " + years(years) + " на 1 сентября "
        + age.schoolYearFrom().getYear() + " г.; повод: " + trigger(r.getTrigger());
    if (r.isReferred()) {
      summary += "\nНаправлен(а): «" + r.getSchoolName() + "», " + DATE.format(r.getReferredOn());
    }
    return new Child(years, summary);
  }

  record Child(int age, String summary) {}

  /** The school list for the referral form's select, with «another school» last. */
  @Transactional(readOnly = true)
  Map<String, String> schoolOptions() {
    Map<String, String> options = new java.util.LinkedHashMap<>();
    schools.findAllByOrderByName().forEach(s -> options.put(String.valueOf(s.getId()), s.getName() + " (" + s.getAddress() + ")"));
    options.put(SchoolReferralProcess.OTHER_SCHOOL, "Другая школа (указать название)");
    return options;
  }

  /**
   * «Направить ребёнка в школу» completed: the school (from the list or named) and the day, or no referral needed with
   * the reason. Returns whether the child was referred (the outcome is then to be recorded).
   */
  boolean refer(long caseId, long personId, ReferChildToSchoolForm form, String by) {
    SchoolReferral r = open(caseId, personId);
    LocalDate today = LocalDate.now(clock);
    Instant now = Instant.now(clock);
    String choice = form.referral() == null ? "" : form.referral().strip();
    switch (choice) {
      case ReferChildToSchoolForm.REFERRED -> {
        School school = null;
        String name;
        String value = form.schoolId() == null ? "" : form.schoolId().strip();
        if (value.isEmpty()) {
          throw FieldErrors.of("schoolId", "выберите школу из списка или «Другая школа»");
        }
        if (SchoolReferralProcess.OTHER_SCHOOL.equals(value)) {
          name = form.schoolName() == null ? "" : form.schoolName().strip();
          if (name.isEmpty()) {
            throw FieldErrors.of("schoolName", "укажите название школы");
          }
          if (name.length() > 200) {
            throw FieldErrors.of("schoolName", "не более 200 символов");
          }
        } else {
          school = school(value);
          name = school.getName();
        }
        if (form.referredOn() == null) {
          throw FieldErrors.of("referredOn", "обязательное поле");
        }
        if (form.referredOn().isAfter(today)) {
          throw FieldErrors.of("referredOn", "дата в будущем");
        }
        r.refer(school == null ? null : school.getId(), name, form.referredOn(), by, now);
        return true;
      }
      case ReferChildToSchoolForm.NOT_NEEDED -> {
        r.notNeeded(reason("notNeededReason", form.notNeededReason(),
            "укажите, почему направление не требуется"), today, by, now);
        return false;
      }
      default -> throw FieldErrors.of("referral", choice.isEmpty() ? "обязательное поле" : "недопустимое значение");
    }
  }

  /** «Записать результат зачисления» completed: enrolled, or refused with the reason, on the day. */
  void recordEnrolment(long caseId, long personId, RecordSchoolEnrolmentForm form, String by) {
    SchoolReferral r = open(caseId, personId);
    if (!r.isReferred()) {
      throw new IllegalStateException("school referral " + r.getId() + " has no referral to record an outcome of");
    }
    String choice = form.enrolment() == null ? "" : form.enrolment().strip();
    if (!RecordSchoolEnrolmentForm.ENROLLED.equals(choice) && !RecordSchoolEnrolmentForm.REFUSED.equals(choice)) {
      throw FieldErrors.of("enrolment", choice.isEmpty() ? "обязательное поле" : "недопустимое значение");
    }
    String reason = RecordSchoolEnrolmentForm.REFUSED.equals(choice)
        ? reason("refusalReason", form.refusalReason(), "укажите причину отказа в зачислении") : null;
    LocalDate on = form.enrolmentOn();
    if (on == null) {
      throw FieldErrors.of("enrolmentOn", "обязательное поле");
    }
    if (on.isAfter(LocalDate.now(clock))) {
      throw FieldErrors.of("enrolmentOn", "дата в будущем");
    }
    if (on.isBefore(r.getReferredOn())) {
      throw FieldErrors.of("enrolmentOn", "дата раньше направления (" + DATE.format(r.getReferredOn()) + ")");
    }
    Instant now = Instant.now(clock);
    if (reason == null) {
      r.enrolled(on, by, now);
    } else {
      r.refused(reason, on, by, now);
    }
  }

  /** The child's open referral in this case; a process whose referral is gone is a broken process. */
  private SchoolReferral open(long caseId, long personId) {
    return referrals.findByOpenPersonId(personId).filter(r -> r.getCaseId() == caseId)
        .orElseThrow(() -> new IllegalStateException("no open school referral of person " + personId + " in case " + caseId));
  }

  private School school(String value) {
    try {
      return schools.findById(Long.valueOf(value))
          .orElseThrow(() -> FieldErrors.of("schoolId", "такой школы нет в списке"));
    } catch (NumberFormatException e) {
      throw FieldErrors.of("schoolId", "такой школы нет в списке");
    }
  }

  private static String reason(String field, String value, String missing) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty()) {
      throw FieldErrors.of(field, missing);
    }
    if (text.length() > 2000) {
      throw FieldErrors.of(field, "не более 2000 символов");
    }
    return text;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Statistics
  // ---------------------------------------------------------------------------------------------------------------

  /**
   * Persons on the register on {@code :date}: their family registered by then and not closed, and they not deregistered
   * on or before it; of school age: born in {@code (:bornAfter, :bornBy]}.
   */
  private static final String SCHOOL_AGE = """
      select count(distinct p.case_id) as families, count(distinct p.id) as persons
        from person p
        join family_case c on c.id = p.case_id
       where c.registered_on <= :date
         and c.status not in ('INTAKE', 'MERGED', 'CLOSED')
         and (p.deregistered_on is null or p.deregistered_on > :date)
         and p.date_of_birth > :bornAfter and p.date_of_birth <= :bornBy
      """;

  /** ... referred to a school on or before the day. */
  static final String REFERRED = SCHOOL_AGE
      + " and exists (select 1 from school_referral r where r.person_id = p.id and r.referred_on <= :date)";

  /** ... enrolled, the enrolment recorded as of a day on or before the day. */
  static final String ENROLLED = SCHOOL_AGE + """
       and exists (select 1 from school_referral r where r.person_id = p.id and r.outcome = 'ENROLLED'
                      and r.outcome_on <= :date)""";

  /** The programme's figures of schooling on the day. */
  @Transactional(readOnly = true)
  public Schooling statistics(LocalDate date) {
    SchoolAge age = schoolAgeOn(date);
    var params = new MapSqlParameterSource("date", date).addValue("bornAfter", age.bornAfter())
        .addValue("bornBy", age.bornBy());
    Function<String, Schooling.Count> count = sql -> jdbc.queryForObject(sql, params,
        (rs, n) -> new Schooling.Count(rs.getLong("families"), rs.getLong("persons")));
    return new Schooling(date, age.schoolYearFrom(), properties.ageFrom(), properties.ageTo(), count.apply(SCHOOL_AGE),
        count.apply(REFERRED), count.apply(ENROLLED));
  }

  // ---------------------------------------------------------------------------------------------------------------

  private static SchoolReferralView view(SchoolReferral r) {
    return new SchoolReferralView(r.getId(), r.getPersonId(), r.getTrigger().name(), r.getSchoolId(),
        r.getSchoolName(), r.getReferredOn(), r.getOutcome() == null ? null : r.getOutcome().name(),
        r.getOutcomeReason(), r.getOutcomeOn(), r.getRecordedBy());
  }

  static String trigger(Trigger trigger) {
    return switch (trigger) {
      case REGISTRATION -> "регистрация ходатайства";
      case RECOGNITION -> "признание беженцем";
      case RECHECK -> "ежегодная перерегистрация";
    };
  }

  /** "год", "года", "лет" after a number of years. */
  static String years(int n) {
    int lastTwo = n % 100;
    int last = n % 10;
    if (lastTwo >= 11 && lastTwo <= 14) {
      return "лет";
    }
    return last == 1 ? "год" : last >= 2 && last <= 4 ? "года" : "лет";
  }
}
