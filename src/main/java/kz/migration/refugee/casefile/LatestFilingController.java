package kz.migration.refugee.casefile;

import kz.migration.refugee.petition.PetitionProcess;
import kz.migration.refugee.shared.ProductPage;
import kz.migration.refugee.shared.Roles;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where the start form leads once a petition is filed: the case page of the latest petition this person filed,
 * with its case number and certificates. A petition that resembles a known person waits for the duplicate check
 * before it is registered: then a page says so. The person's own filings only, found by who started them.
 */
@Controller
@ProductPage
class LatestFilingController {

  private final HistoryService history;

  LatestFilingController(HistoryService history) {
    this.history = history;
  }

  @GetMapping("/cases/filed/latest")
  @PreAuthorize(Roles.CASE_WORK)
  String latestFiling(Authentication user, Model model) {
    HistoricProcessInstance latest = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PetitionProcess.KEY).startedBy(user.getName())
        .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
    if (latest != null && latest.getBusinessKey() != null) {
      return "redirect:/cases/" + latest.getBusinessKey();
    }
    model.addAttribute("filed", latest != null);
    return "casefile/filed";
  }
}
