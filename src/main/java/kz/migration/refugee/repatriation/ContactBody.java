package kz.migration.refugee.repatriation;

import java.util.Arrays;
import java.util.Optional;

/** The bodies a voluntary return is arranged with (programme item 21). */
enum ContactBody {
  /** The migration service of the country of origin: travel documents, reception. */
  ORIGIN_MIGRATION_SERVICE("Миграционная служба страны происхождения"),
  /** УВКБ ООН: monitoring and assistance. */
  UNHCR("УВКБ ООН"),
  /** МОМ: transport and travel arrangements. */
  IOM("МОМ");

  final String label;

  ContactBody(String label) {
    this.label = label;
  }

  static Optional<ContactBody> of(String name) {
    return Arrays.stream(values()).filter(b -> b.name().equalsIgnoreCase(name)).findFirst();
  }
}
