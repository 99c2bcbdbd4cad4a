package kz.migration.refugee.caseload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: comma-separated, fields optionally in double quotes ("" for a quote), a line per record. */
final class CsvReader {

  private CsvReader() {}

  static List<List<String>> read(Reader source) throws IOException {
    List<List<String>> records = new ArrayList<>();
    BufferedReader in = new BufferedReader(source);
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int c;
    while ((c = in.read()) != -1) {
      char ch = (char) c;
      if (quoted) {
        if (ch == '"') {
          in.mark(1);
          int next = in.read();
          if (next == '"') {
            field.append('"');
          } else {
            quoted = false;
            if (next != -1) {
              in.reset();
            }
          }
        } else {
          field.append(ch);
        }
        continue;
      }
      switch (ch) {
        case '"' -> {
          quoted = true;
          any = true;
        }
        case ',' -> {
          record.add(field.toString());
          field.setLength(0);
          any = true;
        }
        case '\r' -> { }
        case '\n' -> {
          if (any || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
          }
          record = new ArrayList<>();
          field.setLength(0);
          any = false;
        }
        default -> {
          field.append(ch);
          any = true;
        }
      }
    }
    if (any || field.length() > 0) {
      record.add(field.toString());
      records.add(record);
    }
    if (!records.isEmpty() && !records.get(0).isEmpty() && records.get(0).get(0).startsWith("\uFEFF")) {
      records.get(0).set(0, records.get(0).get(0).substring(1));
    }
    return records;
  }
}
