package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import kz.migration.refugee.ApplicationTest;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The decision tables' FEEL, each expression parsed once and evaluated as Camunda's FEEL engine evaluates it. */
@ApplicationTest
class ParsedFeelExpressionsTest {

  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired DecisionService decisions;

  private ParsedFeelExpressions.Engine engine() {
    return (ParsedFeelExpressions.Engine) configuration.getDmnEngineConfiguration().getFeelEngine();
  }

  private String recommend(boolean exclusion, boolean fear, String credibility) {
    return decisions.evaluateDecisionTableByKey("petition-recommendation", Variables.createVariables()
        .putValue("exclusionIndicators", exclusion).putValue("wellFoundedFear", fear)
        .putValue("credibility", credibility)).getSingleResult().getEntry("recommendation");
  }

  private List<String> everyRule() {
    return List.of(recommend(true, true, "credible"), recommend(false, true, "partly_credible"),
        recommend(false, true, "not_credible"), recommend(false, false, "credible"));
  }

  @Test
  void theRecommendationTableAnswersAsItsRulesSayAndParsesNothingTheSecondTime() {
    assertThat(everyRule()).containsExactly("refuse", "grant", "refer", "refer");
    int parsed = engine().parsedCount();

    assertThat(everyRule()).containsExactly("refuse", "grant", "refer", "refer");
    assertThat(engine().parsedCount()).as("every expression the rules reached was parsed the first time")
        .isEqualTo(parsed).isPositive();
  }

  @Test
  void unaryTestsReadTheCellInputAndExpressionsTheVariables() {
    var variables = Variables.createVariables().putValue("cellInput", 5).putValue("credibility", "credible")
        .asVariableContext();

    assertThat(engine().evaluateSimpleUnaryTests("> 3", "cellInput", variables)).isTrue();
    assertThat(engine().evaluateSimpleUnaryTests("not(5)", "cellInput", variables)).isFalse();
    assertThat((Object) engine().evaluateSimpleExpression("credibility", variables)).isEqualTo("credible");
  }

  @Test
  void anExpressionThatDoesNotParseFailsEveryTimeItIsEvaluated() {
    var variables = Variables.createVariables().asVariableContext();

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> engine().evaluateSimpleExpression("1 +", variables))
          .isInstanceOf(FeelException.class).hasMessageContaining("failed to parse expression '1 +'");
    }
  }

  @Test
  void answersAndFailuresAreThoseOfCamundasOwnEngine() {
    var camunda = new ScalaFeelEngine(List.of());
    var variables = Variables.createVariables().putValue("n", 5).putValue("s", "abc").putValue("cellInput", 4)
        .asVariableContext();

    for (String expression : List.of("string length(s)", "upper case(s) + \"!\"", "n * 2",
        "date(\"2024-02-28\") + duration(\"P1D\")", "count([1, 2, n])", "unknown(n)", "substring(s)",
        "assert(n, n > 10)")) {
      assertThat(outcome(() -> engine().evaluateSimpleExpression(expression, variables))).as(expression)
          .isEqualTo(outcome(() -> camunda.evaluateSimpleExpression(expression, variables)));
    }
    assertThat(outcome(() -> engine().evaluateSimpleExpression("assert(n, n > 10)", variables))).asString()
        .contains("Assertion failure on evaluate the expression 'assert(n, n > 10)'");
    for (String tests : List.of("> 3", "[1..3]", "odd(?)", "string length(?) > 1")) {
      assertThat(outcome(() -> engine().evaluateSimpleUnaryTests(tests, "cellInput", variables))).as(tests)
          .isEqualTo(outcome(() -> camunda.evaluateSimpleUnaryTests(tests, "cellInput", variables)));
    }
  }

  private static Object outcome(Supplier<Object> evaluation) {
    try {
      return evaluation.get();
    } catch (FeelException e) {
      return e.getMessage();
    }
  }
}
