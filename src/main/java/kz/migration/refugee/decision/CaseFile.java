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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Supplier;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.registry.CaseView;
import kz.migration.refugee.registry.PersonView;
import kz.migration.refugee.review.ReviewFile;
import kz.migration.refugee.shared.FormText;
import kz.migration.refugee.shared.FormView;
import kz.migration.refugee.shared.ProcedureProperties;
import kz.migration.refugee.shared.RussianText;
import kz.migration.refugee.shared.StaffNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

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
  private final PersonDecisionRepository personDecisions;
  private final ProcedureProperties procedure;
  private final StaffNames staff;
  private final Clock clock;
  private final ObjectMapper json;

  CaseFile(CaseSearch caseSearch, ReviewFile review, DecisionRepository decisions,
      RecommendationRepository recommendations, AppealRepository appeals, ProcedureProperties procedure,
      StaffNames staff, Clock clock, ObjectMapper json, PersonDecisionRepository personDecisions) {
    this.personDecisions = personDecisions;
    this.json = json;
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
   * The file in front of whoever decides: family, interviews, checks, assessment, the rules' recommendation, and,
   * once there is an appeal, the decision appealed and the appeal. Returns the family as the register has it, read
   * at most once for this file and whatever else the form shows of it.
   */
  Supplier<CaseView> show(FormView view, long caseId) {
    SingletonSupplier<CaseView> family = SingletonSupplier.of(() -> caseSearch.view(caseId));
    if (!view.wantsAny(FAMILY_SUMMARY, INTERVIEW_ACCOUNT, AGENCY_REPLIES, ASSESSMENT_RECORD, RULES_RECOMMENDATION,
        APPEALED_DECISION, APPEAL_RECORD)) {
      return family;
    }
    Optional<Appeal> appeal = appeals.findFirstByCaseIdOrderByIdDesc(caseId);
    Optional<Decision> appealed = appeal.flatMap(a -> decisions.findById(a.getDecisionId()));
    List<PersonDecision> appealedPersons = appealed.map(d -> personDecisions.findByDecisionIdOrderById(d.getId()))
        .orElse(List.of());
    // everyone the file names, resolved at once
    ReviewFile.Records records = review.records(caseId);
    Set<String> logins = new HashSet<>(records.examiners());
    appeal.ifPresent(a -> logins.add(a.getDecidedBy()));
    appeal.ifPresent(a -> logins.add(a.getLateDecidedBy()));
    appealed.ifPresent(d -> logins.add(d.getDecidedBy()));
    StaffNames.Names names = staff.of(logins);
    view.text(FAMILY_SUMMARY, () -> family(family.obtain()));
    view.text(INTERVIEW_ACCOUNT, () -> records.interviews(names));
    view.text(AGENCY_REPLIES, () -> review.agencyReplies(caseId));
    view.text(ASSESSMENT_RECORD, () -> records.assessment(names, family.obtain().members()));
    view.text(RULES_RECOMMENDATION, () -> recommendation(caseId, family.obtain()));
    if (appeal.isPresent()) {
      view.text(APPEALED_DECISION, () -> appealed.map(d -> decision(d, appealedPersons, family.obtain(), names))
          .orElse(NO_APPEALED_DECISION));
      view.text(APPEAL_RECORD, () -> appeal(appeal.get(), names));
    }
    return family;
  }

  /**
   * The persons the decision is to cover (JSON, as the deciding form lists them): each with the rules'
   * recommendation on their own assessment and whether they are decided on their own (an adult, or a child of a
   * family without one); the adults a child may follow or an adult may join by family unity; the legal grounds.
   */
  String decisionSheet(CaseView c, List<PetitionDecisionService.ToDecide> toDecide) {
    boolean anyAdult = toDecide.stream().anyMatch(t -> t.person().adult());
    List<Map<String, Object>> persons = new ArrayList<>();
    List<Map<String, Object>> parents = new ArrayList<>();
    for (PetitionDecisionService.ToDecide t : toDecide) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("personId", t.person().personId());
      row.put("name", t.person().name());
      row.put("bornOn", t.person().bornOn());
      row.put("role", t.person().role().label());
      row.put("adult", t.person().adult());
      row.put("alone", t.person().adult() || !anyAdult);
      row.put("recommendation", t.recommendation().map(r -> recommendationLabel(r.getOutcome())).orElse(null));
      row.put("rule", t.recommendation().map(RecordedRecommendation::getRule).orElse(null));
      persons.add(row);
      if (t.person().adult()) {
        parents.add(Map.of("personId", t.person().personId(), "name", t.person().name(), "recognised", false));
      }
    }
    for (PersonView p : c.members()) {
      if (p.recognisedOn() != null && p.deregisteredOn() == null) {
        parents.add(Map.of("personId", p.id(), "name", name(p) + " (статус присвоен)", "recognised", true));
      }
    }
    List<Map<String, String>> grounds = procedure.legalGrounds().stream()
        .filter(g -> !g.code().equals(procedure.familyUnityGround()))
        .map(g -> Map.of("code", g.code(), "outcome", g.outcome(), "label", g.label())).toList();
    Map<String, Object> sheet = new LinkedHashMap<>();
    sheet.put("persons", persons);
    sheet.put("parents", parents);
    sheet.put("grounds", grounds);
    sheet.put("familyUnityGround", procedure.legalGround(procedure.familyUnityGround())
        .map(ProcedureProperties.LegalGround::label).orElse(procedure.familyUnityGround()));
    try {
      return json.writeValueAsString(sheet);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("decision sheet not serializable", e);
    }
  }

  /** The case and every member: role, sex, age today, citizenship. */
  String family(CaseView c) {
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

  /** What the rules recommended on each person's latest assessment, by which rule, under which version of the table. */
  String recommendation(long caseId, CaseView family) {
    Map<Long, RecordedRecommendation> latest = new LinkedHashMap<>();
    recommendations.findByCaseIdOrderById(caseId).forEach(r -> latest.put(r.getPersonId(), r));
    if (latest.isEmpty()) {
      return "Рекомендации по правилам нет.";
    }
    Map<Long, String> names = new LinkedHashMap<>();
    family.members().forEach(p -> names.put(p.id(), name(p)));
    StringJoiner text = new StringJoiner("\n\n");
    latest.forEach((personId, r) -> {
      Recommendation rec = r.recommendation();
      text.add(names.getOrDefault(personId, "—") + "\nРекомендация: " + recommendationLabel(rec.outcome())
          + "\nПравило: " + orDash(rec.rule()) + "\nВерсия правил: " + orDash(rec.rulesVersion()) + "; рассчитана "
          + at(r.evaluatedAt()));
    });
    return text.toString();
  }

  /** The latest appeal: when, on which grounds, and its outcome once decided. */
  private String appeal(Appeal a, StaffNames.Names names) {
    StringJoiner text = new StringJoiner("\n");
    text.add("Жалоба подана " + date(a.getLodgedOn()) + (a.isLate() ? " — после истечения срока обжалования" : ""));
    if (a.getLateDecision() != null) {
      text.add("Пропуск срока: " + (a.getLateDecision() == Appeal.LateDecision.ACCEPTED ? "признан уважительным"
          : "не признан уважительным") + "; решил(а): " + names.of(a.getLateDecidedBy()) + ", "
          + at(a.getLateDecidedAt()));
      text.add("Мотивировка:");
      text.add(orDash(a.getLateReasons()));
    }
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
  private String decision(Decision d, List<PersonDecision> persons, CaseView family, StaffNames.Names names) {
    StringJoiner text = new StringJoiner("\n");
    text.add("Решение: " + switch (d.getOutcome()) {
      case GRANTED -> "присвоить статус беженца";
      case REFUSED -> "отказать";
      case PARTLY_GRANTED -> "присвоить статус одним членам семьи, отказать другим";
    } + "; принял(а): " + names.of(d.getDecidedBy()) + ", " + at(d.getDecidedAt()));
    if (!persons.isEmpty()) {
      Map<Long, String> who = new LinkedHashMap<>();
      family.members().forEach(p -> who.put(p.id(), name(p)));
      for (PersonDecision p : persons) {
        text.add("— " + who.getOrDefault(p.getPersonId(), "—") + ": "
            + (p.granted() ? "статус присвоен" : "отказано") + switch (p.getBasis()) {
              case OWN_GROUNDS -> "";
              case FAMILY_UNITY -> " (единство семьи)";
              case FOLLOWS_PARENT -> " (следует статусу родителя)";
            });
      }
    }
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
    return p.role() == null ? "роль не указана" : p.role().label();
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
