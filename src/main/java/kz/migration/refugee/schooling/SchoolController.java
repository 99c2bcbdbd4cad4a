package kz.migration.refugee.schooling;

import java.util.List;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The schools of the reference list and a case's referrals to them, for case work. */
@RestController
@PreAuthorize(Roles.CASE_WORK)
class SchoolController {

  private final SchoolReferrals referrals;

  SchoolController(SchoolReferrals referrals) {
    this.referrals = referrals;
  }

  @GetMapping("/api/schools")
  List<SchoolView> schools() {
    return referrals.schools();
  }

  @GetMapping("/api/cases/{caseNumber}/school-referrals")
  List<SchoolReferralView> ofCase(@PathVariable CaseNumber caseNumber) {
    return referrals.ofCase(caseNumber);
  }
}
