package kz.migration.refugee.petition;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import kz.migration.refugee.registry.CaseNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The case number in the petition path, on the web layer alone: the controller, the application's case number
 * converter and its problem details advice, nothing else of the application (no engine, no database). Spring
 * Boot's default security stands in for the application's filter chains, which need the engine's identity
 * service; the controller's own {@code @PreAuthorize} is enforced. Who may call the path is AccessMatrixTest's.
 */
@WebMvcTest
@WithMockUser(roles = "caseworkers")
class PetitionControllerWebTest {

  /**
   * In place of the application class, whose process application would need the engine. Converters are taken
   * by type; that the application registers its own is WebHygieneTest's.
   */
  @Configuration
  @EnableMethodSecurity
  @ComponentScan(basePackages = "kz.migration.refugee", useDefaultFilters = false, includeFilters = {
      @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = {PetitionController.class, Converter.class}),
      @Filter(type = FilterType.ANNOTATION, classes = RestControllerAdvice.class)})
  static class WebLayer {}

  @Autowired MockMvc mvc;
  @MockitoBean PetitionService petitions;
  @MockitoBean PetitionFiling filing;

  @Test
  void malformedCaseNumberIsNotFoundWithProblemDetails() throws Exception {
    mvc.perform(get("/api/petitions/RS-26-1"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:problem:not-found"))
        .andExpect(jsonPath("$.title").value("Not Found"))
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.detail").value("case not found: RS-26-1"));
    verifyNoInteractions(petitions);
  }

  @Test
  void wellFormedCaseNumberReachesTheServiceAsACaseNumber() throws Exception {
    CaseNumber number = new CaseNumber("RS-2026-000123");
    given(petitions.view(number)).willReturn(new PetitionView(number.value(), LocalDate.of(2026, 3, 2), "ru", false,
        null, LocalDate.of(2026, 6, 2), false, false, null, null, null, null, null,
        LocalDate.of(2026, 6, 2), false));

    mvc.perform(get("/api/petitions/RS-2026-000123"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.caseNumber").value("RS-2026-000123"))
        .andExpect(jsonPath("$.filedOn").value("2026-03-02"));
  }

  @Test
  @WithMockUser(roles = "auditors")
  void aRoleWithoutCaseWorkIsRefusedBeforeTheService() throws Exception {
    mvc.perform(get("/api/petitions/RS-2026-000123")).andExpect(status().isForbidden());
    verifyNoInteractions(petitions);
  }
}
