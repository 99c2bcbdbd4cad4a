package kz.migration.refugee.shared;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The Russian labels people see on the forms, read from the forms themselves (a Camunda Form's {@code label},
 * {@code dateLabel} or {@code timeLabel}, the embedded start form's {@code <label>} before its control), so that a
 * rejected form names its fields as the form does: «Дата рождения» of «Член семьи 2», never
 * {@code members[1].dateOfBirth}.
 */
@Component
public class FieldLabels {

  /** {@code members[1].dateOfBirth}: a field of an item of a list, numbered from 0 by the data binding. */
  private static final Pattern ITEM_FIELD = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\[(\\d+)]\\.([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern EMBEDDED_LABEL = Pattern.compile(
      "<label[^>]*>([^<]+)</label>\\s*<(?:input|select|textarea)[^>]*?ng-model=\"[A-Za-z]+\\.([A-Za-z_][A-Za-z0-9_]*)\"");
  /** A label for a field without one control of its own (a group of checkboxes): {@code data-field="languages"}. */
  private static final Pattern EMBEDDED_FIELD_LABEL = Pattern.compile(
      "<label data-field=\"([A-Za-z_][A-Za-z0-9_]*)\">([^<]+)</label>");
  /** A repeated panel's heading: {@code ng-repeat="member in members"} … {@code Член семьи {{ $index + 1 }}}. */
  private static final Pattern EMBEDDED_LIST = Pattern.compile(
      "ng-repeat=\"\\w+ in ([A-Za-z_][A-Za-z0-9_]*)\"[^>]*>\\s*<div[^>]*>\\s*([^<{]+?)\\s*\\{\\{");

  /** A repeated panel's title above it: {@code <h4>Члены семьи</h4>} before {@code ng-repeat="… in members"}. */
  private static final Pattern EMBEDDED_LIST_TITLE = Pattern.compile(
      "<h4>([^<]+)</h4>\\s*<div[^>]*ng-repeat=\"\\w+ in ([A-Za-z_][A-Za-z0-9_]*)\"");

  /** Field name → label, in the order the forms show them. */
  private final Map<String, String> labels = new LinkedHashMap<>();
  /** Form id ({@code camunda:formRef}) → its own labels, where two forms call one field differently. */
  private final Map<String, Map<String, String>> byForm = new HashMap<>();
  /** List name → what one item is called. */
  private final Map<String, String> items = new HashMap<>();
  private final Map<String, Integer> order = new HashMap<>();

  FieldLabels(DeployedForms deployed) {
    for (String html : deployed.embeddedForms().values()) {
      Matcher label = EMBEDDED_LABEL.matcher(html);
      while (label.find()) {
        put(label.group(2), label.group(1));
      }
      Matcher fieldLabel = EMBEDDED_FIELD_LABEL.matcher(html);
      while (fieldLabel.find()) {
        put(fieldLabel.group(1), fieldLabel.group(2));
      }
      Matcher title = EMBEDDED_LIST_TITLE.matcher(html);
      while (title.find()) {
        put(title.group(2), title.group(1));
      }
      Matcher list = EMBEDDED_LIST.matcher(html);
      while (list.find()) {
        items.putIfAbsent(list.group(1), list.group(2).strip());
      }
    }
    deployed.camundaForms().forEach((id, schema) -> {
      Map<String, String> own = new HashMap<>();
      collect(schema, own);
      byForm.put(id, own);
    });
  }

  /** The errors as one line a person can act on, in the forms' order: {@code «Label»: message; …}. */
  public String describe(Map<String, String> errors) {
    return describe(null, errors);
  }

  /** The same, with the labels of the given form first ({@code camunda:formRef}; null for any form's). */
  public String describe(String form, Map<String, String> errors) {
    Map<String, String> own = form == null ? Map.of() : byForm.getOrDefault(form, Map.of());
    List<Map.Entry<String, String>> sorted = new ArrayList<>(errors.entrySet());
    sorted.sort(Comparator.comparing((Map.Entry<String, String> e) -> position(e.getKey()))
        .thenComparing(Map.Entry::getKey));
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, String> error : sorted) {
      parts.add(name(error.getKey(), own) + ": " + error.getValue());
    }
    return String.join("; ", parts);
  }

  /** How the form names a field: its label in «», a list item counted from 1 (a person's count), or the name. */
  String name(String field) {
    return name(field, Map.of());
  }

  private String name(String field, Map<String, String> own) {
    Matcher item = ITEM_FIELD.matcher(field);
    if (item.matches()) {
      String what = items.getOrDefault(item.group(1), label(item.group(1)));
      return what + " " + (Integer.parseInt(item.group(2)) + 1) + ", " + quoted(item.group(3), own);
    }
    return quoted(field, own);
  }

  private String quoted(String field, Map<String, String> own) {
    String label = own.containsKey(field) ? own.get(field) : labels.get(field);
    return label == null ? field : "«" + label + "»";
  }

  private String label(String field) {
    return labels.getOrDefault(field, field);
  }

  /** Top-level fields first, in the forms' order; then list items by number, their fields in the forms' order. */
  private long position(String field) {
    Matcher item = ITEM_FIELD.matcher(field);
    if (item.matches()) {
      return (1L + Integer.parseInt(item.group(2))) * 10_000 + order.getOrDefault(item.group(3), 9_999);
    }
    return order.getOrDefault(field, 9_999);
  }

  private void collect(JsonNode node, Map<String, String> own) {
    for (JsonNode component : node.path("components")) {
      String key = component.path("key").asText("");
      String label = component.hasNonNull("label") ? component.get("label").asText()
          : component.hasNonNull("dateLabel") ? component.get("dateLabel").asText()
          : component.path("timeLabel").asText("");
      if (!key.isEmpty() && !label.isBlank()) {
        own.putIfAbsent(key, put(key, label));
      }
      collect(component, own);
    }
  }

  private String put(String field, String label) {
    // "Фамилия *": the asterisk marks a required field on the form, it is not part of the name
    String clean = label.strip().replaceAll("\\s*\\*$", "");
    if (labels.putIfAbsent(field, clean) == null) {
      order.put(field, order.size());
    }
    return clean;
  }
}
