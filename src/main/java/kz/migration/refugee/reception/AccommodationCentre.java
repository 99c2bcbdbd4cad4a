package kz.migration.refugee.reception;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A temporary accommodation centre: reference data kept by administrators. */
@Entity
@Table(name = "accommodation_centre")
class AccommodationCentre {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;
  private String address;
  /** Places: persons that may be present on one day. */
  private int capacity;
  private String contact;

  protected AccommodationCentre() {}

  static AccommodationCentre of(CentreRequest request) {
    AccommodationCentre centre = new AccommodationCentre();
    centre.change(request);
    return centre;
  }

  void change(CentreRequest request) {
    this.name = request.name().strip();
    this.address = request.address().strip();
    this.capacity = request.capacity();
    this.contact = request.contact().strip();
  }

  public Long getId() { return id; }
  public String getName() { return name; }
  public String getAddress() { return address; }
  public int getCapacity() { return capacity; }
  public String getContact() { return contact; }
}
