package kz.migration.refugee.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one CSV writer of the exports: UTF-8, a header row, CRLF, RFC 4180 quoting (Jackson's CSV module).
 * A spreadsheet runs a cell that starts with {@code = + - @}, a tab or a carriage return as a formula, and
 * some exported texts come from users (user ids, codes): such a text cell gets a leading {@code '}, which
 * spreadsheets show as text. Numbers are written as they are.
 */
public final class CsvExport {

  public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private static final ObjectWriter WRITER = CsvMapper.builder()
      .build()
      .writer(CsvSchema.emptySchema().withLineSeparator("\r\n"));

  private CsvExport() {}

  /** The rows (the first being the header) as a download named {@code <name>.csv}. */
  public static ResponseEntity<String> attachment(String name, List<? extends List<?>> rows) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
        .contentType(TEXT_CSV).body(write(rows));
  }

  public static String write(List<? extends List<?>> rows) {
    String[][] cells = rows.stream()
        .map(row -> row.stream().map(CsvExport::cell).toArray(String[]::new))
        .toArray(String[][]::new);
    try {
      return WRITER.writeValueAsString(cells);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("CSV export failed", e);
    }
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (value instanceof Number || text.isEmpty()) {
      return text;
    }
    return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
