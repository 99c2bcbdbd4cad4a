package kz.migration.refugee.reception;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormOptions;
import kz.migration.refugee.shared.FormStep;
import kz.migration.refugee.shared.FormView;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_PlaceFamily} (petition process, for a family that needs housing): the form's select lists the centres
 * with free places when it is opened ({@code centreOptions}); on complete, places everyone of the
 * family on the register in the centre chosen. A centre filled meanwhile is refused on the form with the reason.
 */
@Component
class PlaceFamilyListener extends FormStep<PlaceFamilyForm> {

  /** The name the form's select reads its options from ({@code valuesKey}). */
  static final String CENTRE_OPTIONS = "centreOptions";

  private final Placements placements;
  private final ProcessCases cases;

  PlaceFamilyListener(Placements placements, ProcessCases cases, FormInput form) {
    super(PlaceFamilyForm.class, form);
    this.placements = placements;
    this.cases = cases;
  }

  @Override
  protected void show(DelegateTask task, FormView view) {
    view.json(CENTRE_OPTIONS, () -> {
      Map<String, String> options = new LinkedHashMap<>();
      placements.withFreePlaces(placements.today()).forEach((centre, free) ->
          options.put(String.valueOf(centre.id()), centre.name() + " — свободно мест: " + free));
      return FormOptions.of(options);
    });
  }

  @Override
  protected void complete(DelegateTask task, PlaceFamilyForm form, String actor) {
    placements.place(cases.caseOf(task), new PlacementRequest(centre(form.centreId()), day(form.placedOn()), List.of()),
        actor);
  }

  private static Long centre(String value) {
    try {
      return Long.valueOf(value == null ? "" : value.strip());
    } catch (NumberFormatException e) {
      throw FieldErrors.of("centreId", "выберите центр из списка");
    }
  }

  private static LocalDate day(String value) {
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException | NullPointerException e) {
      throw FieldErrors.of("placedOn", "дата в формате ГГГГ-ММ-ДД");
    }
  }
}
