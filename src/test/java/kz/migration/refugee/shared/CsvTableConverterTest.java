package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CSV writer of the exports: RFC 4180 quoting (Jackson quotes a text with a character below '-', which RFC 4180
 * allows), and no cell a spreadsheet would run as a formula.
 */
class CsvTableConverterTest {

  @Test
  void formulaCellsAreNeutralisedAndQuotedAsRfc4180Says() throws Exception {
    String csv = CsvTableConverter.write(new CsvTable("export", List.of(
        List.of("kind", "key", "count"),
        Arrays.asList("assignee", "=HYPERLINK(\"http://x\",\"y\")", 3),
        Arrays.asList("assignee", "+cmd|' /C calc'!A0", 1),
        Arrays.asList("assignee", "-2+3", 1),
        Arrays.asList("assignee", "@SUM(A1)", 1),
        Arrays.asList("assignee", "\tTAB", 1),
        Arrays.asList("assignee", "\rCR", 1),
        Arrays.asList("a,b", "line\nbreak", null),
        Arrays.asList(LocalDate.of(2026, 1, 2), new BigDecimal("-1.5"), -4))));
    assertThat(csv.split("\r\n", -1)).containsExactly(
        "kind,key,count",
        "assignee,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",3",
        "assignee,\"'+cmd|' /C calc'!A0\",1",
        "assignee,\"'-2+3\",1",
        "assignee,\"'@SUM(A1)\",1",
        "assignee,\"'\tTAB\",1",
        "assignee,\"'\rCR\",1",
        "\"a,b\",\"line\nbreak\",",
        "2026-01-02,-1.5,-4",
        "");
  }

  @Test
  void plainCellsAreWrittenAsBefore() throws Exception {
    assertThat(CsvTableConverter.write(new CsvTable("export",
        List.of(List.of("date", "families"), Arrays.asList(LocalDate.of(2001, 1, 1), 754)))))
        .isEqualTo("date,families\r\n2001-01-01,754\r\n");
  }
}
