package kz.migration.refugee.repatriation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.registry.CaseStatus;
import kz.migration.refugee.registry.CaseSummary;
import kz.migration.refugee.registry.Deregistration;
import kz.migration.refugee.registry.DeregistrationReason;
import kz.migration.refugee.registry.FamilyCases;
import kz.migration.refugee.registry.FamilyMember;
import kz.migration.refugee.registry.PersonView;
import kz.migration.refugee.repatriation.ReturnContactGateway.ContactRequest;
import kz.migration.refugee.repatriation.ReturnContactGateway.Traveller;
import kz.migration.refugee.shared.ConflictException;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a voluntary return. Called from the process (delegates and listeners) and the API, in the
 * engine's transaction: a rejected step writes nothing.
 * <ul>
 *   <li>Non-refoulement: only a recognised family (case GRANTED) may return, and only while it still is and no
 *       appeal is pending on the case (the registry's one rule, {@link FamilyCases#requireNoAppealPending}).</li>
 *   <li>One open return per family, guaranteed by the database ({@code open_case_id} unique).</li>
 *   <li>Confidentiality: the bodies receive the travellers' identity and our reference only.</li>
 * </ul>
 */
@Service
@Transactional
public class VoluntaryReturnService {

  private static final String ALREADY_OPEN = "по этому делу уже открыто добровольное возвращение";

  private final VoluntaryReturnRepository returns;
  private final ReturnContactRepository contacts;
  private final ReturnContactGateway gateway;
  private final FamilyCases familyCases;
  private final CaseSearch caseSearch;
  private final ReturnMapper mapper;
  private final Clock clock;

  VoluntaryReturnService(VoluntaryReturnRepository returns, ReturnContactRepository contacts,
      ReturnContactGateway gateway, FamilyCases familyCases, CaseSearch caseSearch, ReturnMapper mapper, Clock clock) {
    this.returns = returns;
    this.contacts = contacts;
    this.gateway = gateway;
    this.familyCases = familyCases;
    this.caseSearch = caseSearch;
    this.mapper = mapper;
    this.clock = clock;
  }

  record Registered(long returnId, long caseId, String caseNumber) {}

  /** Records the written request of a recognised family; refuses any other case, or a second open return. */
  Registered register(RequestVoluntaryReturnForm form, String by) {
    CaseSummary c = recognisedFamily(form.caseNumber());
    if (returns.findByOpenCaseId(c.caseId()).isPresent()) {
      throw FieldErrors.of("caseNumber", ALREADY_OPEN);
    }
    if (c.registeredOn() != null && form.requestedOn().isBefore(c.registeredOn())) {
      throw FieldErrors.of("requestedOn", "заявление не может быть раньше регистрации дела");
    }
    VoluntaryReturn r;
    try {
      r = returns.saveAndFlush(VoluntaryReturn.requested(c.caseId(), form.requestedOn(), form.requestReference().strip(),
          form.wholeFamily(), by, now()));
    } catch (DataIntegrityViolationException e) {
      // another caseworker opened one a moment ago
      throw FieldErrors.of("caseNumber", ALREADY_OPEN);
    }
    return new Registered(r.getId(), c.caseId(), c.caseNumber());
  }

  /** Persons of the family still on the register, for the form's checklist. */
  @Transactional(readOnly = true)
  List<FamilyMember> family(long caseId) {
    return familyCases.registeredMembers(caseId);
  }

  /** The interview: is the return voluntary, and who returns. Answers whether it was confirmed. */
  boolean confirmVoluntariness(long returnId, ConfirmVoluntarinessForm form, String by) {
    VoluntaryReturn r = load(returnId);
    if (form.interviewDate().isBefore(r.getRequestedOn())) {
      throw FieldErrors.of("interviewDate", "собеседование не может быть раньше заявления");
    }
    List<Long> returning = form.returningMembers() == null ? List.of() : form.returningMembers();
    if (!form.voluntary()) {
      if (form.withdrawalReason() == null || form.withdrawalReason().isBlank()) {
        throw FieldErrors.of("withdrawalReason", "укажите причину отказа от возвращения");
      }
      r.interviewed(form.interviewDate(), form.interviewSummary(), false, List.of(), by, now());
      return false;
    }
    if (!r.isWholeFamily()) {
      Set<Long> registered = Set.copyOf(familyCases.registeredMembers(r.getCaseId()).stream().map(FamilyMember::personId).toList());
      if (returning.isEmpty()) {
        throw FieldErrors.of("returningMembers", "отметьте возвращающихся членов семьи");
      }
      if (!registered.containsAll(returning)) {
        throw FieldErrors.of("returningMembers", "указаны лица, не состоящие на учёте в этом деле");
      }
    }
    r.interviewed(form.interviewDate(), form.interviewSummary(), true, r.isWholeFamily() ? List.of() : returning, by, now());
    return true;
  }

  /** Sends (or resends) the request to a body. Only identity and our reference leave the department. */
  void sendRequest(long returnId, ContactBody body) {
    VoluntaryReturn r = load(returnId);
    String reference = gateway.request(new ContactRequest(body, r.reference(), travellers(r)));
    ReturnContact contact = contacts.findByReturnIdAndBody(returnId, body)
        .orElseGet(() -> ReturnContact.of(returnId, body));
    contact.requested(reference, now());
    contacts.save(contact);
  }

  void remind(long returnId, ContactBody body) {
    VoluntaryReturn r = load(returnId);
    ReturnContact contact = contact(returnId, body);
    gateway.remind(body, r.reference(), contact.getReference());
    contact.reminded();
  }

  /** Records a body's reply to the open return of the case. */
  void recordReply(CaseNumber caseNumber, ContactBody body, ReplyRequest reply, String by) {
    VoluntaryReturn r = openReturn(caseNumber);
    if (reply.saysNothing()) {
      throw FieldErrors.of("remarks", "укажите, что сообщил орган: документы, транспорт, приём или примечания");
    }
    if (reply.repliedOn().isBefore(r.getRequestedOn())) {
      throw FieldErrors.of("repliedOn", "ответ не может быть раньше заявления");
    }
    contact(r.getId(), body).replied(reply, by, now());
  }

  void goOnWithoutReply(long returnId, ContactBody body, String by) {
    contact(returnId, body).goOnWithoutReply(by, now());
  }

  /** Departure confirmed (answers true) or the request withdrawn at the last step (answers false). */
  boolean confirmDeparture(long returnId, ConfirmDepartureForm form, String by) {
    VoluntaryReturn r = load(returnId);
    if (!form.departed()) {
      if (form.withdrawnOn() == null) {
        throw FieldErrors.of("withdrawnOn", "обязательное поле");
      }
      if (form.withdrawalReason() == null || form.withdrawalReason().isBlank()) {
        throw FieldErrors.of("withdrawalReason", "укажите причину отказа от возвращения");
      }
      return false;
    }
    if (form.departedOn() == null) {
      throw FieldErrors.of("departedOn", "обязательное поле");
    }
    if (form.departedOn().isBefore(r.getRequestedOn())) {
      throw FieldErrors.of("departedOn", "выезд не может быть раньше заявления");
    }
    familyCases.requireNoAppealPending(r.getCaseId());
    CaseStatus status = caseSearch.summary(r.getCaseId()).status();
    if (status != CaseStatus.GRANTED) {
      throw FieldErrors.of("departure", "семья не имеет статуса беженцев (статус дела: " + status
          + "), выезд по добровольному возвращению не может быть завершён");
    }
    r.departureConfirmed(form.departedOn(), by);
    return true;
  }

  /** The returnees leave the register with reason "voluntary return"; the return is done. */
  Deregistration deregisterReturnees(long returnId) {
    VoluntaryReturn r = load(returnId);
    Deregistration done = familyCases.deregister(r.getCaseId(), r.returningPersonIds(), DeregistrationReason.VOLUNTARY_RETURN,
        r.getDepartureOn(), r.getDepartureConfirmedBy());
    r.returned(now());
    return done;
  }

  /** The refugee withdrew the request: recorded, the return closed; the family's status is untouched. */
  void withdraw(long returnId, WithdrawalRequest withdrawal) {
    VoluntaryReturn r = load(returnId);
    if (withdrawal.withdrawnOn().isBefore(r.getRequestedOn())) {
      throw FieldErrors.of("withdrawnOn", "отказ не может быть раньше заявления");
    }
    r.withdrawn(withdrawal.withdrawnOn(), withdrawal.withdrawalReason().strip(), now());
  }

  /** The open return of a case, for the API; 404 when there is none. */
  @Transactional(readOnly = true)
  long openReturnId(CaseNumber caseNumber) {
    return openReturn(caseNumber).getId();
  }

  @Transactional(readOnly = true)
  VoluntaryReturnView view(CaseNumber caseNumber) {
    CaseSummary c = caseSearch.summary(caseNumber);
    VoluntaryReturn r = returns.findFirstByCaseIdOrderByIdDesc(c.caseId())
        .orElseThrow(() -> new NotFoundException("voluntary return of case", caseNumber));
    return mapper.toView(r, c.caseNumber(), contacts.findByReturnIdOrderById(r.getId()));
  }

  /** Every return of a case, oldest first, for the case page. */
  @Transactional(readOnly = true)
  public List<VoluntaryReturnView> views(CaseNumber caseNumber) {
    CaseSummary c = caseSearch.summary(caseNumber);
    return returns.findByCaseIdOrderById(c.caseId()).stream()
        .map(r -> mapper.toView(r, c.caseNumber(), contacts.findByReturnIdOrderById(r.getId()))).toList();
  }

  private CaseSummary recognisedFamily(String caseNumber) {
    if (!CaseNumber.isValid(caseNumber)) {
      throw FieldErrors.of("caseNumber", "номер дела в формате RS-2026-000123");
    }
    CaseSummary c;
    try {
      c = caseSearch.summary(new CaseNumber(caseNumber));
    } catch (NotFoundException e) {
      throw FieldErrors.of("caseNumber", "дело не найдено");
    }
    if (c.status() != CaseStatus.GRANTED) {
      // non-refoulement: only a recognised family may ask to return, never an applicant or a refused family
      throw FieldErrors.of("caseNumber", "добровольное возвращение оформляется только для семьи, признанной беженцами"
          + " (статус дела: " + c.status() + ")");
    }
    return c;
  }

  /** Identity and travel document of each traveller, nothing of the claim. */
  private List<Traveller> travellers(VoluntaryReturn r) {
    CaseSummary c = caseSearch.summary(r.getCaseId());
    Set<Long> ids = r.isWholeFamily()
        ? Set.copyOf(familyCases.registeredMembers(r.getCaseId()).stream().map(FamilyMember::personId).toList())
        : r.returningPersonIds();
    return caseSearch.view(new CaseNumber(c.caseNumber())).members().stream().filter(p -> ids.contains(p.id()))
        .map(VoluntaryReturnService::traveller).toList();
  }

  private static Traveller traveller(PersonView p) {
    return new Traveller(p.surname(), p.givenName(), p.patronymic(), p.dateOfBirth(),
        p.sex() == null ? null : p.sex().name(), p.citizenship(),
        p.documentType() == null ? null : p.documentType().name(), p.documentNumber());
  }

  private VoluntaryReturn openReturn(CaseNumber caseNumber) {
    CaseSummary c = caseSearch.summary(caseNumber);
    return returns.findByOpenCaseId(c.caseId())
        .orElseThrow(() -> new NotFoundException("open voluntary return of case", caseNumber));
  }

  private ReturnContact contact(long returnId, ContactBody body) {
    return contacts.findByReturnIdAndBody(returnId, body)
        .orElseThrow(() -> new ConflictException("no request sent to " + body + " for this return"));
  }

  /** A process may work only on a return of its own case (its business key). */
  void requireOfCase(long returnId, long caseId) {
    if (load(returnId).getCaseId() != caseId) {
      throw new IllegalStateException("voluntary return " + returnId + " is not of the process's case");
    }
  }

  private VoluntaryReturn load(long returnId) {
    return returns.findById(returnId).orElseThrow(() -> new NotFoundException("voluntary return", returnId));
  }

  private Instant now() {
    return Instant.now(clock);
  }
}
