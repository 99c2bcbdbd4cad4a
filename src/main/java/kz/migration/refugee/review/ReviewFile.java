package kz.migration.refugee.review;

import static kz.migration.refugee.shared.FormText.DATE;
import static kz.migration.refugee.shared.FormText.DATE_TIME;
import static kz.migration.refugee.shared.FormText.orDash;
import static kz.migration.refugee.shared.FormText.yesNo;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import kz.migration.refugee.registry.PersonView;
import kz.migration.refugee.shared.StaffNames;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * The examination's records as the people who assess and decide read them in their forms: plain Russian text, from
 * the data bank, in the order they were recorded.
 */
@Service
@Transactional(readOnly = true)
public class ReviewFile {

  /** The interview form's languages. */
  private static final Map<String, String> LANGUAGES = Map.of("ru", "русский", "kk", "казахский",
      "fa", "дари (персидский)", "ps", "пушту", "tg", "таджикский", "uz", "узбекский", "en", "английский",
      "other", "другой");
  /** The assessment form's choices. */
  private static final Map<String, String> CREDIBILITY = Map.of("credible", "достоверны",
      "partly_credible", "частично достоверны", "not_credible", "недостоверны");
  private static final Map<String, String> RECOMMENDATION = Map.of("grant", "присвоить статус",
      "refuse", "отказать", "refer", "передать на рассмотрение комиссии");

  private final InterviewRepository interviews;
  private final InterviewAppointmentRepository appointments;
  private final AbandonmentDecisionRepository abandonments;
  private final AgencyCheckRepository checks;
  private final AssessmentRepository assessments;
  private final StaffNames staff;
  private final Clock clock;

  ReviewFile(InterviewRepository interviews, InterviewAppointmentRepository appointments,
      AbandonmentDecisionRepository abandonments, AgencyCheckRepository checks, AssessmentRepository assessments,
      StaffNames staff, Clock clock) {
    this.staff = staff;
    this.interviews = interviews;
    this.appointments = appointments;
    this.abandonments = abandonments;
    this.checks = checks;
    this.assessments = assessments;
    this.clock = clock;
  }

  /**
   * The case's examination records, each list read from the data bank once, however many parts of a file show it:
   * for a reader that shows several of them and names everyone it shows in one look-up.
   */
  public Records records(long caseId) {
    return new Records(caseId);
  }

  /** The case's interview appointments for a task form, naming who appointed and marked them; a paragraph each. */
  public String appointments(long caseId) {
    Records records = records(caseId);
    List<String> all = records.appointmentRecords(staff.of(records.appointmentStaff()));
    return all.isEmpty() ? "Собеседование ещё не назначалось." : String.join("\n\n", all);
  }

  /** Every interview of the case with its account, naming who recorded it. */
  public String interviews(long caseId) {
    Records records = records(caseId);
    return records.interviews(staff.of(records.interviewStaff()));
  }

  /** The appointments the applicant missed: when each was appointed for, oldest first. */
  public List<java.time.LocalDateTime> missedAppointments(long caseId) {
    return appointments.findByCaseIdOrderById(caseId).stream().filter(InterviewAppointment::wasMissed)
        .map(InterviewAppointment::appointedAt).toList();
  }

  /** The state bodies' replies, or that one has not replied. */
  public String agencyReplies(long caseId) {
    Map<Agency, AgencyCheck> replied = new EnumMap<>(Agency.class);
    checks.findByCaseId(caseId).forEach(c -> replied.put(c.agency(), c));
    StringJoiner text = new StringJoiner("\n");
    for (Agency agency : Agency.values()) {
      String body = Character.toUpperCase(agency.label.charAt(0)) + agency.label.substring(1);
      AgencyCheck check = replied.get(agency);
      text.add(check == null ? body + ": ответ не получен"
          : body + ": " + check.summary() + "; получен " + at(check.repliedAt()));
    }
    return text.toString();
  }

  /** One case's interviews, appointments, decisions on a case without contact and assessments, each read when shown. */
  public final class Records {

    private final SingletonSupplier<List<Interview>> interviewList;
    private final SingletonSupplier<List<InterviewAppointment>> appointmentList;
    private final SingletonSupplier<List<AbandonmentDecision>> abandonmentList;
    private final SingletonSupplier<List<Assessment>> assessmentList;

    private Records(long caseId) {
      this.interviewList = SingletonSupplier.of(() -> interviews.findByCaseIdOrderById(caseId));
      this.appointmentList = SingletonSupplier.of(() -> appointments.findByCaseIdOrderById(caseId));
      this.abandonmentList = SingletonSupplier.of(() -> abandonments.findByCaseIdOrderById(caseId));
      this.assessmentList = SingletonSupplier.of(() -> assessments.findByCaseIdOrderById(caseId));
    }

    /** Everyone these records name: who recorded the interviews, appointments, decisions and assessments. */
    public Set<String> staff() {
      Set<String> logins = new HashSet<>(examiners());
      logins.addAll(appointmentStaff());
      abandonmentList.obtain().forEach(d -> logins.add(d.decidedBy()));
      return logins;
    }

    /** Who recorded the interviews and assessments: all the deciding file names from these records. */
    public Set<String> examiners() {
      Set<String> logins = new HashSet<>(interviewStaff());
      assessmentList.obtain().forEach(a -> logins.add(a.assessedBy()));
      return logins;
    }

    private Set<String> interviewStaff() {
      Set<String> logins = new HashSet<>();
      interviewList.obtain().forEach(i -> logins.add(i.recordedBy()));
      return logins;
    }

    private Set<String> appointmentStaff() {
      Set<String> logins = new HashSet<>();
      appointmentList.obtain().forEach(a -> {
        logins.add(a.scheduledBy());
        if (a.outcomeRecordedBy() != null) {
          logins.add(a.outcomeRecordedBy());
        }
      });
      return logins;
    }

    /** Every interview of the case with its account. */
    public String interviews(StaffNames.Names names) {
      List<String> all = interviewRecords(names);
      return all.isEmpty() ? "Записей о собеседовании нет." : String.join("\n\n", all);
    }

    /** Every interview of the case with its account, one text each, oldest first. */
    public List<String> interviewRecords(StaffNames.Names names) {
      return interviewList.obtain().stream().map(i -> interview(i, names)).toList();
    }

    /** Every interview appointment of the case and whether the applicant came, one text each, oldest first. */
    public List<String> appointmentRecords(StaffNames.Names names) {
      return appointmentList.obtain().stream().map(a -> appointment(a, names)).toList();
    }

    /** The managers' decisions on the case without contact, one text each, oldest first. */
    public List<String> abandonmentRecords(StaffNames.Names names) {
      return abandonmentList.obtain().stream()
          .map(d -> ("close".equals(d.decision()) ? "Закрыть дело как оставленное заявителем"
              : "Назначить собеседование снова") + "; решение: " + names.of(d.decidedBy()) + ", " + at(d.decidedAt())
              + (d.note() == null || d.note().isBlank() ? "" : "\n" + d.note().strip()))
          .toList();
    }

    /** Each person's latest assessment in full, one after another in the family's order (its members as read). */
    public String assessment(StaffNames.Names names, List<PersonView> members) {
      Map<Long, Assessment> latest = new LinkedHashMap<>();
      assessmentList.obtain().forEach(a -> latest.put(a.personId(), a));
      if (latest.isEmpty()) {
        return "Заключения нет.";
      }
      Map<Long, String> persons = personNames(members);
      return persons.keySet().stream().filter(latest::containsKey)
          .map(id -> ReviewFile.this.assessment(latest.get(id), persons, names)).collect(Collectors.joining("\n\n"));
    }

    /** Every assessment of the case in full, oldest first; empty if there is none (the family's members as read). */
    public List<String> assessments(StaffNames.Names names, List<PersonView> members) {
      List<Assessment> all = assessmentList.obtain();
      Map<Long, String> persons = personNames(members);
      return all.stream().map(a -> ReviewFile.this.assessment(a, persons, names)).toList();
    }
  }

  /** Members of the case by id: name, role and birth date, in the family's order. */
  private static Map<Long, String> personNames(List<PersonView> members) {
    Map<Long, String> names = new LinkedHashMap<>();
    members.forEach(p -> names.put(p.id(),
        p.surname() + " " + p.givenName() + (p.patronymic() == null ? "" : " " + p.patronymic()) + " ("
            + (p.role() == null ? "" : p.role().label() + ", ") + "род. " + DATE.format(p.dateOfBirth()) + ")"));
    return names;
  }

  private String appointment(InterviewAppointment a, StaffNames.Names names) {
    String outcome = a.outcome() == null ? "ожидается"
        : (a.wasMissed() ? "заявитель не явился" : "собеседование проведено")
            + " (отметил(а): " + names.of(a.outcomeRecordedBy()) + ", " + at(a.outcomeRecordedAt()) + ")";
    return "Собеседование назначено на " + DATE_TIME.format(a.appointedAt()) + "; место: " + a.place()
        + "; переводчик: " + (a.interpreterLanguage() == null ? "не нужен"
            : LANGUAGES.getOrDefault(a.interpreterLanguage(), a.interpreterLanguage()))
        + "\nНазначил(а): " + names.of(a.scheduledBy()) + ", " + at(a.scheduledAt())
        + "\nИтог: " + outcome;
  }

  private String interview(Interview i, StaffNames.Names names) {
    return "Собеседование " + DATE.format(i.heldOn()) + "; язык: "
        + LANGUAGES.getOrDefault(i.language(), i.language()) + "; переводчик: " + orDash(i.interpreter())
        + "\nЗаписал(а): " + names.of(i.recordedBy()) + ", " + at(i.recordedAt())
        + "\n" + i.summary().strip();
  }

  private String assessment(Assessment a, Map<Long, String> persons, StaffNames.Names names) {
    StringJoiner text = new StringJoiner("\n");
    text.add("Заключение в отношении: " + persons.getOrDefault(a.personId(), "—"));
    text.add("Подготовил(а): " + names.of(a.assessedBy()) + ", " + at(a.assessedAt()));
    text.add("Установленные факты:");
    text.add(a.facts().strip());
    text.add("Достоверность показаний: " + CREDIBILITY.getOrDefault(a.credibility(), a.credibility()));
    text.add("Обоснованные опасения преследования: " + yesNo(a.wellFoundedFear()));
    text.add("Признаки исключения (ст. 1F Конвенции 1951 г.): " + yesNo(a.exclusionIndicators()));
    if (a.exclusionIndicators() || (a.exclusionDetails() != null && !a.exclusionDetails().isBlank())) {
      text.add("Сведения о признаках исключения: " + orDash(a.exclusionDetails()));
    }
    text.add("Рекомендация исполнителя: "
        + RECOMMENDATION.getOrDefault(a.recommendation(), a.recommendation()));
    return text.toString();
  }

  private String at(Instant instant) {
    return instant == null ? "—" : DATE_TIME.format(instant.atZone(clock.getZone()));
  }
}
