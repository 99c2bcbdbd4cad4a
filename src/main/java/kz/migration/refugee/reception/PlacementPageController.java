package kz.migration.refugee.reception;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.shared.ConflictException;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case page's placement forms (a browser's session, with its CSRF token): the same rules as the API; the page
 * comes back, with the refusal above the forms when there is one.
 */
@Controller
@PreAuthorize(Roles.CASE_WORK)
class PlacementPageController {

  private final Placements placements;

  PlacementPageController(Placements placements) {
    this.placements = placements;
  }

  @PostMapping("/cases/{caseNumber}/placements")
  String place(@PathVariable CaseNumber caseNumber, @RequestParam(required = false) String centreId,
      @RequestParam(required = false) String placedOn, @RequestParam(required = false) List<Long> personIds,
      @RequestParam(required = false) String framed, Principal user) {
    try {
      placements.place(caseNumber, new PlacementRequest(number("centreId", centreId), day("placedOn", placedOn),
          personIds), user.getName());
      return back(caseNumber, framed, null);
    } catch (FieldErrors | ConflictException e) {
      return back(caseNumber, framed, message(e));
    }
  }

  @PostMapping("/cases/{caseNumber}/placements/{id}/end")
  String end(@PathVariable CaseNumber caseNumber, @PathVariable long id,
      @RequestParam(required = false) String leftOn, @RequestParam(required = false) String reason,
      @RequestParam(required = false) String framed) {
    try {
      if (reason == null || reason.isBlank() || reason.length() > 500) {
        throw FieldErrors.of("reason", "укажите причину выезда (до 500 знаков)");
      }
      placements.end(caseNumber, id, day("leftOn", leftOn), reason);
      return back(caseNumber, framed, null);
    } catch (FieldErrors | ConflictException e) {
      return back(caseNumber, framed, message(e));
    }
  }

  /** The case page at its placements, framed again if the form was (Tasklist's «Дело» tab). */
  private static String back(CaseNumber caseNumber, String framed, String error) {
    List<String> query = new ArrayList<>();
    if (framed != null) {
      query.add("framed");
    }
    if (error != null) {
      query.add("placementError=" + URLEncoder.encode(error, StandardCharsets.UTF_8));
    }
    return "redirect:/cases/" + caseNumber.value() + (query.isEmpty() ? "" : "?" + String.join("&", query))
        + "#placements";
  }

  /** The form's fields as people read them. */
  private static String message(RuntimeException e) {
    if (e instanceof FieldErrors f) {
      return f.errors().entrySet().stream().map(x -> label(x.getKey()) + ": " + x.getValue())
          .collect(Collectors.joining("; "));
    }
    return e.getMessage();
  }

  private static String label(String field) {
    return switch (field) {
      case "centreId" -> "Центр";
      case "placedOn" -> "Дата заселения";
      case "leftOn" -> "Выезд";
      case "reason" -> "Причина";
      case "personIds" -> "Кого";
      default -> field;
    };
  }

  private static Long number(String field, String value) {
    try {
      return Long.valueOf(value == null ? "" : value.strip());
    } catch (NumberFormatException e) {
      throw FieldErrors.of(field, "выберите из списка");
    }
  }

  private static LocalDate day(String field, String value) {
    try {
      return LocalDate.parse(value == null ? "" : value.strip());
    } catch (DateTimeParseException e) {
      throw FieldErrors.of(field, "дата в формате ГГГГ-ММ-ДД");
    }
  }
}
