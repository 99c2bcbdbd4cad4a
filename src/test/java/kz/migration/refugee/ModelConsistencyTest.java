package kz.migration.refugee;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every reference from the models resolves: delegate expressions and beans named in expressions to
 * Spring beans, formRef to a form in forms/, decisionRef to a DMN decision, calledElement to a process.
 * A renamed bean or form fails the build, not a caseworker's day. Also Camunda's naming conventions.
 */
@ApplicationTest
class ModelConsistencyTest {

  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final Pattern BEAN = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");
  private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "decisionResult", "authenticatedUserId");
  private static final Pattern CONVENTIONAL_ID = Pattern.compile(
      "(Task|Gateway|StartEvent|EndEvent|Event|Timer|SubProcess|Flow|BoundaryEvent|Message)_[A-Z][A-Za-z]+");

  @Autowired ApplicationContext context;

  @Test
  void everyReferenceInTheModelsResolves() throws Exception {
    Set<String> forms = formIds();
    Set<String> decisions = ids("dmn", "decision");
    Set<String> processes = ids("bpmn", "process");
    List<String> broken = new ArrayList<>();
    for (Path model : files("bpmn", ".bpmn")) {
      Document doc = parse(model);
      walk(doc.getDocumentElement(), element -> {
        String where = model.getFileName() + "#" + idOf(element);
        check(element.getAttributeNS(CAMUNDA, "delegateExpression"), where, broken);
        check(element.getAttributeNS(CAMUNDA, "expression"), where, broken);
        if ("failedJobRetryTimeCycle".equals(element.getLocalName()) || "conditionExpression".equals(element.getLocalName())
            || "timeDate".equals(element.getLocalName()) || "outputParameter".equals(element.getLocalName())) {
          check(element.getTextContent(), where, broken);
        }
        String formRef = element.getAttributeNS(CAMUNDA, "formRef");
        if (!formRef.isEmpty() && !forms.contains(formRef)) {
          broken.add(where + ": form " + formRef + " not in forms/");
        }
        String formKey = element.getAttributeNS(CAMUNDA, "formKey");
        if (formKey.startsWith("embedded:deployment:") && !Files.exists(Path.of(formKey.substring("embedded:deployment:".length())))) {
          broken.add(where + ": embedded form " + formKey + " not found");
        }
        String decisionRef = element.getAttributeNS(CAMUNDA, "decisionRef");
        if (!decisionRef.isEmpty() && !decisions.contains(decisionRef)) {
          broken.add(where + ": decision " + decisionRef + " not in bpmn/*.dmn");
        }
        String called = element.getAttribute("calledElement");
        if (!called.isEmpty() && !processes.contains(called)) {
          broken.add(where + ": called process " + called + " not in bpmn/");
        }
      });
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void everyModelCarriesVersionTagHistoryTimeToLiveAndConventionalIds() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Path model : Stream.concat(files("bpmn", ".bpmn").stream(), files("bpmn", ".dmn").stream()).toList()) {
      Document doc = parse(model);
      walk(doc.getDocumentElement(), element -> {
        String name = element.getLocalName();
        if ("process".equals(name) || "decision".equals(name)) {
          if (element.getAttributeNS(CAMUNDA.replace("bpmn", model.toString().endsWith(".dmn") ? "dmn" : "bpmn"),
              "historyTimeToLive").isEmpty()) {
            problems.add(model.getFileName() + ": " + idOf(element) + " has no historyTimeToLive");
          }
          if (element.getAttributeNS(CAMUNDA.replace("bpmn", model.toString().endsWith(".dmn") ? "dmn" : "bpmn"),
              "versionTag").isEmpty()) {
            problems.add(model.getFileName() + ": " + idOf(element) + " has no versionTag");
          }
        }
        boolean bpmnElement = "http://www.omg.org/spec/BPMN/20100524/MODEL".equals(element.getNamespaceURI());
        if (bpmnElement && !element.getAttribute("id").isEmpty() && !"process".equals(name)
            && !"definitions".equals(name) && !CONVENTIONAL_ID.matcher(element.getAttribute("id")).matches()) {
          problems.add(model.getFileName() + ": id " + element.getAttribute("id") + " does not follow the convention");
        }
      });
    }
    assertThat(files("bpmn", ".bpmn")).isNotEmpty();
    assertThat(problems).isEmpty();
  }

  @Test
  void everyModelHasDiagramLayoutForModelerAndCockpit() throws Exception {
    for (Path model : files("bpmn", ".bpmn")) {
      Document doc = parse(model);
      Set<String> drawn = new TreeSet<>();
      walk(doc.getDocumentElement(), e -> {
        if ("BPMNShape".equals(e.getLocalName()) || "BPMNEdge".equals(e.getLocalName())) {
          drawn.add(e.getAttribute("bpmnElement"));
        }
      });
      Set<String> undrawn = new TreeSet<>();
      walk(doc.getDocumentElement(), e -> {
        String parent = e.getParentNode() == null ? null : e.getParentNode().getLocalName();
        boolean flowElement = ("process".equals(parent) || "subProcess".equals(parent))
            && !Set.of("extensionElements", "laneSet").contains(e.getLocalName());
        if (flowElement && !e.getAttribute("id").isEmpty() && !drawn.contains(e.getAttribute("id"))) {
          undrawn.add(e.getAttribute("id"));
        }
      });
      assertThat(undrawn).as("elements of %s without diagram layout", model.getFileName()).isEmpty();
    }
  }

  /** Every name an expression starts from is the engine's, a process variable, or a Spring bean. */
  private void check(String expression, String where, List<String> broken) {
    if (expression == null) {
      return;
    }
    Matcher m = BEAN.matcher(expression);
    while (m.find()) {
      String name = m.group(1);
      if (!ENGINE_NAMES.contains(name) && !isProcessVariable(name) && !context.containsBean(name)) {
        broken.add(where + ": no bean named " + name);
      }
    }
  }

  /** Variables the processes set themselves, read by gateways and timers. */
  private static boolean isProcessVariable(String name) {
    return Set.of("duplicateFound", "duplicateResolution", "decisionOutcome", "appealOutcome", "decisionDueAt",
        "appealDueAt", "extendDeadline", "recheckOverdueAt", "recheckOutcome", "statusEndConfirmed",
        "statusEndAppealOutcome", "voluntary", "departed", "missingReplyAction").contains(name);
  }

  private static Set<String> formIds() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> ids = new TreeSet<>();
    for (Path form : files("forms", ".form")) {
      String id = json.readTree(form.toFile()).path("id").asText();
      assertThat(form.getFileName().toString()).as("form file named after its id").isEqualTo(id + ".form");
      ids.add(id);
    }
    return ids;
  }

  private static Set<String> ids(String extension, String elementName) throws Exception {
    Set<String> ids = new TreeSet<>();
    for (Path file : files("bpmn", "." + extension)) {
      walk(parse(file).getDocumentElement(), e -> {
        if (elementName.equals(e.getLocalName())) {
          ids.add(e.getAttribute("id"));
        }
      });
    }
    return ids;
  }

  private static List<Path> files(String folder, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(Path.of(folder))) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static Document parse(Path file) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static String idOf(Element e) {
    return e.getAttribute("id").isEmpty() ? e.getLocalName() : e.getAttribute("id");
  }

  private static void walk(Element element, java.util.function.Consumer<Element> visitor) {
    visitor.accept(element);
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        walk(e, visitor);
      }
    }
  }
}
