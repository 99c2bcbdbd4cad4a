package kz.migration.refugee.decision;

import static kz.migration.refugee.petition.PetitionProcess.AGENCY_REPLIES;
import static kz.migration.refugee.petition.PetitionProcess.APPEALED_DECISION;
import static kz.migration.refugee.petition.PetitionProcess.APPEAL_RECORD;
import static kz.migration.refugee.petition.PetitionProcess.ASSESSMENT_RECORD;
import static kz.migration.refugee.petition.PetitionProcess.FAMILY_SUMMARY;
import static kz.migration.refugee.petition.PetitionProcess.INTERVIEW_ACCOUNT;
import static kz.migration.refugee.petition.PetitionProcess.RULES_RECOMMENDATION;
import static kz.migration.refugee.shared.FormText.DATE;
import static kz.migration.refugee.shared.FormText.DATE_TIME;
import static kz.migration.refugee.shared.FormText.orDash;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.registry.CaseView;
import kz.migration.refugee.registry.PersonView;
import kz.migration.refugee.review.ReviewFile;
import kz.migration.refugee.shared.FormText;
import kz.migration.refugee.shared.ProcedureProperties;
import kz.migration.refugee.shared.RussianText;
import kz.migration.refugee.shared.StaffNames;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case file in front of whoever decides: the family, the examination's records (from review) and the decision
 * records, each as plain Russian text from the data bank.
 */
@Component
@Transactional(readOnly = true)
class CaseFile {

  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
  private static final String NO_APPEALED_DECISION = "Обжалованного решения нет.";

  private final CaseSearch caseSearch;
  private final ReviewFile review;
  private final DecisionRepository decisions;
  private final RecommendationRepository recommendations;
  private final AppealRepository appeals;
  private final ProcedureProperties procedure;
  private final StaffNames staff;
  private final Clock clock;

  CaseFile(CaseSearch caseSearch, ReviewFile review, DecisionRepository decisions,
      RecommendationRepository recommendations, AppealRepository appeals, ProcedureProperties procedure,
      StaffNames staff, Clock clock) {
    this.caseSearch = caseSearch;
    this.review = review;
    this.decisions = decisions;
    this.recommendations = recommendations;
    this.appeals = appeals;
    this.procedure = procedure;
    this.staff = staff;
    this.clock = clock;
  }

  /**
   * Puts the file on a deciding task: family, interviews, checks, assessment, the rules' recommendation, and, once
   * there is an appeal, the decision appealed and the appeal.
   */
  void show(DelegateTask task, long caseId) {
    Optional<Appeal> appeal = appeals.findFirstByCaseIdOrderByIdDesc(caseId);
    Optional<Decision> appealed = appeal.flatMap(a -> decisions.findById(a.getDecisionId()));
    // everyone the file names, resolved at once
    Set<String> logins = new HashSet<>(review.staff(caseId));
    appeal.ifPresent(a -> logins.add(a.getDecidedBy()));
    appealed.ifPresent(d -> logins.add(d.getDecidedBy()));
    StaffNames.Names names = staff.of(logins);
    FormText.show(task, FAMILY_SUMMARY, family(caseId));
    FormText.show(task, INTERVIEW_ACCOUNT, review.interviews(caseId, names));
    FormText.show(task, AGENCY_REPLIES, review.agencyReplies(caseId));
    FormText.show(task, ASSESSMENT_RECORD, review.assessment(caseId, names));
    FormText.show(task, RULES_RECOMMENDATION, recommendation(caseId));
    if (appeal.isPresent()) {
      FormText.show(task, APPEALED_DECISION, appealed.map(d -> decision(d, names)).orElse(NO_APPEALED_DECISION));
      FormText.show(task, APPEAL_RECORD, appeal(appeal.get(), names));
    }
  }

  /** The case and every member: role, sex, age today, citizenship. */
  String family(long caseId) {
    CaseView c = caseSearch.view(new CaseNumber(caseSearch.summary(caseId).caseNumber()));
    LocalDate today = LocalDate.now(clock);
    StringJoiner text = new StringJoiner("\n");
    text.add("Дело " + c.caseNumber() + "; прибытие: " + date(c.arrivalDate()) + "; регистрация: "
        + date(c.registeredOn()) + "; членов семьи: " + c.members().size());
    int n = 0;
    for (PersonView p : c.members()) {
      text.add(++n + ". " + name(p) + " — " + role(p) + ", " + sex(p) + ", " + age(p.dateOfBirth(), today)
          + " (род. " + date(p.dateOfBirth()) + "), гражданство: " + citizenship(p.citizenship()));
    }
    return text.toString();
  }

  /** What the rules recommended on the latest assessment, by which rule, under which version of the table. */
  String recommendation(long caseId) {
    return recommendations.findFirstByCaseIdOrderByIdDesc(caseId).map(r -> {
      Recommendation rec = r.recommendation();
      return "Рекомендация: " + recommendationLabel(rec.outcome()) + "\nПравило: " + orDash(rec.rule())
          + "\nВерсия правил: " + orDash(rec.rulesVersion()) + "; рассчитана " + at(r.evaluatedAt());
    }).orElse("Рекомендации по правилам нет.");
  }

  /** The latest appeal: when, on which grounds, and its outcome once decided. */
  private String appeal(Appeal a, StaffNames.Names names) {
    StringJoiner text = new StringJoiner("\n");
    text.add("Жалоба подана " + date(a.getLodgedOn()));
    text.add("Доводы жалобы:");
    text.add(orDash(a.getGrounds()));
    if (a.getOutcome() != null) {
      text.add("Результат: " + (a.getOutcome() == Appeal.Outcome.UPHELD ? "отказ оставлен в силе"
          : "жалоба удовлетворена, повторное рассмотрение") + "; рассмотрел(а): " + names.of(a.getDecidedBy())
          + ", " + at(a.getDecidedAt()));
      text.add("Мотивировка:");
      text.add(orDash(a.getReasons()));
    }
    return text.toString();
  }

  /** The decision the latest appeal is against. */
  private String decision(Decision d, StaffNames.Names names) {
    StringJoiner text = new StringJoiner("\n");
    text.add("Решение: " + (d.getOutcome() == Decision.Outcome.GRANTED ? "присвоить статус беженца" : "отказать")
        + "; принял(а): " + names.of(d.getDecidedBy()) + ", " + at(d.getDecidedAt()));
    text.add("Правовое основание: " + procedure.legalGround(d.getLegalGround())
        .map(ProcedureProperties.LegalGround::label).orElse(d.getLegalGround()));
    text.add("Мотивировка:");
    text.add(orDash(d.getReasons()));
    if (d.getNotifiedOn() != null) {
      text.add("Уведомление: " + date(d.getNotifiedOn()) + "; срок обжалования до " + date(d.getAppealDueOn()));
    }
    return text.toString();
  }

  private static String recommendationLabel(String outcome) {
    return switch (outcome == null ? "" : outcome) {
      case "grant" -> "присвоить статус";
      case "refuse" -> "отказать";
      case "refer" -> "передать на рассмотрение комиссии";
      default -> orDash(outcome);
    };
  }

  private static String name(PersonView p) {
    StringJoiner name = new StringJoiner(" ");
    for (String part : new String[] {p.surname(), p.givenName(), p.patronymic()}) {
      if (part != null && !part.isBlank()) {
        name.add(part.strip());
      }
    }
    return name.toString();
  }

  private static String role(PersonView p) {
    if (p.role() == null) {
      return "роль не указана";
    }
    return switch (p.role()) {
      case HEAD -> "глава семьи";
      case SPOUSE -> "супруг(а)";
      case CHILD -> "ребёнок";
      case OTHER -> "иной член семьи";
    };
  }

  private static String sex(PersonView p) {
    if (p.sex() == null) {
      return "пол не указан";
    }
    return switch (p.sex()) {
      case MALE -> "мужской пол";
      case FEMALE -> "женский пол";
    };
  }

  /** "43 года", "1 год", "11 лет", "до года". */
  static String age(LocalDate born, LocalDate today) {
    return born == null ? "возраст не известен" : RussianText.age(born, today);
  }

  /** The country's Russian name with its ISO code, as recorded. */
  static String citizenship(String code) {
    return code == null || code.isBlank() ? "—" : RussianText.country(code);
  }

  private static String date(LocalDate date) {
    return date == null ? "—" : DATE.format(date);
  }

  private String at(Instant instant) {
    return instant == null ? "—" : DATE_TIME.format(instant.atZone(clock.getZone()));
  }
}
