package kz.migration.refugee.shared;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import camundajar.impl.scala.collection.immutable.Map.Map1;
import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import camundajar.impl.scala.util.Right;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.FeelEngine.UnaryTests$;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.context.VariableProvider.CompositeVariableProvider;
import org.camunda.feel.context.VariableProvider.StaticVariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.springframework.stereotype.Component;

/**
 * The decision tables' FEEL, parsed once per expression rather than on every evaluation: Camunda's FEEL engine
 * parses an input expression or a rule's tests each time a table is evaluated, which was most of an evaluation's cost
 * (the recommendation on every assessment, the work order of every case). Evaluation itself is the engine's own,
 * with the same variables, functions and value mappers; only the parse is kept. The expressions come from deployed
 * tables alone, so the cache is as large as the deployed rules.
 */
@Component
class ParsedFeelExpressions extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
        ? configuration.getDmnEngineConfiguration()
        : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    // the engine hands its custom functions to the DMN configuration before the FEEL engine is created
    dmn.setFeelEngineFactory(() -> new Engine(dmn.getFeelCustomFunctionProviders()));
    configuration.setDmnEngineConfiguration(dmn);
  }

  /** Camunda's FEEL engine for DMN, with each expression's parse kept. */
  static final class Engine extends ScalaFeelEngine {

    private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
    private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

    Engine(List<FeelCustomFunctionProvider> functionProviders) {
      super(functionProviders);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
      ParsedExpression parsed = parsed(expressions, expression, feelEngine::parseExpression);
      return (T) value(feelEngine.eval(parsed, new CustomContext() {
        @Override
        public VariableProvider variableProvider() {
          return new ContextVariableWrapper(variables);
        }
      }));
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
      ParsedExpression parsed = parsed(unaryTests, expression, feelEngine::parseUnaryTests);
      StaticVariableProvider input = new StaticVariableProvider(
          new Map1<>(UnaryTests$.MODULE$.inputVariable(), inputVariable));
      ContextVariableWrapper context = new ContextVariableWrapper(variables);
      return BoxesRunTime.unboxToBoolean(value(feelEngine.eval(parsed, new CustomContext() {
        @Override
        public VariableProvider variableProvider() {
          return new CompositeVariableProvider(toScalaList(input, context));
        }
      })));
    }

    /** Counts the expressions parsed so far, of either kind. */
    int parsedCount() {
      return expressions.size() + unaryTests.size();
    }

    private static ParsedExpression parsed(Map<String, ParsedExpression> cache, String expression,
        Function<String, Either<Failure, ParsedExpression>> parser) {
      ParsedExpression parsed = cache.get(expression);
      if (parsed == null) {
        // a failure is not kept: it is reported on every evaluation, as the engine reports it
        parsed = (ParsedExpression) value(parser.apply(expression));
        cache.put(expression, parsed);
      }
      return parsed;
    }

    private static Object value(Either<?, ?> either) {
      if (either instanceof Right<?, ?> right) {
        return right.value();
      }
      throw LOGGER.evaluationException(((Failure) ((Left<?, ?>) either).value()).message());
    }
  }
}
