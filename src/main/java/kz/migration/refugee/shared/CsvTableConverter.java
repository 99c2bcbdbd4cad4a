package kz.migration.refugee.shared;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

/**
 * The one {@code text/csv} writer of the exports: UTF-8, a header row, CRLF, RFC 4180 quoting (Jackson's CSV
 * module), as a download. A spreadsheet runs a cell that starts with {@code = + - @}, a tab or a carriage return
 * as a formula, and some exported texts come from users (user ids, codes): such a text cell gets a leading
 * {@code '}, which spreadsheets show as text. Numbers are written as they are.
 */
@Component
class CsvTableConverter extends AbstractHttpMessageConverter<CsvTable> {

  static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private static final ObjectWriter WRITER = CsvMapper.builder()
      .build()
      .writer(CsvSchema.emptySchema().withLineSeparator("\r\n"));

  CsvTableConverter() {
    super(StandardCharsets.UTF_8, TEXT_CSV);
  }

  @Override
  protected boolean supports(Class<?> type) {
    return CsvTable.class.isAssignableFrom(type);
  }

  @Override
  protected boolean canRead(MediaType mediaType) {
    return false;
  }

  @Override
  protected CsvTable readInternal(Class<? extends CsvTable> type, HttpInputMessage input) {
    throw new HttpMessageNotReadableException("CSV is only written", input);
  }

  @Override
  protected void addDefaultHeaders(HttpHeaders headers, CsvTable table, MediaType contentType) throws IOException {
    super.addDefaultHeaders(headers, table, contentType);
    headers.setContentDisposition(ContentDisposition.attachment().filename(table.name() + ".csv").build());
  }

  @Override
  protected void writeInternal(CsvTable table, HttpOutputMessage output) throws IOException {
    output.getBody().write(write(table).getBytes(StandardCharsets.UTF_8));
  }

  static String write(CsvTable table) throws IOException {
    String[][] cells = table.rows().stream()
        .map(row -> row.stream().map(CsvTableConverter::cell).toArray(String[]::new))
        .toArray(String[][]::new);
    return WRITER.writeValueAsString(cells);
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
