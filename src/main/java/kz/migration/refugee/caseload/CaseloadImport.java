package kz.migration.refugee.caseload;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import kz.migration.refugee.decision.ImportedDecisions;
import kz.migration.refugee.petition.ImportedPetitions;
import kz.migration.refugee.registry.FamilyCases;
import kz.migration.refugee.registry.FamilyRole;
import kz.migration.refugee.registry.ImportedFamily;
import kz.migration.refugee.shared.ProcedureProperties;
import kz.migration.refugee.shared.RejectedFile;
import kz.migration.refugee.shared.TextDigest;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters a historic caseload in one transaction: every row is checked first and the whole file refused with
 * the list of errors if any row is wrong; then each family not yet in the bank (by case number, or by the
 * archive's own number for a family numbered otherwise, which then gets a product number) is recorded
 * with its petition and decision, and put where the procedure has it: an undecided petition resumes its
 * examination, a recognised family's recheck cycle runs from its grant date, the others are closed.
 * <p>
 * The file stays one transaction, but the persistence context is written out and emptied every
 * {@code refugee.import.flush-every} families: otherwise each family's queries (is it in the bank already, the year's
 * counter) make Hibernate check every entity entered so far before running, and a family costs more the later it
 * comes in its file. Nothing loaded is used across that point: each family is entered from the file's values and
 * the ids the bank gave it. A caller's own entities of the same transaction are written out then too, and detached.
 */
@Service
class CaseloadImport {

  private static final Logger log = LoggerFactory.getLogger(CaseloadImport.class);

  /** Progress of the import running on this node: families done of the families in the file. */
  record Progress(boolean running, int familiesDone, int familiesTotal) {}

  private final FamilyCases familyCases;
  private final ImportedPetitions petitions;
  private final ImportedDecisions decisions;
  private final IdentityService identity;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final ProcedureProperties procedure;
  private final int firstYear;
  private final EntityManager entityManager;
  private final int flushEvery;
  private final AtomicReference<Progress> progress = new AtomicReference<>(new Progress(false, 0, 0));

  CaseloadImport(FamilyCases familyCases, ImportedPetitions petitions, ImportedDecisions decisions,
      IdentityService identity, ApplicationEventPublisher events, Clock clock, ProcedureProperties procedure,
      @Value("${refugee.import.first-year:1995}") int firstYear, EntityManager entityManager,
      @Value("${refugee.import.flush-every:100}") int flushEvery) {
    if (flushEvery < 1) {
      throw new IllegalArgumentException("refugee.import.flush-every must be at least 1, is " + flushEvery);
    }
    this.familyCases = familyCases;
    this.petitions = petitions;
    this.decisions = decisions;
    this.identity = identity;
    this.events = events;
    this.clock = clock;
    this.procedure = procedure;
    this.firstYear = firstYear;
    this.entityManager = entityManager;
    this.flushEvery = flushEvery;
  }

  /** Checks the whole file; the families in it, or every row's errors as a {@link RejectedFile}. */
  List<CaseloadFile.Family> check(byte[] content) {
    try {
      var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      return CaseloadFile.read(new InputStreamReader(new ByteArrayInputStream(content), decoder), LocalDate.now(clock),
          firstYear, procedure.adultAge());
    } catch (CharacterCodingException e) {
      throw new RejectedFile(List.of(new RejectedFile.RowError(1, "file", "файл должен быть в кодировке UTF-8")));
    } catch (IOException e) {
      throw new IllegalStateException("caseload file could not be read", e);
    }
  }

  /** Imports a file on its submitter's sole authority: the server's command line and the demo archive. */
  @Transactional
  ImportReport importFile(byte[] content, String by) {
    return importFile(content, by, by);
  }

  /** Imports a file submitted by one person and confirmed by another ({@link CaseloadSubmissions}). */
  @Transactional
  ImportReport importFile(byte[] content, String submittedBy, String by) {
    List<CaseloadFile.Family> families = check(content);
    // The import acts for the office, not as the administrator who sent the file: resumed examinations are
    // started without the caller's (case-less) engine authorizations.
    var caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    int imported = 0;
    int persons = 0;
    int skipped = 0;
    int resumed = 0;
    progress.set(new Progress(true, 0, families.size()));
    try {
      // Families numbered in the product's form first: a number given from the counter to an archive-numbered
      // family then skips theirs, instead of taking a number a later row of the file still brings.
      List<CaseloadFile.Family> inOrder = families.stream()
          .sorted(Comparator.comparing((CaseloadFile.Family f) -> f.family().caseNumber() == null)).toList();
      for (CaseloadFile.Family f : inOrder) {
        ImportedFamily family = f.family();
        if (familyCases.alreadyImported(family)) {
          skipped++;
        } else {
          FamilyCases.Imported entered = familyCases.importFamily(family);
          long caseId = entered.caseId();
          LocalDate due = petitions.record(caseId, family.arrivalDate(), family.registeredOn());
          if (family.outcome() != ImportedFamily.Outcome.PENDING) {
            decisions.record(caseId, f.decisionDate(), decided(family, entered.personIds()));
          } else if (family.members().stream().anyMatch(m -> m.deregisteredOn() == null)) {
            petitions.resumeExamination(caseId, entered.caseNumber().value(), due);
            resumed++;
          }
          imported++;
          persons += family.members().size();
        }
        progress.set(new Progress(true, imported + skipped, families.size()));
        if ((imported + skipped) % flushEvery == 0) {
          // written, not committed: the file still lands whole or not at all
          entityManager.flush();
          entityManager.clear();
        }
      }
      events.publishEvent(new CaseloadImported(TextDigest.sha256(new String(content, StandardCharsets.UTF_8)), imported,
          persons, skipped, by, Instant.now(clock).truncatedTo(ChronoUnit.MICROS), submittedBy));
      log.info("Caseload import: {} families ({} persons) imported, {} already present, {} examinations resumed",
          imported, persons, skipped, resumed);
      return new ImportReport(imported, persons, skipped, resumed);
    } finally {
      progress.set(new Progress(false, imported + skipped, families.size()));
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  /**
   * What the family's decision decided for each person it covers ({@link ImportedFamily#decided}), the head first:
   * the principal applicant whose ground the act carries.
   */
  private static List<ImportedDecisions.Decided> decided(ImportedFamily family, List<Long> personIds) {
    List<ImportedDecisions.Decided> decided = new ArrayList<>();
    for (int i = 0; i < personIds.size(); i++) {
      ImportedFamily.Member m = family.members().get(i);
      if (family.decided(m)) {
        ImportedDecisions.Decided d = new ImportedDecisions.Decided(personIds.get(i),
            m.outcome() == ImportedFamily.Outcome.GRANTED, m.follows() == null ? null : personIds.get(m.follows()));
        decided.add(m.role() == FamilyRole.HEAD ? 0 : decided.size(), d);
      }
    }
    return decided;
  }

  Progress progress() {
    return progress.get();
  }
}
