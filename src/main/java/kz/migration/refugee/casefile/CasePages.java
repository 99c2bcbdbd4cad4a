package kz.migration.refugee.casefile;

import static kz.migration.refugee.shared.FormText.DATE;
import static kz.migration.refugee.shared.FormText.DATE_TIME;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import kz.migration.refugee.audit.DecisionHistory;
import kz.migration.refugee.casefile.CasePage.Certificate;
import kz.migration.refugee.casefile.CasePage.Deregistered;
import kz.migration.refugee.casefile.CasePage.Entry;
import kz.migration.refugee.casefile.CasePage.Field;
import kz.migration.refugee.casefile.CasePage.Member;
import kz.migration.refugee.casefile.CasePage.Option;
import kz.migration.refugee.casefile.CasePage.Placed;
import kz.migration.refugee.casefile.CasePage.Step;
import kz.migration.refugee.casefile.CasePage.Document;
import kz.migration.refugee.casefile.CasePage.Note;
import kz.migration.refugee.casefile.CasePage.Option;
import kz.migration.refugee.decision.AppealView;
import kz.migration.refugee.reception.Centres;
import kz.migration.refugee.reception.Placements;
import kz.migration.refugee.decision.CourtAppealView;
import kz.migration.refugee.decision.DecisionView;
import kz.migration.refugee.decision.PersonOutcomeView;
import kz.migration.refugee.decision.PetitionDecisionService;
import kz.migration.refugee.decision.RecommendationView;
import kz.migration.refugee.evidence.AttachmentKind;
import kz.migration.refugee.evidence.AttachmentView;
import kz.migration.refugee.evidence.CaseNoteView;
import kz.migration.refugee.evidence.Evidence;
import kz.migration.refugee.petition.PetitionService;
import kz.migration.refugee.petition.PetitionWithdrawalView;
import kz.migration.refugee.petition.CaseReopenings;
import kz.migration.refugee.petition.PetitionWithdrawals;
import kz.migration.refugee.petition.PetitionView;
import kz.migration.refugee.recheck.RecheckService;
import kz.migration.refugee.recheck.RecheckView;
import kz.migration.refugee.recheck.StatusEndView;
import kz.migration.refugee.recheck.StatusEnds;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.registry.CaseSummary;
import kz.migration.refugee.registry.CaseView;
import kz.migration.refugee.registry.CertificateView;
import kz.migration.refugee.registry.PersonView;
import kz.migration.refugee.repatriation.VoluntaryReturnService;
import kz.migration.refugee.repatriation.VoluntaryReturnView;
import kz.migration.refugee.review.ReviewFile;
import kz.migration.refugee.shared.NotFoundException;
import kz.migration.refugee.shared.RussianText;
import kz.migration.refugee.shared.StaffNames;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers a case's page from the features' public read services, in one read-only transaction. */
@Service
@Transactional(readOnly = true)
class CasePages {

  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
  private static final String DASH = "—";

  private static final Map<String, String> STATUS = Map.of("INTAKE", "приём ходатайства",
      "MERGED", "объединено с другим делом", "REGISTERED", "зарегистрировано", "UNDER_REVIEW", "на рассмотрении",
      "GRANTED", "статус беженца присвоен", "REFUSED", "отказано", "APPEAL", "обжалование",
      "CLOSED", "закрыто", "DEREGISTERED", "семья снята с учёта");
  private static final Map<String, String> ROLE = Map.of("HEAD", "глава семьи", "SPOUSE", "супруг(а)",
      "CHILD", "ребёнок", "OTHER", "иной член семьи");
  private static final Map<String, String> SEX = Map.of("MALE", "мужской", "FEMALE", "женский");
  private static final Map<String, String> DOCUMENT = Map.of("PASSPORT", "паспорт", "ID_CARD", "удостоверение личности",
      "BIRTH_CERTIFICATE", "свидетельство о рождении", "OTHER", "иной документ", "NONE", "документа нет");
  private static final Map<String, String> DEREGISTRATION = Map.ofEntries(
      Map.entry("voluntary_return", "добровольное возвращение"), Map.entry("cessation", "утрата статуса (ст. 1C)"),
      Map.entry("cancellation", "аннулирование статуса"), Map.entry("deprivation", "лишение статуса"),
      Map.entry("termination", "прекращение статуса"), Map.entry("left_country", "выезд из страны"),
      Map.entry("death", "смерть"), Map.entry("withdrawn", "отзыв ходатайства"),
      Map.entry("abandoned", "дело оставлено заявителем"), Map.entry("refused", "отказ в признании беженцем"),
      Map.entry("other", "иная причина"));
  private static final Map<String, String> CERTIFICATE_TYPE = Map.of("ASYLUM_SEEKER",
      "свидетельство лица, ищущего убежище", "REFUGEE", "удостоверение беженца");
  private static final Map<String, String> CERTIFICATE_STATUS = Map.of("VALID", "действительно",
      "SUPERSEDED", "заменено новым", "INVALIDATED", "недействительно");
  private static final Map<String, String> OUTCOME = Map.of("GRANTED", "присвоить статус беженца",
      "REFUSED", "отказать", "PARTLY_GRANTED", "присвоить статус одним членам семьи, отказать другим", "grant", "присвоить статус", "refuse", "отказать",
      "refer", "передать на рассмотрение комиссии");
  private static final Map<String, String> SERVED_HOW = Map.of("IN_PERSON", "лично под подпись",
      "POST", "по почте (дата доставки)");
  private static final Map<String, String> APPEAL = Map.of("UPHELD", "отказ оставлен в силе",
      "OVERTURNED", "жалоба удовлетворена, повторное рассмотрение");
  private static final Map<String, String> RECHECK = Map.of("EXTENDED", "статус продлён",
      "STATUS_ENDED", "статус прекращён", "NONE_REGISTERED", "на учёте никого не осталось",
      "extend", "продлить", "cessation", "утрата статуса", "deprivation", "лишение статуса",
      "refer", "передать руководителю");
  private static final Map<String, String> INVOLVEMENT = Map.of("PROPOSED", "в решении",
      "INCLUDED", "включён(а) при рассмотрении положения семьи", "CONTINUES", "статус сохраняется");
  private static final Map<String, String> APPEAL_OUTCOME = Map.of("upheld", "решение оставлено в силе",
      "overturned", "решение отменено, статус сохраняется");
  private static final Map<String, String> RETURN = Map.of("RETURNED", "выезд состоялся",
      "WITHDRAWN", "заявление отозвано");
  private static final Map<String, String> STEP = Map.ofEntries(Map.entry("userTask", "задача"),
      Map.entry("serviceTask", "автоматический шаг"), Map.entry("startEvent", "начало"),
      Map.entry("noneEndEvent", "завершение"), Map.entry("businessRuleTask", "правила"),
      Map.entry("dmnEvaluation", "решение по правилам (DMN)"), Map.entry("callActivity", "вызов процесса"),
      Map.entry("boundaryTimer", "срок"), Map.entry("intermediateTimer", "ожидание"),
      Map.entry("messageStartEvent", "заявление"), Map.entry("errorEndEvent", "завершение рассмотрения"),
      Map.entry("boundaryError", "завершение рассмотрения"));

  private final CaseSearch caseSearch;
  private final PetitionService petitions;
  private final PetitionWithdrawals withdrawals;
  private final CaseReopenings reopenings;
  private final ReviewFile review;
  private final PetitionDecisionService decisions;
  private final RecheckService rechecks;
  private final StatusEnds statusEnds;
  private final VoluntaryReturnService returns;
  private final DecisionHistory history;
  private final StaffNames staff;
  private final Evidence evidence;
  private final Placements placements;
  private final Centres centres;
  private final Clock clock;

  CasePages(CaseSearch caseSearch, PetitionService petitions, PetitionWithdrawals withdrawals,
      CaseReopenings reopenings, ReviewFile review,
      PetitionDecisionService decisions, RecheckService rechecks, StatusEnds statusEnds, VoluntaryReturnService returns,
      DecisionHistory history, StaffNames staff, Evidence evidence, Placements placements, Centres centres,
      Clock clock) {
    this.placements = placements;
    this.centres = centres;
    this.caseSearch = caseSearch;
    this.petitions = petitions;
    this.withdrawals = withdrawals;
    this.reopenings = reopenings;
    this.review = review;
    this.decisions = decisions;
    this.rechecks = rechecks;
    this.statusEnds = statusEnds;
    this.returns = returns;
    this.history = history;
    this.staff = staff;
    this.evidence = evidence;
    this.clock = clock;
  }

  /** The case's page; an unknown case is not found. */
  CasePage page(CaseNumber number) {
    CaseSummary summary = caseSearch.summary(number);
    CaseView c = caseSearch.view(number);
    long caseId = summary.caseId();
    LocalDate today = LocalDate.now(clock);
    PetitionView petition = petition(number);
    List<DecisionView> decided = decisions.decisions(number);
    List<AppealView> appealed = decisions.appeals(number);
    List<CourtAppealView> courted = decisions.courtAppeals(number);
    List<RecheckView> rechecked = rechecks.rechecks(number);
    List<StatusEndView> ended = statusEnds.views(number);
    List<VoluntaryReturnView> returned = returns.views(number);
    List<DecisionHistory.Step> steps = steps(c.caseNumber());
    Optional<PetitionWithdrawalView> withdrawal = withdrawals.of(caseId);
    ReviewFile.Records records = review.records(caseId);
    Set<String> logins = staff(records, petition, decided, appealed, rechecked, returned, steps);
    withdrawal.ifPresent(w -> logins.add(w.receivedBy()));
    courted.forEach(x -> logins.addAll(Arrays.asList(x.recordedBy(), x.outcomeRecordedBy())));
    ended.forEach(e -> {
      logins.addAll(Arrays.asList(e.proposedBy(), e.confirmedBy(), e.appealDecidedBy(), e.dependantsReviewedBy()));
      e.persons().forEach(p -> logins.add(p.reviewedBy()));
    });
    List<CaseReopenings.Received> reopened = reopenings.of(caseId);
    reopened.forEach(r -> logins.add(r.receivedBy()));
    List<AttachmentView> files = evidence.attachments(number);
    List<CaseNoteView> written = evidence.notes(number);
    files.forEach(f -> logins.add(f.uploadedBy()));
    written.forEach(n -> logins.add(n.writtenBy()));
    StaffNames.Names names = staff.of(logins);
    Map<Long, String> people = new HashMap<>();
    c.members().forEach(p -> people.put(p.id(), name(p)));

    List<Field> overview = new ArrayList<>(List.of(new Field("Статус дела", label(STATUS, c.status())),
        new Field("Дата прибытия", date(c.arrivalDate())), new Field("Дата регистрации", date(c.registeredOn())),
        new Field("Адрес проживания", text(c.address())), new Field("Членов семьи", String.valueOf(c.members().size()))));
    if (c.legacyReference() != null) {
      // the number the paper file and older correspondence carry, from the archive the case was imported from
      overview.add(1, new Field("Архивный номер", c.legacyReference()));
    }
    // the applicant's written withdrawal, which closed the case without a decision
    withdrawal.ifPresent(w -> overview.addAll(List.of(
        new Field("Ходатайство отозвано (дата заявления)", date(w.requestedOn())),
        new Field("Заявление об отзыве принял(а)", names.of(w.receivedBy())),
        new Field("Примечание к отзыву", text(w.note())))));

    return new CasePage(c.caseNumber(), label(STATUS, c.status()), summary.headName(), overview,
        c.members().stream().map(p -> member(p, today)).toList(), petitionFields(petition),
        deadlines(petition, decided, names), interviews(records, reopened, names), agencyReplies(caseId),
        records.assessments(names, c.members()),
        decisions.recommendations(number).stream().map(this::recommendation).toList(),
        decided.stream().map(d -> decision(d, c.members(), names)).toList(),
        appealed.stream().map(a -> appeal(a, names)).toList(),
        courted.stream().map(x -> courtAppeal(x, names)).toList(),
        c.certificates().stream().map(x -> certificate(c.caseNumber(), x)).toList(),
        rechecked.stream().map(r -> recheck(r, names)).toList(),
        ended.stream().map(e -> statusEnd(e, names)).toList(),
        returned.stream().map(r -> voluntaryReturn(r, names)).toList(),
        c.members().stream().filter(p -> p.deregisteredOn() != null)
            .map(p -> new Deregistered(name(p), date(p.deregisteredOn()), label(DEREGISTRATION, p.deregistrationReason())))
            .toList(),
        timeline(steps, written, names), !decided.isEmpty(),
        files.stream().map(f -> document(c.caseNumber(), f, people, names)).toList(),
        written.stream().map(n -> note(n, names)).toList(),
        c.members().stream().map(p -> new Option(String.valueOf(p.id()), name(p))).toList(),
        Arrays.stream(AttachmentKind.values()).map(k -> new Option(k.code(), k.label())).toList(),
        evidence.maxSize().toMegabytes() + " МБ", placements(caseId, c.members()),
        centres.all().stream().map(x -> new Option(String.valueOf(x.id()), x.name() + " (" + x.address() + ")")).toList(),
        c.members().stream().filter(p -> p.deregisteredOn() == null)
            .map(p -> new Option(String.valueOf(p.id()), name(p))).toList());
  }

  private Document document(String caseNumber, AttachmentView f, Map<Long, String> people, StaffNames.Names names) {
    return new Document(f.kindLabel(), f.personId() == null ? "дело в целом" : people.getOrDefault(f.personId(), DASH),
        f.fileName(), size(f.size()), f.sha256().substring(0, 12), f.sha256(), who(f.uploadedBy(), names),
        at(f.uploadedAt()), f.note(), "/api/cases/" + caseNumber + "/attachments/" + f.id());
  }

  private Note note(CaseNoteView n, StaffNames.Names names) {
    return new Note(n.id(), at(n.writtenAt()), who(n.writtenBy(), names), n.text(),
        n.correctsId() == null ? null : "исправляет заметку № " + n.correctsId());
  }

  /** "12 КБ", "1,4 МБ": as a person reads a file's size. */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " Б";
    }
    if (bytes < 1024 * 1024) {
      return Math.round(bytes / 1024.0) + " КБ";
    }
    return String.format(RUSSIAN, "%.1f МБ", bytes / (1024.0 * 1024.0));
  }

  /** «Размещение»: the family's stays in the centres, earliest first. */
  private List<Placed> placements(long caseId, List<PersonView> members) {
    Map<Long, String> who = new HashMap<>();
    members.forEach(p -> who.put(p.id(), name(p)));
    return placements.ofCase(caseId).stream().map(p -> new Placed(p.id(), who.getOrDefault(p.personId(), DASH),
        p.centreName(), date(p.placedOn()), date(p.leftOn()), text(p.leavingReason()), p.leftOn() == null)).toList();
  }

  /**
   * «Собеседования»: the appointments (and whether the applicant came), the interviews held, the managers' decisions
   * on a case without contact, and the requests that reopened a case closed as abandoned.
   */
  private List<String> interviews(ReviewFile.Records file, List<CaseReopenings.Received> reopened,
      StaffNames.Names names) {
    List<String> records = new ArrayList<>(file.appointmentRecords(names));
    records.addAll(file.interviewRecords(names));
    file.abandonmentRecords(names).forEach(d -> records.add("Заявитель не выходил на связь. " + d));
    reopened.forEach(r -> records.add("Дело возобновлено по заявлению от " + date(r.requestedOn())
        + "; заявление принял(а): " + names.of(r.receivedBy()) + ", " + at(r.recordedAt())));
    return records;
  }

  /** Everyone the page names, so that their names are looked up at once. */
  private Set<String> staff(ReviewFile.Records records, PetitionView petition, List<DecisionView> decided,
      List<AppealView> appealed, List<RecheckView> rechecked, List<VoluntaryReturnView> returned,
      List<DecisionHistory.Step> steps) {
    Set<String> logins = new HashSet<>(records.staff());
    if (petition != null) {
      logins.add(petition.extendedBy());
    }
    decided.forEach(d -> logins.addAll(Arrays.asList(d.decidedBy(), d.noticeRecordedBy())));
    appealed.forEach(a -> logins.addAll(Arrays.asList(a.decidedBy(), a.recordedBy(), a.lateDecidedBy())));
    for (RecheckView r : rechecked) {
      logins.add(r.verifiedBy());
      if (r.statusEnd() != null) {
        logins.addAll(Arrays.asList(r.statusEnd().proposedBy(), r.statusEnd().confirmedBy(),
            r.statusEnd().appealDecidedBy()));
      }
    }
    returned.forEach(r -> logins.addAll(Arrays.asList(r.requestedBy(), r.confirmedBy())));
    steps.forEach(s -> logins.add(s.user()));
    return logins;
  }

  /** A certificate of this case as printed; one of another case, or none, is not found. */
  CertificateRenderer.Content certificate(CaseNumber number, String certificateNumber) {
    CaseView c = caseSearch.view(number);
    CertificateView certificate = c.certificates().stream().filter(x -> x.number().equals(certificateNumber))
        .findFirst().orElseThrow(() -> new NotFoundException("certificate", certificateNumber));
    PersonView holder = c.members().stream().filter(p -> p.id().equals(certificate.holderId())).findFirst()
        .orElse(null);
    byte[] photo = holder == null ? null : evidence.photo(number, holder.id()).orElse(null);
    return new CertificateRenderer.Content("REFUGEE".equals(certificate.type().name()), certificate.number(),
        c.caseNumber(), text(certificate.holder()), holder == null ? DASH : date(holder.dateOfBirth()),
        holder == null ? DASH : citizenship(holder.citizenship()),
        certificate.members() == null || certificate.members().isEmpty() ? DASH
            : String.join(", ", certificate.members()),
        date(certificate.issuedOn()), date(certificate.validUntil()), label(CERTIFICATE_STATUS, certificate.status()),
        photo);
  }

  private PetitionView petition(CaseNumber number) {
    try {
      return petitions.view(number);
    } catch (NotFoundException e) {
      return null; // a case imported from an archive may have no petition on record
    }
  }

  private Member member(PersonView p, LocalDate today) {
    return new Member(name(p), label(ROLE, p.role()), label(SEX, p.sex()), date(p.dateOfBirth()),
        age(p.dateOfBirth(), today), citizenship(p.citizenship()), text(p.ethnicity()), languages(p.languages()),
        p.documentType() == null ? DASH : label(DOCUMENT, p.documentType())
            + (p.documentNumber() == null ? "" : " № " + p.documentNumber()),
        p.deregisteredOn() != null ? "снят(а) с учёта " + date(p.deregisteredOn())
            : p.recognisedOn() != null ? "беженец, статус с " + date(p.recognisedOn()) : "на учёте, статус не присвоен");
  }

  private static List<Field> petitionFields(PetitionView p) {
    if (p == null) {
      return List.of();
    }
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("Дата подачи", date(p.filedOn())));
    fields.add(new Field("Подано с опозданием", p.filedLate() ? "да" : "нет"));
    if (p.filedLate() || p.lateFilingReason() != null) {
      fields.add(new Field("Причина опоздания", text(p.lateFilingReason())));
    }
    fields.add(new Field("Язык", language(p.language())));
    fields.add(new Field("Переводчик", text(p.interpreter())));
    fields.add(new Field("Представитель", text(p.representative())));
    return fields;
  }

  private List<Field> deadlines(PetitionView p, List<DecisionView> decided, StaffNames.Names names) {
    List<Field> fields = new ArrayList<>();
    if (p != null) {
      fields.add(new Field("Решение не позднее", date(p.decisionDueOn())
          + (p.deadlineMissed() ? " (срок пропущен)" : "")));
      if (p.reopenedOn() != null) {
        // the first examination's deadline stays on record: whether it was kept is for the auditors
        fields.add(new Field("Повторное рассмотрение", "с " + date(p.reopenedOn()) + " (отказ отменён по жалобе); "
            + "первоначальный срок " + date(p.initialDecisionDueOn()) + (p.initialDeadlineMissed() ? " (пропущен)" : "")));
      }
      fields.add(new Field("Продление срока", p.deadlineExtended()
          ? "продлён; " + who(p.extendedBy(), names) + ": " + text(p.extensionReason()) : "не продлевался"));
    }
    decided.stream().filter(d -> d.appealDueOn() != null).reduce((a, b) -> b).ifPresent(d -> fields.add(
        new Field("Срок обжалования", "с " + date(d.notifiedOn()) + " (день вручения уведомления) по "
            + date(d.appealDueOn()))));
    decided.stream().reduce((a, b) -> b).filter(d -> "REFUSED".equals(d.outcome()) && d.notifiedOn() == null)
        .ifPresent(d -> fields.add(new Field("Срок обжалования", "не начался: уведомление об отказе ещё не вручено")));
    return fields;
  }

  private List<String> agencyReplies(long caseId) {
    return Arrays.stream(review.agencyReplies(caseId).split("\n")).filter(s -> !s.isBlank()).toList();
  }

  private Entry recommendation(RecommendationView r) {
    return new Entry("Рекомендация от " + at(r.evaluatedAt()), List.of(
        new Field("Рекомендация", label(OUTCOME, r.outcome())), new Field("Правило", text(r.rule())),
        new Field("Исходные данные", text(r.inputs())), new Field("Версия правил", text(r.rulesVersion()))), null);
  }

  private Entry decision(DecisionView d, List<PersonView> members, StaffNames.Names names) {
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("Решение", label(OUTCOME, d.outcome())));
    Map<Long, String> who = new HashMap<>();
    members.forEach(p -> who.put(p.id(), name(p)));
    // each person the decision covers, with their own outcome and what it rests on
    for (PersonOutcomeView p : d.persons()) {
      String outcome = "GRANTED".equals(p.outcome()) ? "статус беженца присвоен" : "отказано";
      String basis = switch (p.basis()) {
        case "FAMILY_UNITY" -> "по принципу единства семьи, вместе с " + who.getOrDefault(p.followsPersonId(), "—")
            + (p.consentOn() == null ? "" : "; согласие от " + date(p.consentOn()));
        case "FOLLOWS_PARENT" -> "следует статусу родителя: " + who.getOrDefault(p.followsPersonId(), "—");
        default -> "по собственным основаниям: " + text(decisions.legalGroundLabel(p.legalGround()))
            + (p.guardian() == null ? "" : "; законный представитель: " + p.guardian())
            + (p.reasons() == null || p.reasons().equals(d.reasons()) ? "" : "; мотивировка: " + p.reasons());
      };
      fields.add(new Field(who.getOrDefault(p.personId(), "—"), outcome + " — " + basis));
    }
    fields.add(new Field("Правовое основание (основной заявитель)", text(decisions.legalGroundLabel(d.legalGround()))));
    fields.add(new Field("Принял(а)", who(d.decidedBy(), names)));
    fields.add(new Field("Рекомендация правил", label(OUTCOME, d.recommendation()) + "; правило "
        + text(d.recommendationRule()) + "; версия " + text(d.rulesVersion())));
    fields.add(new Field("Исходные данные правил", text(d.recommendationInputs())));
    if (d.notifiedOn() != null) {
      fields.add(new Field("Уведомление вручено", date(d.notifiedOn()) + ", " + label(SERVED_HOW, d.noticeServedHow())
          + (d.noticeRecordedBy() == null ? "" : "; записал(а) " + names.of(d.noticeRecordedBy()))));
      if (d.noticeServiceNote() != null) {
        fields.add(new Field("Примечание о вручении", text(d.noticeServiceNote())));
      }
    }
    return new Entry("Решение от " + at(d.decidedAt()), fields, text(d.reasons()));
  }

  private Entry appeal(AppealView a, StaffNames.Names names) {
    List<Field> fields = new ArrayList<>();
    if (a.recordedBy() != null) {
      fields.add(new Field("Зарегистрировал(а)", names.of(a.recordedBy())));
    }
    if (a.late()) {
      // lodged after the window: whether the lateness was excused decides whether the appeal was heard at all
      fields.add(new Field("Подана", "после истечения срока обжалования"));
      fields.add(new Field("Пропуск срока", a.lateDecision() == null ? "на рассмотрении руководителя"
          : "ACCEPTED".equals(a.lateDecision()) ? "Пропуск срока признан уважительным, жалоба принята"
          : "Пропуск срока не признан уважительным, жалоба отклонена"));
      if (a.lateDecidedBy() != null) {
        fields.add(new Field("Решение о пропуске срока принял(а)", names.of(a.lateDecidedBy()) + ", "
            + at(a.lateDecidedAt())));
        fields.add(new Field("Мотивировка решения о пропуске срока", text(a.lateReasons())));
      }
    }
    if (!"REFUSED".equals(a.lateDecision())) {
      fields.add(new Field("Результат", a.outcome() == null ? "не рассмотрена" : label(APPEAL, a.outcome())));
    }
    if (a.decidedBy() != null) {
      fields.add(new Field("Рассмотрел(а)", names.of(a.decidedBy()) + ", " + at(a.decidedAt())));
      fields.add(new Field("Мотивировка", text(a.reasons())));
    }
    return new Entry("Жалоба от " + date(a.lodgedOn()), fields, text(a.grounds()));
  }

  /** An appeal to a court after the internal appeal upheld the refusal, and the court's outcome. */
  private Entry courtAppeal(CourtAppealView x, StaffNames.Names names) {
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("Суд", text(x.courtName())));
    fields.add(new Field("Зарегистрировал(а)", names.of(x.recordedBy()) + ", " + at(x.recordedAt())));
    fields.add(new Field("Решение суда", x.outcome() == null ? "ожидается (дело не закрывается)"
        : ("UPHELD".equals(x.outcome()) ? "суд оставил отказ в силе" : "суд отменил отказ, повторное рассмотрение")
        + " (" + date(x.decidedOn()) + ")"));
    if (x.outcomeRecordedBy() != null) {
      fields.add(new Field("Решение суда записал(а)", names.of(x.outcomeRecordedBy())));
    }
    return new Entry("Обращение в суд от " + date(x.lodgedOn()), fields, null);
  }

  private static Certificate certificate(String caseNumber, CertificateView c) {
    return new Certificate(c.number(), label(CERTIFICATE_TYPE, c.type()), text(c.holder()),
        c.members() == null || c.members().isEmpty() ? DASH : String.join(", ", c.members()), date(c.issuedOn()),
        date(c.validUntil()), label(CERTIFICATE_STATUS, c.status()),
        "/cases/" + caseNumber + "/certificates/" + c.number() + ".pdf");
  }

  private Entry recheck(RecheckView r, StaffNames.Names names) {
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("Начата", at(r.startedAt()) + (r.overdue() ? " (просрочена)" : "")));
    fields.add(new Field("Предложение", r.proposedOutcome() == null ? DASH
        : label(RECHECK, r.proposedOutcome()) + "; " + who(r.verifiedBy(), names) + ", " + at(r.verifiedAt())));
    if (r.validFrom() != null) {
      fields.add(new Field("Новый срок", date(r.validFrom()) + " – " + date(r.validUntil())));
    }
    fields.add(new Field("Итог", r.outcome() == null ? "не завершена" : label(RECHECK, r.outcome()) + ", "
        + at(r.completedAt())));
    if (r.statusEnd() != null) {
      RecheckView.StatusEndView s = r.statusEnd();
      fields.add(new Field("Прекращение статуса", label(RECHECK, s.kind() == null ? null : s.kind().toLowerCase())
          + " (" + text(s.ground()) + "); предложил(а) " + who(s.proposedBy(), names)
          + (s.confirmed() == null ? "" : s.confirmed() ? "; утвердил(а) " + who(s.confirmedBy(), names) : "; отклонено")));
      if (s.appealLodgedOn() != null) {
        fields.add(new Field("Жалоба", "подана " + date(s.appealLodgedOn()) + "; " + text(s.appealOutcome())
            + (s.appealDecidedBy() == null ? "" : ", " + names.of(s.appealDecidedBy()))));
      }
      if (s.effectiveOn() != null) {
        fields.add(new Field("Статус прекращён с", date(s.effectiveOn())));
      }
    }
    return new Entry("Перерегистрация к " + date(r.dueOn()), fields, null);
  }

  /** An end of status, per person: kind and reason, who proposed and confirmed it, the appeal, the family's review. */
  private Entry statusEnd(StatusEndView e, StaffNames.Names names) {
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("Вид и основание", capitalized(e.kindLabel()) + ": " + text(e.reasonLabel())));
    fields.add(new Field("Начато", e.fromRecheck() ? "по итогам ежегодной перерегистрации" : "по делу"));
    fields.add(new Field("Предложил(а)", who(e.proposedBy(), names) + ", " + at(e.proposedAt())));
    fields.add(new Field("Утверждение", e.confirmed() == null ? "ожидает утверждения"
        : (e.confirmed() ? "утвердил(а) " : "отклонил(а) ") + who(e.confirmedBy(), names)));
    if (e.notifiedOn() != null) {
      fields.add(new Field("Уведомление", date(e.notifiedOn()) + "; обжаловать до " + date(e.appealDueOn())));
    }
    if (e.appealLodgedOn() != null) {
      fields.add(new Field("Жалоба", "подана " + date(e.appealLodgedOn()) + "; " + (e.appealOutcome() == null
          ? "на рассмотрении" : label(APPEAL_OUTCOME, e.appealOutcome()) + ", " + who(e.appealDecidedBy(), names))));
    }
    for (StatusEndView.PersonView p : e.persons()) {
      fields.add(new Field(text(p.name()), label(INVOLVEMENT, p.involvement())
          + (p.deregisteredOn() == null ? "" : "; снят(а) с учёта " + date(p.deregisteredOn()))
          + (p.reviewedBy() == null ? "" : "; решил(а) " + who(p.reviewedBy(), names))));
    }
    if (e.dependantsReviewedBy() != null) {
      fields.add(new Field("Положение членов семьи рассмотрел(а)", who(e.dependantsReviewedBy(), names)));
    }
    return new Entry(capitalized(e.kindLabel()) + (e.effectiveOn() == null ? " (не вступило в силу)"
        : " с " + date(e.effectiveOn())), fields, null);
  }

  private static String capitalized(String text) {
    return text == null || text.isEmpty() ? DASH : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private Entry voluntaryReturn(VoluntaryReturnView r, StaffNames.Names names) {
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("Заявление", date(r.requestedOn()) + " № " + text(r.requestReference()) + "; принял(а) "
        + who(r.requestedBy(), names)));
    fields.add(new Field("Возвращается", r.wholeFamily() ? "вся семья"
        : "членов семьи: " + (r.returningPersonIds() == null ? 0 : r.returningPersonIds().size())));
    fields.add(new Field("Добровольность", r.voluntarinessConfirmed() == null ? "не подтверждена"
        : (r.voluntarinessConfirmed() ? "подтверждена " : "не подтверждена ") + date(r.interviewDate())
            + ", " + who(r.confirmedBy(), names)));
    for (VoluntaryReturnView.ContactView contact : r.contacts()) {
      fields.add(new Field(text(contact.bodyLabel()), "запрос " + at(contact.requestedAt()) + ", напоминаний: "
          + contact.reminders() + "; " + (contact.repliedOn() == null ? "ответа нет"
          : "ответ " + date(contact.repliedOn()) + " № " + text(contact.replyReference()) + ": "
              + text(contact.remarks()))));
    }
    if (r.departureOn() != null) {
      fields.add(new Field("Выезд", date(r.departureOn())));
    }
    if (r.withdrawnOn() != null) {
      fields.add(new Field("Отозвано", date(r.withdrawnOn())));
    }
    fields.add(new Field("Итог", r.outcome() == null ? "в работе" : label(RETURN, r.outcome())));
    return new Entry("Добровольное возвращение " + text(r.reference()), fields, null);
  }

  /** The engine's history of the case; a case imported without a process has none. */
  private List<DecisionHistory.Step> steps(String caseNumber) {
    try {
      return history.timeline(caseNumber).steps();
    } catch (NotFoundException e) {
      return List.of();
    }
  }

  /** Who did what, when: the engine's steps and the case notes, in time order. */
  private List<Step> timeline(List<DecisionHistory.Step> steps, List<CaseNoteView> notes, StaffNames.Names names) {
    record Timed(Instant at, Step step) {}
    List<Timed> all = new ArrayList<>();
    steps.forEach(s -> all.add(new Timed(s.at(), new Step(at(s.at()), s.name() == null ? stepKind(s.kind()) : s.name(),
        stepKind(s.kind()), s.user() == null ? "система" : names.of(s.user())))));
    notes.forEach(n -> all.add(new Timed(n.writtenAt(), new Step(at(n.writtenAt()),
        n.correctsId() == null ? "Заметка № " + n.id() : "Заметка № " + n.id() + " (исправляет № " + n.correctsId() + ")",
        "заметка по делу", who(n.writtenBy(), names)))));
    // stable: the engine's steps keep their order among themselves
    all.sort(java.util.Comparator.comparing(Timed::at, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
    return all.stream().map(Timed::step).toList();
  }

  /** A history step's kind in Russian: one not listed by its family (timer, message, end…), never the engine's word. */
  static String stepKind(String kind) {
    String known = STEP.get(kind);
    if (known != null) {
      return known;
    }
    String k = kind == null ? "" : kind.toLowerCase(Locale.ROOT);
    return k.contains("timer") ? "срок" : k.contains("message") ? "сообщение"
        : k.contains("error") ? "завершение рассмотрения" : k.contains("end") ? "завершение"
        : k.contains("start") ? "начало" : "шаг";
  }

  static String name(PersonView p) {
    return Arrays.stream(new String[] {p.surname(), p.givenName(), p.patronymic()})
        .filter(s -> s != null && !s.isBlank()).map(String::strip).collect(Collectors.joining(" "));
  }

  /** "43 года", "1 год", "11 лет", "до года". */
  static String age(LocalDate born, LocalDate today) {
    return born == null ? DASH : RussianText.age(born, today);
  }

  /** The country's Russian name, as {@link Locale} knows it, with the recorded code. */
  static String citizenship(String code) {
    return code == null || code.isBlank() ? DASH : RussianText.country(code);
  }

  private static String languages(String codes) {
    if (codes == null || codes.isBlank()) {
      return DASH;
    }
    StringJoiner names = new StringJoiner(", ");
    Arrays.stream(codes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(CasePages::language)
        .forEach(names::add);
    return names.toString();
  }

  private static String language(String code) {
    if (code == null || code.isBlank()) {
      return DASH;
    }
    if ("other".equals(code)) {
      return "другой";
    }
    if ("und".equals(code)) {
      return "не указан"; // archived petitions
    }
    String name = Locale.forLanguageTag(code).getDisplayLanguage(RUSSIAN);
    return name.isBlank() || name.equals(code) ? code : name;
  }

  private static String label(Map<String, String> labels, Object value) {
    if (value == null) {
      return DASH;
    }
    String key = value instanceof Enum<?> e ? e.name() : value.toString();
    return labels.getOrDefault(key, key);
  }

  /** A member of staff by name, a dash if nobody is recorded. */
  private static String who(String login, StaffNames.Names names) {
    return login == null || login.isBlank() ? DASH : names.of(login);
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? DASH : value.strip();
  }

  private static String date(LocalDate date) {
    return date == null ? DASH : DATE.format(date);
  }

  private String at(Instant instant) {
    return instant == null ? DASH : DATE_TIME.format(instant.atZone(clock.getZone()));
  }
}
