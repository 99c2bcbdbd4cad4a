package kz.migration.refugee.schooling;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A school children are referred to: reference data (seeded by the migration). */
@Entity
@Table(name = "school")
class School {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;
  private String address;

  protected School() {}

  public Long getId() { return id; }
  public String getName() { return name; }
  public String getAddress() { return address; }
}
