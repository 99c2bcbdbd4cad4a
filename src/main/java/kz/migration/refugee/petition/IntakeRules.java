package kz.migration.refugee.petition;

import kz.migration.refugee.needs.SpecificNeeds;

import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.migration.refugee.registry.FamilyRole;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.ProcedureProperties;
import org.springframework.stereotype.Component;

/** The intake rules beyond field formats: dates in order, late filing justified, one head, real countries. */
@Component
class IntakeRules {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private final ProcedureProperties procedure;
  private final Validator validator;

  IntakeRules(ProcedureProperties procedure, Validator validator) {
    this.procedure = procedure;
    this.validator = validator;
  }

  /** Field formats and the rules together, so that one answer names every bad field. */
  void check(PetitionIntake intake) {
    Map<String, String> errors = new LinkedHashMap<>();
    validator.validate(intake).forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
    if (intake.arrivalDate() != null && intake.filingDate() != null) {
      if (intake.filingDate().isBefore(intake.arrivalDate())) {
        errors.putIfAbsent("filingDate", "дата подачи раньше даты прибытия");
      } else if (procedure.filedLate(intake.arrivalDate(), intake.filingDate()) && isBlank(intake.lateFilingReason())) {
        errors.putIfAbsent("lateFilingReason", "ходатайство подано позже " + procedure.filingPeriod().getDays()
            + " календарных дней после прибытия: укажите причину");
      }
    }
    var members = intake.members();
    if (members != null && !members.isEmpty()) {
      long heads = members.stream().filter(m -> m != null && m.role() == FamilyRole.HEAD).count();
      if (heads != 1) {
        errors.putIfAbsent("members", "в семье должен быть ровно один глава семьи");
      }
      for (int i = 0; i < members.size(); i++) {
        var m = members.get(i);
        if (m == null) {
          continue;
        }
        if (m.dateOfBirth() != null && intake.arrivalDate() != null && m.dateOfBirth().isAfter(intake.arrivalDate())) {
          errors.putIfAbsent("members[" + i + "].dateOfBirth", "дата рождения позже даты прибытия");
        }
        if (m.citizenship() != null && m.citizenship().matches("[A-Z]{2}") && !COUNTRIES.contains(m.citizenship())) {
          errors.putIfAbsent("members[" + i + "].citizenship", "неизвестный код страны ISO 3166");
        }
        if (m.documentType() != null && m.documentType() != kz.migration.refugee.registry.DocumentType.NONE
            && isBlank(m.documentNumber())) {
          errors.putIfAbsent("members[" + i + "].documentNumber", "укажите номер документа");
        }
        try {
          SpecificNeeds.parse("members[" + i + "].specificNeeds", m.specificNeeds());
        } catch (FieldErrors e) {
          e.errors().forEach(errors::putIfAbsent);
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new FieldErrors(errors);
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
