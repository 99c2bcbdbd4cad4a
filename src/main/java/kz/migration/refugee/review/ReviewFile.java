package kz.migration.refugee.review;

import static kz.migration.refugee.shared.FormText.DATE;
import static kz.migration.refugee.shared.FormText.DATE_TIME;
import static kz.migration.refugee.shared.FormText.orDash;
import static kz.migration.refugee.shared.FormText.yesNo;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.shared.StaffNames;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
  private final CaseSearch caseSearch;
  private final Clock clock;

  ReviewFile(InterviewRepository interviews, InterviewAppointmentRepository appointments,
      AbandonmentDecisionRepository abandonments, AgencyCheckRepository checks, AssessmentRepository assessments,
      CaseSearch caseSearch, Clock clock) {
    this.caseSearch = caseSearch;
    this.interviews = interviews;
    this.appointments = appointments;
    this.abandonments = abandonments;
    this.checks = checks;
    this.assessments = assessments;
    this.clock = clock;
  }

  /**
   * Who recorded the case's interviews and assessments: a reader resolves their names together with the other
   * staff it shows, in one look-up.
   */
  public Set<String> staff(long caseId) {
    Set<String> logins = new HashSet<>();
    interviews.findByCaseIdOrderById(caseId).forEach(i -> logins.add(i.recordedBy()));
    appointments.findByCaseIdOrderById(caseId).forEach(a -> {
      logins.add(a.scheduledBy());
      if (a.outcomeRecordedBy() != null) {
        logins.add(a.outcomeRecordedBy());
      }
    });
    abandonments.findByCaseIdOrderById(caseId).forEach(d -> logins.add(d.decidedBy()));
    assessments.findByCaseIdOrderById(caseId).forEach(a -> logins.add(a.assessedBy()));
    return logins;
  }

  /** Every interview of the case with its account. */
  public String interviews(long caseId, StaffNames.Names names) {
    List<Interview> all = interviews.findByCaseIdOrderById(caseId);
    if (all.isEmpty()) {
      return "Записей о собеседовании нет.";
    }
    StringJoiner text = new StringJoiner("\n\n");
    for (Interview i : all) {
      text.add(interview(i, names));
    }
    return text.toString();
  }

  /** The state bodies' replies, or that one has not replied. */
  public String agencyReplies(long caseId) {
    StringJoiner text = new StringJoiner("\n");
    for (Agency agency : Agency.values()) {
      String body = Character.toUpperCase(agency.label.charAt(0)) + agency.label.substring(1);
      text.add(checks.findByCaseIdAndAgency(caseId, agency)
          .map(c -> body + ": " + c.summary() + "; получен " + at(c.repliedAt()))
          .orElse(body + ": ответ не получен"));
    }
    return text.toString();
  }

  /** Each person's latest assessment in full, one after another in the family's order. */
  public String assessment(long caseId, StaffNames.Names names) {
    Map<Long, Assessment> latest = new LinkedHashMap<>();
    assessments.findByCaseIdOrderById(caseId).forEach(a -> latest.put(a.personId(), a));
    if (latest.isEmpty()) {
      return "Заключения нет.";
    }
    Map<Long, String> persons = personNames(caseId);
    return persons.keySet().stream().filter(latest::containsKey)
        .map(id -> assessment(latest.get(id), persons, names)).collect(Collectors.joining("\n\n"));
  }

  /** Every assessment of the case in full, oldest first; empty if there is none. */
  public List<String> assessments(long caseId, StaffNames.Names names) {
    List<Assessment> all = assessments.findByCaseIdOrderById(caseId);
    Map<Long, String> persons = all.isEmpty() ? Map.of() : personNames(caseId);
    return all.stream().map(a -> assessment(a, persons, names)).toList();
  }

  /** Members of the case by id: name, role and birth date, in the family's order. */
  private Map<Long, String> personNames(long caseId) {
    Map<Long, String> names = new LinkedHashMap<>();
    caseSearch.view(caseId).members().forEach(p -> names.put(p.id(),
        p.surname() + " " + p.givenName() + (p.patronymic() == null ? "" : " " + p.patronymic()) + " ("
            + (p.role() == null ? "" : p.role().label() + ", ") + "род. " + DATE.format(p.dateOfBirth()) + ")"));
    return names;
  }

  /** The interview appointments of the case for a task form: one paragraph each, oldest first. */
  public String appointments(long caseId, StaffNames.Names names) {
    List<String> all = appointmentRecords(caseId, names);
    return all.isEmpty() ? "Собеседование ещё не назначалось." : String.join("\n\n", all);
  }

  /** Every interview appointment of the case and whether the applicant came, one text each, oldest first. */
  public List<String> appointmentRecords(long caseId, StaffNames.Names names) {
    return appointments.findByCaseIdOrderById(caseId).stream().map(a -> appointment(a, names)).toList();
  }

  /** The appointments the applicant missed: when each was appointed for, oldest first. */
  public List<java.time.LocalDateTime> missedAppointments(long caseId) {
    return appointments.findByCaseIdOrderById(caseId).stream().filter(InterviewAppointment::wasMissed)
        .map(InterviewAppointment::appointedAt).toList();
  }

  /** The managers' decisions on the case without contact, one text each, oldest first. */
  public List<String> abandonmentRecords(long caseId, StaffNames.Names names) {
    return abandonments.findByCaseIdOrderById(caseId).stream()
        .map(d -> ("close".equals(d.decision()) ? "Закрыть дело как оставленное заявителем"
            : "Назначить собеседование снова") + "; решение: " + names.of(d.decidedBy()) + ", " + at(d.decidedAt())
            + (d.note() == null || d.note().isBlank() ? "" : "\n" + d.note().strip()))
        .toList();
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

  /** Every interview of the case with its account, one text each, oldest first. */
  public List<String> interviewRecords(long caseId, StaffNames.Names names) {
    return interviews.findByCaseIdOrderById(caseId).stream().map(i -> interview(i, names)).toList();
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
