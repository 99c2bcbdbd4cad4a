package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rejected form names its fields as the form shows them, members counted from one, in the form's order. */
class FieldLabelsTest {

  private final FieldLabels labels = new FieldLabels(new DeployedForms());

  @Test
  void startFormErrorsNameTheMemberFromOneAndTheFieldByItsLabel() {
    String message = labels.describe(Map.of(
        "members[1].dateOfBirth", "дата рождения позже даты прибытия",
        "members[0].citizenship", "неизвестный код страны ISO 3166",
        "members", "в семье должен быть ровно один глава семьи",
        "filingDate", "дата подачи раньше даты прибытия"));

    assertThat(message).isEqualTo("«Дата подачи ходатайства»: дата подачи раньше даты прибытия; "
        + "«Члены семьи»: в семье должен быть ровно один глава семьи; "
        + "Член семьи 1, «Гражданство»: неизвестный код страны ISO 3166; "
        + "Член семьи 2, «Дата рождения»: дата рождения позже даты прибытия");
  }

  @Test
  void taskFormErrorsNameTheFieldByItsLabelIncludingDateFields() {
    assertThat(labels.describe(Map.of("legalGround", "укажите основание")))
        .isEqualTo("«Правовое основание»: укажите основание");
    assertThat(labels.name("interviewDate")).doesNotContain("interviewDate").startsWith("«");
    assertThat(labels.name("appointmentTime")).isEqualTo("«Время»");
    assertThat(labels.name("members[0].languages")).isEqualTo("Член семьи 1, «Языки»");
    assertThat(labels.name("members[0].ethnicity")).isEqualTo("Член семьи 1, «Национальность»");
  }
}
