package kz.migration.refugee.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;
import kz.migration.refugee.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Who may read and verify the decision log over HTTP (embedded H2, demo users). */
@ApplicationTest
class AuditControllerTest {

  private static final String VERIFICATION = "/api/audit/decision-log/verification";
  private static final String ENTRIES = "/api/audit/decision-log";

  @Autowired MockMvc mvc;
  @Autowired DecisionLog decisionLog;
  @Autowired TransactionTemplate transaction;

  @Test
  void auditorsAndManagersGetTheVerification() throws Exception {
    for (String user : new String[] {"auditor", "manager"}) {
      mvc.perform(get(VERIFICATION).with(httpBasic(user, "demo")))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.valid").value(true))
          .andExpect(jsonPath("$.entriesChecked").isNumber());
    }
  }

  @Test
  void caseworkersAreForbiddenTheVerificationAndTheEntries() throws Exception {
    mvc.perform(get(VERIFICATION).with(httpBasic("caseworker", "demo"))).andExpect(status().isForbidden());
    mvc.perform(get(ENTRIES).with(httpBasic("caseworker", "demo"))).andExpect(status().isForbidden());
  }

  @Test
  void anonymousCallersAreAskedToAuthenticate() throws Exception {
    mvc.perform(get(VERIFICATION)).andExpect(status().isUnauthorized());
    mvc.perform(get(ENTRIES)).andExpect(status().isUnauthorized());
    mvc.perform(get(VERIFICATION).with(httpBasic("auditor", "wrong"))).andExpect(status().isUnauthorized());
  }

  @Test
  void auditorsReadEntriesFromASequenceNumberAndTheChainVerifiesOnH2() throws Exception {
    long before = decisionLog.verify().entriesChecked();
    transaction.executeWithoutResult(status -> {
      decisionLog.append("PETITION_DECIDED", "RS-2026-800001", "manager", Instant.now(), Map.of("outcome", "GRANTED"));
      decisionLog.append("DEADLINE_EXTENDED", "RS-2026-800002", "manager2", Instant.now(), Map.of("newDueOn", "2026-09-01"));
    });

    mvc.perform(get(ENTRIES).param("from", String.valueOf(before + 2)).param("limit", "10")
            .with(httpBasic("auditor", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].sequenceNo").value(before + 2))
        .andExpect(jsonPath("$[0].kind").value("DEADLINE_EXTENDED"))
        .andExpect(jsonPath("$[0].actor").value("manager2"))
        .andExpect(jsonPath("$[0].content").value("{\"newDueOn\":\"2026-09-01\"}"))
        .andExpect(jsonPath("$[0].hash").isString());
    mvc.perform(get(VERIFICATION).with(httpBasic("auditor", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(true))
        .andExpect(jsonPath("$.entriesChecked").value(before + 2));
    assertThat(decisionLog.verify().valid()).isTrue();
  }

  @Test
  void aLimitOutsideOneToAThousandIsRefusedNamingTheParameter() throws Exception {
    mvc.perform(get(ENTRIES).param("limit", "0").with(httpBasic("auditor", "demo")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.limit").exists());
  }
}
