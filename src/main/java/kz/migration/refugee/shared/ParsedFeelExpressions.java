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
import org.camunda.feel.api.EvaluationFailure;
import org.camunda.feel.api.EvaluationFailureType;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.context.FunctionProvider.CompositeFunctionProvider;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.context.VariableProvider.CompositeVariableProvider;
import org.camunda.feel.context.VariableProvider.StaticVariableProvider;
import org.camunda.feel.impl.interpreter.BuiltinFunctions;
import org.camunda.feel.impl.interpreter.EvalContext;
import org.camunda.feel.impl.interpreter.FeelInterpreter;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValError;
import org.camunda.feel.syntaxtree.ValFatalError;
import org.springframework.stereotype.Component;

/**
 * The decision tables' FEEL, parsed once per expression rather than on every evaluation: Camunda's FEEL engine
 * parses an input expression or a rule's tests each time a table is evaluated, which was most of an evaluation's cost
 * (the recommendation on every assessment, the work order of every case), and builds its table of built-in functions
 * anew for each (nine tenths of what remained). Here both are kept: the parse per expression, the built-in functions
 * once. Evaluation itself is the engine's interpreter, with the same variables, functions and value mappers, and a
 * failure reported as the engine reports it. The expressions come from deployed tables alone, so the cache is as
 * large as the deployed rules.
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

  /** Camunda's FEEL engine for DMN, with each expression's parse and the built-in functions kept. */
  static final class Engine extends ScalaFeelEngine {

    private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
    private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();
    private final FeelInterpreter interpreter;
    /** The built-in functions (stateless; the clock is asked at each call) beside the engine's custom ones. */
    private final FunctionProvider functions;

    Engine(List<FeelCustomFunctionProvider> functionProviders) {
      super(functionProviders);
      this.interpreter = new FeelInterpreter(feelEngine.valueMapper());
      this.functions = new CompositeFunctionProvider(toScalaList(
          new BuiltinFunctions(feelEngine.clock(), feelEngine.valueMapper()), feelEngine.functionProvider()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
      ParsedExpression parsed = parsed(expressions, expression, feelEngine::parseExpression);
      return (T) evaluate(parsed, new CustomContext() {
        @Override
        public VariableProvider variableProvider() {
          return new ContextVariableWrapper(variables);
        }
      });
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
      ParsedExpression parsed = parsed(unaryTests, expression, feelEngine::parseUnaryTests);
      StaticVariableProvider input = new StaticVariableProvider(
          new Map1<>(UnaryTests$.MODULE$.inputVariable(), inputVariable));
      ContextVariableWrapper context = new ContextVariableWrapper(variables);
      return BoxesRunTime.unboxToBoolean(evaluate(parsed, new CustomContext() {
        @Override
        public VariableProvider variableProvider() {
          return new CompositeVariableProvider(toScalaList(input, context));
        }
      }));
    }

    /** What {@code FeelEngine.evaluate} does for a parsed expression, with the built-in functions built once. */
    private Object evaluate(ParsedExpression parsed, CustomContext variables) {
      EvalContext context = EvalContext.create(feelEngine.valueMapper(), functions).merge(variables);
      Val result = interpreter.eval(parsed.expression(), context);
      var failures = context.failureCollector().failures().iterator();
      while (failures.hasNext()) {
        EvaluationFailure failure = failures.next();
        if (EvaluationFailureType.ASSERT_FAILURE$.MODULE$.equals(failure.failureType())) {
          throw LOGGER.evaluationException("Assertion failure on evaluate the expression '" + parsed.text() + "': "
              + failure.failureMessage());
        }
      }
      String error = result instanceof ValError e ? e.error() : result instanceof ValFatalError e ? e.error() : null;
      if (error != null) {
        throw LOGGER.evaluationException("failed to evaluate expression '" + parsed.text() + "': " + error);
      }
      return feelEngine.valueMapper().unpackVal(result);
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
