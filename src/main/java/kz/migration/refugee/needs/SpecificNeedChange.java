package kz.migration.refugee.needs;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** One change of a person's needs: the full set after it, when and by whom. Never updated or deleted. */
@Entity
@Table(name = "specific_need_change")
class SpecificNeedChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long personId;
  private Long caseId;
  /** The codes, comma-separated, in the categories' order; empty when the person has none left. */
  private String needs;
  private Instant changedAt;
  private String changedBy;

  protected SpecificNeedChange() {}

  static SpecificNeedChange of(long personId, long caseId, Collection<SpecificNeed> needs, Instant at, String by) {
    SpecificNeedChange c = new SpecificNeedChange();
    c.personId = personId;
    c.caseId = caseId;
    c.needs = needs.stream().sorted().map(SpecificNeed::code).collect(Collectors.joining(","));
    c.changedAt = at;
    c.changedBy = by;
    return c;
  }

  List<SpecificNeed> needList() {
    return needs.isEmpty() ? List.of()
        : Arrays.stream(needs.split(",")).map(code -> SpecificNeed.ofCode(code).orElseThrow()).toList();
  }

  Long getId() { return id; }
  Long getPersonId() { return personId; }
  Long getCaseId() { return caseId; }
  String getNeeds() { return needs; }
  Instant getChangedAt() { return changedAt; }
  String getChangedBy() { return changedBy; }
}
