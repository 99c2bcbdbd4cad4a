package kz.migration.refugee.needs;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A need a person has now; the set is replaced as a whole, each replacement kept as a {@link SpecificNeedChange}. */
@Entity
@Table(name = "person_specific_need")
@IdClass(PersonNeed.Key.class)
class PersonNeed {

  @Id
  private Long personId;
  @Id
  private String need;

  protected PersonNeed() {}

  PersonNeed(long personId, SpecificNeed need) {
    this.personId = personId;
    this.need = need.code();
  }

  Long getPersonId() { return personId; }
  String getNeed() { return need; }

  static class Key implements Serializable {
    private Long personId;
    private String need;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(personId, k.personId) && Objects.equals(need, k.need);
    }

    @Override
    public int hashCode() {
      return Objects.hash(personId, need);
    }
  }
}
