package kz.migration.refugee.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tamper-evident, append-only decision log. Every entry is chained to the one before it:
 * <pre>
 * hash = hex(SHA-256(UTF-8( sequence_no | kind | case_number | actor | occurred_at | content | previous_hash )))
 * </pre>
 * with the fields joined by {@code "|"}, {@code occurred_at} as ISO-8601 UTC ({@link Instant#toString()},
 * microsecond precision as the database stores it), a missing case number or actor as the empty string,
 * and the first entry's {@code previous_hash} 64 zeros. {@code content} is the canonical JSON (keys sorted)
 * of the event's fields, stored and hashed as the same string.
 * <p>
 * Appending locks the single head row ({@code select ... for update}), takes the next sequence number and
 * the previous hash from it, inserts the entry and advances the head, all in the caller's transaction: the
 * entry commits or rolls back with the act it records, and concurrent appenders (threads or nodes sharing
 * the database) wait for each other and extend one chain.
 * <p>
 * Only counts and sequence numbers are logged, never content.
 */
@Service
public class DecisionLog {

  /** A petition was granted or refused ({@code decision.PetitionDecided}). */
  public static final String PETITION_DECIDED = "PETITION_DECIDED";
  /** An appeal against a refusal was decided ({@code decision.AppealDecided}). */
  public static final String APPEAL_DECIDED = "APPEAL_DECIDED";
  /** A manager accepted or refused an appeal lodged after the window ({@code decision.LateAppealReviewed}). */
  public static final String LATE_APPEAL_REVIEWED = "LATE_APPEAL_REVIEWED";
  /** A court's outcome on a refusal upheld on appeal was recorded ({@code decision.CourtDecisionRecorded}). */
  public static final String COURT_DECISION_RECORDED = "COURT_DECISION_RECORDED";
  /** A petition's decision deadline was extended ({@code petition.DecisionDeadlineExtended}). */
  public static final String DEADLINE_EXTENDED = "DEADLINE_EXTENDED";

  /** A recognised family's certificate was renewed after the annual recheck ({@code registry.CertificateExtended}). */
  public static final String CERTIFICATE_EXTENDED = "CERTIFICATE_EXTENDED";
  /** Persons were removed from the register ({@code registry.Deregistration}). */
  public static final String DEREGISTERED = "DEREGISTERED";

  /** A proposed end of status (cessation, cancellation, deprivation, termination) was confirmed or rejected ({@code recheck.StatusEndDecided}). */
  public static final String STATUS_END_DECIDED = "STATUS_END_DECIDED";
  /** An appeal against a confirmed end of status was decided ({@code recheck.StatusEndAppealDecided}). */
  public static final String STATUS_END_APPEAL_DECIDED = "STATUS_END_APPEAL_DECIDED";

  /** A historic caseload was imported; its decisions entered the bank ({@code caseload.CaseloadImported}). */
  public static final String CASELOAD_IMPORTED = "CASELOAD_IMPORTED";

  /** A user, group, membership or authorization was changed by an administrator ({@code shared.AccessChanged}). */
  public static final String ACCESS_CHANGED = "ACCESS_CHANGED";
  /** An operator retried a failed job or moved a timer ({@code shared.EngineRepaired}). */
  public static final String ENGINE_REPAIRED = "ENGINE_REPAIRED";

  /** The {@code previous_hash} of the first entry. */
  public static final String GENESIS_HASH = "0".repeat(64);

  private static final Logger log = LoggerFactory.getLogger(DecisionLog.class);
  private static final int MAX_CONTENT = 4000;
  private static final int VERIFY_BATCH = 500;

  /** Own mapper, not the application's: the canonical form must not change with web configuration. */
  private static final ObjectMapper CANONICAL = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .build();

  /**
   * Result of a verification.
   *
   * @param entriesChecked entries whose hash and link were found correct before the first mismatch
   * @param firstBrokenSequenceNo the first sequence number at which the log differs from a valid chain
   *     (an altered entry, a missing one, or one the head does not account for); null when valid
   * @param reason what did not match, naming fields and sequence numbers only; null when valid
   */
  public record Verification(boolean valid, long entriesChecked, Long firstBrokenSequenceNo, String reason) {

    static Verification ok(long checked) {
      return new Verification(true, checked, null, null);
    }

    static Verification broken(long checked, Long sequenceNo, String reason) {
      return new Verification(false, checked, sequenceNo, reason);
    }
  }

  private final DecisionLogEntryRepository entries;
  private final DecisionLogHeadRepository heads;
  private final EntityManager entityManager;

  DecisionLog(DecisionLogEntryRepository entries, DecisionLogHeadRepository heads, EntityManager entityManager) {
    this.entries = entries;
    this.heads = heads;
    this.entityManager = entityManager;
  }

  /**
   * Appends an entry in the caller's transaction (there must be one: the entry belongs to the act it records).
   *
   * @param kind what happened, e.g. {@link #PETITION_DECIDED}; up to 32 characters
   * @param fields the event (a record or a map); stored as canonical JSON with sorted keys, at most 4000 characters
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public DecisionLogEntryView append(String kind, String caseNumber, String actor, Instant occurredAt, Object fields) {
    require(kind != null && !kind.isBlank() && kind.length() <= 32, "kind must be 1 to 32 characters");
    require(caseNumber == null || caseNumber.length() <= 20, "case number longer than 20 characters");
    require(actor == null || actor.length() <= 64, "actor longer than 64 characters");
    require(occurredAt != null, "occurredAt is required");
    String content = canonicalJson(fields);
    require(content.length() <= MAX_CONTENT, "content longer than " + MAX_CONTENT + " characters");
    Instant at = occurredAt.truncatedTo(ChronoUnit.MICROS);

    DecisionLogHead head = heads.lock().orElseThrow(() -> new IllegalStateException("decision log head row missing"));
    long sequenceNo = head.getLastSequenceNo() + 1;
    String hash = hash(sequenceNo, kind, caseNumber, actor, at, content, head.getLastHash());
    DecisionLogEntry entry = entries.save(
        new DecisionLogEntry(sequenceNo, kind, caseNumber, actor, at, content, head.getLastHash(), hash));
    head.advance(sequenceNo, hash);
    log.debug("decision log: appended entry {} ({})", sequenceNo, kind);
    return entry.toView();
  }

  /**
   * Recomputes the chain from the stored fields, in one consistent snapshot, and stops at the first entry
   * that does not match: sequence numbers must run 1, 2, 3, ... without gaps, each entry's hash must be that of
   * its fields and the previous entry's stored hash, its {@code previous_hash} must be that hash, and the
   * head must name the last entry and its hash.
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Verification verify() {
    Verification result = check();
    if (result.valid()) {
      log.debug("decision log verified: {} entries, chain intact", result.entriesChecked());
    } else {
      log.warn("decision log verification FAILED at sequence no {} after {} intact entries: {}",
          result.firstBrokenSequenceNo(), result.entriesChecked(), result.reason());
    }
    return result;
  }

  /** Entries from a sequence number on, in order; read-only. */
  @Transactional(readOnly = true)
  public List<DecisionLogEntryView> entries(long fromSequenceNo, int limit) {
    return entries.findBySequenceNoGreaterThanOrderBySequenceNoAsc(fromSequenceNo - 1, PageRequest.of(0, limit))
        .stream().map(DecisionLogEntry::toView).toList();
  }

  private Verification check() {
    DecisionLogHead head = heads.read().orElse(null);
    if (head == null) {
      return Verification.broken(0, null, "head row missing");
    }
    long headSequenceNo = head.getLastSequenceNo();
    String headHash = head.getLastHash();
    long expected = 1;
    String previous = GENESIS_HASH;
    long checked = 0;
    long after = Long.MIN_VALUE;
    while (true) {
      List<DecisionLogEntry> batch =
          entries.findBySequenceNoGreaterThanOrderBySequenceNoAsc(after, PageRequest.of(0, VERIFY_BATCH));
      if (batch.isEmpty()) {
        break;
      }
      for (DecisionLogEntry e : batch) {
        long no = e.getSequenceNo();
        if (no != expected) {
          return Verification.broken(checked, Math.min(no, expected), no > expected
              ? "entry " + expected + " is missing (next stored entry is " + no + ")"
              : "unexpected sequence number " + no + " where " + expected + " was due");
        }
        String recomputed = hash(no, e.getKind(), e.getCaseNumber(), e.getActor(), e.getOccurredAt(), e.getContent(),
            e.getPreviousHash());
        if (!recomputed.equals(e.getHash())) {
          return Verification.broken(checked, no, "entry " + no + ": stored hash does not match its fields");
        }
        if (!previous.equals(e.getPreviousHash())) {
          return Verification.broken(checked, no, "entry " + no + ": previous_hash does not match the hash of entry "
              + (no - 1));
        }
        previous = e.getHash();
        checked++;
        expected++;
      }
      after = batch.get(batch.size() - 1).getSequenceNo();
      batch.forEach(entityManager::detach); // read-only pass: keep the persistence context small on long logs
    }
    long last = expected - 1;
    if (headSequenceNo != last) {
      return Verification.broken(checked, Math.min(headSequenceNo, last) + 1,
          "head records entry " + headSequenceNo + " but the log ends at entry " + last);
    }
    if (!headHash.equals(previous)) {
      return Verification.broken(checked, last == 0 ? null : last,
          "head hash does not match " + (last == 0 ? "the empty log" : "entry " + last));
    }
    return Verification.ok(checked);
  }

  /** The chain hash of one entry; see the class comment. Package-visible for tests. */
  static String hash(long sequenceNo, String kind, String caseNumber, String actor, Instant occurredAt, String content,
      String previousHash) {
    String input = sequenceNo + "|" + kind + "|" + nullToEmpty(caseNumber) + "|" + nullToEmpty(actor) + "|"
        + occurredAt + "|" + content + "|" + previousHash;
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /** The fields as JSON with keys sorted at every level, dates and instants as ISO-8601 strings. */
  static String canonicalJson(Object fields) {
    try {
      TreeMap<String, Object> sorted = CANONICAL.convertValue(fields, new TypeReference<TreeMap<String, Object>>() {});
      return CANONICAL.writeValueAsString(sorted);
    } catch (IllegalArgumentException | JsonProcessingException e) {
      throw new IllegalArgumentException("decision log content must be a record or map of simple values", e);
    }
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
