package kz.migration.refugee.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.ImportedFamily;
import kz.migration.refugee.registry.LegacyReference;
import kz.migration.refugee.registry.Sex;
import kz.migration.refugee.shared.RejectedFile;
import org.junit.jupiter.api.Test;

/** Reading a file as archives write it: their own case numbers and their own codes for sex. */
class CaseloadFileTest {

  private static final String HEADER = String.join(",", CaseloadFile.COLUMNS) + "\n";
  private static final String REST = ",AF,таджики,2003-03-01,2003-03-02,refused,2003-05-01,,\n";

  @Test
  void everyAcceptedSexCodeInAnyCaseOfLettersIsReadAsTheSex() throws IOException {
    List<String> male = List.of("м", "М", "муж", "МУЖ", "m", "M", "male", "Male");
    List<String> female = List.of("ж", "Ж", "жен", "Жен", "f", "F", "female", "FEMALE");
    StringBuilder csv = new StringBuilder(HEADER);
    int n = 0;
    for (String code : male) {
      csv.append("RS-2003-%06d,head,Ахмади,Фарид,1970-01-01,%s".formatted(++n, code)).append(REST);
    }
    for (String code : female) {
      csv.append("RS-2003-%06d,head,Ахмади,Захра,1970-01-01,%s".formatted(++n, code)).append(REST);
    }

    List<Sex> read = read(csv.toString()).stream().map(f -> f.family().members().get(0).sex()).toList();

    assertThat(read.subList(0, male.size())).containsOnly(Sex.MALE).hasSize(male.size());
    assertThat(read.subList(male.size(), read.size())).containsOnly(Sex.FEMALE).hasSize(female.size());
  }

  @Test
  void aNumberNotInTheProductsFormIsTheArchivesOwnAndItsRowsAreOneCaseWhateverTheCaseOfLetters() throws IOException {
    String csv = HEADER
        + "12/2003-АФГ,head,Ахмади,Фарид,1970-01-01,м" + REST
        + "12/2003-афг,spouse,Ахмади,Захра,1972-01-01,ж" + REST
        + " A-15773 ,head,Носири,Омид,1968-02-02,M" + REST
        + "RS-2003-000007,head,Карими,Парвин,1975-05-05,F" + REST;

    List<ImportedFamily> families = read(csv).stream().map(CaseloadFile.Family::family).toList();

    assertThat(families).extracting(ImportedFamily::legacyReference)
        .containsExactly(new LegacyReference("12/2003-АФГ"), new LegacyReference("A-15773"), null);
    assertThat(families).extracting(ImportedFamily::caseNumber)
        .containsExactly(null, null, new CaseNumber("RS-2003-000007"));
    assertThat(families.get(0).members()).hasSize(2);
  }

  @Test
  void aWrongSexCodeIsRefusedNamingTheRowTheFieldAndTheAcceptedCodes() {
    String csv = HEADER + "A-1,head,Ахмади,Фарид,1970-01-01,м" + REST + "A-2,head,Носири,Омид,1968-02-02,x" + REST
        + "A-3,head,Карими,Парвин,1975-05-05," + REST;

    assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(RejectedFile.class, e -> {
      assertThat(e.errors()).extracting(r -> r.row() + " " + r.field()).containsExactly("3 sex", "4 sex");
      assertThat(e.errors().get(0).message()).startsWith("допустимо:").contains("м", "ж", "муж", "жен", "M", "F",
          "male", "female");
      assertThat(e.errors().get(1).message()).startsWith("обязательное поле");
    });
  }

  @Test
  void anArchiveNumberTooLongOrOverSeveralLinesIsRefused() {
    String csv = HEADER + "A".repeat(LegacyReference.MAX_LENGTH + 1) + ",head,Ахмади,Фарид,1970-01-01,м" + REST
        + "\"A-\n1\",head,Носири,Омид,1968-02-02,M" + REST;

    assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(RejectedFile.class, e ->
        assertThat(e.errors()).extracting(r -> r.row() + " " + r.field()).containsExactly("2 case_number",
            "3 case_number"));
  }

  @Test
  void eachPersonHasTheirOwnDecisionAndAChildFollowsTheHeadOrTheFirstAdultGranted() throws IOException {
    String rest = ",AF,таджики,2003-03-01,2003-03-02,%s,2003-05-01,,\n";
    String csv = HEADER
        + "RS-2003-000001,head,Рахими,Карим,1965-01-01,м" + rest.formatted("granted")
        + "RS-2003-000001,child,Рахими,Джамшед,1983-01-01,м" + rest.formatted("refused")
        + "RS-2003-000001,child,Рахими,Малика,1995-01-01,ж" + rest.formatted("granted")
        + "RS-2003-000002,head,Сафари,Али,1960-01-01,м" + rest.formatted("refused")
        + "RS-2003-000002,spouse,Сафари,Зейнаб,1965-01-01,ж" + rest.formatted("granted")
        + "RS-2003-000002,child,Сафари,Хасан,1998-01-01,м" + rest.formatted("granted")
        + "RS-2003-000003,head,Назари,Омид,1960-01-01,м" + rest.formatted("refused")
        + "RS-2003-000003,child,Назари,Сара,1999-01-01,ж" + rest.formatted("refused");

    List<ImportedFamily> families = read(csv).stream().map(CaseloadFile.Family::family).toList();

    assertThat(families).extracting(ImportedFamily::outcome).containsExactly(ImportedFamily.Outcome.GRANTED,
        ImportedFamily.Outcome.GRANTED, ImportedFamily.Outcome.REFUSED);
    assertThat(families.get(0).members()).extracting(m -> m.outcome() + " " + m.follows())
        .containsExactly("GRANTED null", "REFUSED null", "GRANTED 0");
    assertThat(families.get(1).members()).extracting(m -> m.outcome() + " " + m.follows())
        .containsExactly("REFUSED null", "GRANTED null", "GRANTED 1");
    assertThat(families.get(2).members()).extracting(m -> m.outcome() + " " + m.follows())
        .containsExactly("REFUSED null", "REFUSED 0");
  }

  private static List<CaseloadFile.Family> read(String csv) throws IOException {
    return CaseloadFile.read(new StringReader(csv), LocalDate.of(2026, 1, 15), 1995, 18);
  }
}
