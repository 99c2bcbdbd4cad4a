package kz.migration.refugee.certification;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.migration.refugee.registry.AsylumSeekerCertificate;
import kz.migration.refugee.registry.FamilyCases;
import kz.migration.refugee.registry.FamilyMember;
import kz.migration.refugee.shared.FormText;
import org.springframework.stereotype.Component;

/** The text the forms show of a certificate and its persons (read when the form is opened, never a variable). */
@Component
class CertificateText {

  private final FamilyCases familyCases;
  private final Fingerprints fingerprints;

  CertificateText(FamilyCases familyCases, Fingerprints fingerprints) {
    this.familyCases = familyCases;
    this.fingerprints = fingerprints;
  }

  String summary(AsylumSeekerCertificate c) {
    StringBuilder text = new StringBuilder();
    text.append("Свидетельство № ").append(c.number()).append(", выдано ").append(FormText.DATE.format(c.issuedOn()))
        .append(", действительно до ").append(FormText.DATE.format(c.validUntil()))
        .append(" (переоформить до ").append(FormText.DATE.format(c.validUntil())).append(")\n");
    text.append("Лица, вписанные в свидетельство:\n");
    persons(c, c.personIds()).forEach(p -> text.append("— ").append(p).append('\n'));
    text.append("Новое свидетельство выдаётся тому же лицу с теми же членами семьи на срок ")
        .append("действия свидетельства; прежнее утрачивает силу.");
    return text.toString();
  }

  String fingerprinting(AsylumSeekerCertificate c) {
    StringBuilder text = new StringBuilder();
    text.append("Свидетельство № ").append(c.number()).append(", выдано ").append(FormText.DATE.format(c.issuedOn()))
        .append("; дактилоскопия до ").append(FormText.DATE.format(fingerprints.dueOn(c))).append('\n');
    List<FamilyMember> due = fingerprints.due(c);
    if (due.isEmpty()) {
      text.append("Все лица, подлежащие дактилоскопии, уже зарегистрированы.");
    } else {
      text.append("Подлежат дактилоскопической регистрации:\n");
      due.forEach(p -> text.append("— ").append(p.label()).append('\n'));
    }
    return text.toString();
  }

  private List<String> persons(AsylumSeekerCertificate c, List<Long> ids) {
    Map<Long, FamilyMember> registered = familyCases.registeredMembers(c.caseId()).stream()
        .collect(Collectors.toMap(FamilyMember::personId, Function.identity()));
    return ids.stream().filter(registered::containsKey).map(id -> registered.get(id).label()).toList();
  }
}
