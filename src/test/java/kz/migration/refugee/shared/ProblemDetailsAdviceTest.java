package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which failures the domain API answers as the user's conflict (409), and which as its own error (500). */
class ProblemDetailsAdviceTest {

  /** Stands for a programming error whose message, as some libraries' do, carries a person's data. */
  private static final String PERSONAL = "Кабулова Зарина, паспорт QX7781234";

  @RestController
  static class Failing {

    @GetMapping("/bug")
    void bug() {
      throw new IllegalStateException("unexpected state for " + PERSONAL);
    }

    @GetMapping("/race")
    void race() {
      throw new OptimisticLockingException("ACT_RU_EXECUTION was updated by another transaction concurrently");
    }
  }

  private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
      .setControllerAdvice(new ProblemDetailsAdvice()).build();

  @Test
  void aProgrammingErrorIsAServerErrorWhoseBodyTellsNothingOfItsCause() throws Exception {
    MvcResult result = mvc.perform(get("/bug")).andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(500);
    String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(body).contains("urn:problem:internal-error", "reference")
        .doesNotContain("Кабулова", "QX7781234", "IllegalStateException", "unexpected state", "at kz.");
  }

  @Test
  void aChangeLostToAConcurrentOneIsAConflictWithARussianMessage() throws Exception {
    MvcResult result = mvc.perform(get("/race")).andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(409);
    String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(body).contains("другим пользователем").doesNotContain("ACT_RU_EXECUTION");
  }

  @Test
  void aLoggedFailureKeepsItsClassesAndFramesButNoneOfItsMessages() {
    var original = new RuntimeException("wrapper for Кабулова Зарина",
        new IllegalStateException("state of QX7781234", new IllegalArgumentException("argument Зарина")));
    Throwable logged = ProblemDetailsAdvice.Redacted.of(original);
    StringBuilder chain = new StringBuilder();
    for (Throwable t = logged; t != null; t = t.getCause()) {
      chain.append(t).append('\n');
      assertThat(t.getStackTrace()).isNotEmpty();
    }
    assertThat(chain.toString()).isEqualTo("java.lang.RuntimeException\njava.lang.IllegalStateException\n"
        + "java.lang.IllegalArgumentException\n");
    assertThat(logged.getStackTrace()).isEqualTo(original.getStackTrace());
  }
}
