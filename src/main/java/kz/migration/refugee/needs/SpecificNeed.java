package kz.migration.refugee.needs;

import java.util.Arrays;
import java.util.Optional;

/** UNHCR's specific-needs categories, by the code the API and the data bank use, with their Russian labels. */
public enum SpecificNeed {
  UNACCOMPANIED_CHILD("unaccompanied_child", "Несопровождаемый ребёнок"),
  SEPARATED_CHILD("separated_child", "Разлучённый ребёнок"),
  CHILD_AT_RISK("child_at_risk", "Ребёнок в группе риска"),
  WOMAN_AT_RISK("woman_at_risk", "Женщина в группе риска"),
  OLDER_PERSON_AT_RISK("older_person_at_risk", "Пожилой человек в группе риска"),
  SERIOUS_MEDICAL_CONDITION("serious_medical_condition", "Серьёзное заболевание"),
  DISABILITY("disability", "Инвалидность"),
  SURVIVOR_OF_TORTURE_OR_VIOLENCE("survivor_of_torture_or_violence", "Пережил(а) пытки или насилие"),
  SINGLE_PARENT("single_parent", "Одинокий родитель"),
  OTHER("other", "Иная особая потребность");

  private final String code;
  private final String label;

  SpecificNeed(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<SpecificNeed> ofCode(String code) {
    return Arrays.stream(values()).filter(n -> n.code.equals(code)).findFirst();
  }
}
