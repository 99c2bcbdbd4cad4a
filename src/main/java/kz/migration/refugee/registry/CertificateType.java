package kz.migration.refugee.registry;

public enum CertificateType {
  /** Свидетельство лица, ищущего убежище: valid until the decision. */
  ASYLUM_SEEKER("AS"),
  /** Удостоверение беженца. */
  REFUGEE("RC");

  final String prefix;

  CertificateType(String prefix) {
    this.prefix = prefix;
  }
}
