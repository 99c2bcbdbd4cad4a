package kz.migration.refugee.shared;

/** A requested record does not exist; answered with HTTP 404. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what, Object key) {
    super(what + " not found: " + key);
  }
}
