package kz.migration.refugee.reception;

import jakarta.validation.Validator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.FormText;
import kz.migration.refugee.shared.ProductPage;
import kz.migration.refugee.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrators' page of the centres: each with its places and today's occupancy, changed in place, and a form
 * for a new one. The same rules as {@code /api/centres}; a refusal comes back above the forms, naming the field.
 */
@Controller
@ProductPage
@PreAuthorize("hasRole('" + Roles.ADMINS + "')")
class CentrePageController {

  /** A centre as the page lists it. */
  record Row(long id, String name, String address, int capacity, String contact, long occupied, long free,
      long families) {}

  private static final Map<String, String> LABELS = Map.of("name", "Название", "address", "Адрес",
      "capacity", "Мест", "contact", "Контакты");

  private final Centres centres;
  private final Placements placements;
  private final Validator validator;
  private final Clock clock;

  CentrePageController(Centres centres, Placements placements, Validator validator, Clock clock) {
    this.centres = centres;
    this.placements = placements;
    this.validator = validator;
    this.clock = clock;
  }

  @GetMapping("/centres")
  String page(@RequestParam(required = false) String error, Model model) {
    LocalDate today = LocalDate.now(clock);
    Map<Long, Occupancy.Centre> occupancy = placements.occupancy(today).centres().stream()
        .collect(Collectors.toMap(Occupancy.Centre::centreId, Function.identity()));
    List<Row> rows = centres.all().stream().map(c -> {
      Occupancy.Centre o = occupancy.get(c.id());
      return new Row(c.id(), c.name(), c.address(), c.capacity(), c.contact(), o == null ? 0 : o.occupied(),
          o == null ? c.capacity() : o.free(), o == null ? 0 : o.families());
    }).sorted(Comparator.comparing(Row::name)).toList();
    model.addAttribute("rows", rows);
    model.addAttribute("today", FormText.DATE.format(today));
    model.addAttribute("error", error);
    return "reception/centres";
  }

  @PostMapping("/centres")
  String create(@RequestParam(required = false) String name, @RequestParam(required = false) String address,
      @RequestParam(required = false) String capacity, @RequestParam(required = false) String contact) {
    try {
      centres.create(checked(name, address, capacity, contact));
      return "redirect:/centres";
    } catch (FieldErrors e) {
      return back(e);
    }
  }

  @PostMapping("/centres/{id}")
  String update(@PathVariable long id, @RequestParam(required = false) String name,
      @RequestParam(required = false) String address, @RequestParam(required = false) String capacity,
      @RequestParam(required = false) String contact) {
    try {
      centres.update(id, checked(name, address, capacity, contact));
      return "redirect:/centres";
    } catch (FieldErrors e) {
      return back(e);
    }
  }

  /** The form's text as the API's request, checked by the same constraints. */
  private CentreRequest checked(String name, String address, String capacity, String contact) {
    Integer places;
    try {
      places = capacity == null || capacity.isBlank() ? null : Integer.valueOf(capacity.strip());
    } catch (NumberFormatException e) {
      throw FieldErrors.of("capacity", "целое число мест");
    }
    CentreRequest request = new CentreRequest(name, address, places, contact);
    var violations = validator.validate(request);
    if (!violations.isEmpty()) {
      throw FieldErrors.of(violations);
    }
    return request;
  }

  private static String back(FieldErrors e) {
    String message = e.errors().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(x -> LABELS.getOrDefault(x.getKey(), x.getKey()) + ": " + x.getValue())
        .collect(Collectors.joining("; "));
    return "redirect:/centres?error=" + URLEncoder.encode(message, StandardCharsets.UTF_8);
  }
}
