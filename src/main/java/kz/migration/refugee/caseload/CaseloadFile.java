package kz.migration.refugee.caseload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.DeregistrationReason;
import kz.migration.refugee.registry.FamilyRole;
import kz.migration.refugee.registry.ImportedFamily;
import kz.migration.refugee.registry.LegacyReference;
import kz.migration.refugee.registry.Sex;
import kz.migration.refugee.shared.RejectedFile;

/**
 * Reads and checks a caseload file: one row per person, UTF-8, a header row with the columns below (in any
 * order). Every row is checked and every error collected before anything is imported. A case number in the
 * product's form is the case's number; any other is the archive's own ({@link LegacyReference}).
 */
final class CaseloadFile {

  static final List<String> COLUMNS = List.of("case_number", "role", "surname", "given_name", "date_of_birth", "sex",
      "citizenship", "ethnicity", "arrival_date", "petition_date", "decision", "decision_date", "deregistration_date",
      "deregistration_reason");

  private static final Pattern CITIZENSHIP = Pattern.compile("[A-Z]{2}");

  /** Sex as archives write it: Latin and Cyrillic letters and words, compared in lower case. */
  private static final Map<String, Sex> SEX = Map.of("m", Sex.MALE, "male", Sex.MALE, "м", Sex.MALE, "муж", Sex.MALE,
      "f", Sex.FEMALE, "female", Sex.FEMALE, "ж", Sex.FEMALE, "жен", Sex.FEMALE);
  private static final String SEX_CODES = "м, муж, M, male (мужской); ж, жен, F, female (женский), в любом регистре";

  /** A family as read from its rows, and its decision's date (any outcome). */
  record Family(ImportedFamily family, LocalDate decisionDate) {}

  /** RFC 4180 (Jackson's CSV module): a record per line, quoted fields may hold commas, quotes and line breaks. */
  private static final ObjectReader CSV = new CsvMapper().readerFor(String[].class)
      .with(CsvParser.Feature.WRAP_AS_ARRAY).with(CsvParser.Feature.SKIP_EMPTY_LINES);

  private CaseloadFile() {}

  private static List<List<String>> records(Reader source) throws IOException {
    List<List<String>> records = new ArrayList<>();
    try (MappingIterator<String[]> rows = CSV.readValues(source)) {
      while (rows.hasNextValue()) {
        records.add(new ArrayList<>(List.of(rows.nextValue())));
      }
    } catch (JsonProcessingException e) {
      // the record that could not be read, counted as the other errors count rows
      throw new RejectedFile(List.of(new RejectedFile.RowError(records.size() + 1, "file",
          "нарушен формат CSV: кавычка не закрыта")));
    }
    // a spreadsheet's UTF-8 export may begin with a byte order mark
    if (!records.isEmpty() && !records.get(0).isEmpty() && records.get(0).get(0).startsWith("\uFEFF")) {
      records.get(0).set(0, records.get(0).get(0).substring(1));
    }
    return records;
  }

  /**
   * @param firstYear the programme's first year: a case number of an earlier year, or of a year after
   *     {@code today}'s, is a typing error or another office's numbering, and is refused
   * @param adultAge the age from which a child of the family was decided on their own grounds
   */
  static List<Family> read(Reader source, LocalDate today, int firstYear, int adultAge) throws IOException {
    List<List<String>> records = records(source);
    List<RejectedFile.RowError> errors = new ArrayList<>();
    if (records.isEmpty()) {
      throw new RejectedFile(List.of(new RejectedFile.RowError(1, "header", "файл пуст")));
    }
    Map<String, Integer> column = new LinkedHashMap<>();
    List<String> header = records.get(0);
    for (int i = 0; i < header.size(); i++) {
      column.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    for (String name : COLUMNS) {
      if (!column.containsKey(name)) {
        errors.add(new RejectedFile.RowError(1, name, "столбец отсутствует в заголовке"));
      }
    }
    if (!errors.isEmpty()) {
      throw new RejectedFile(errors);
    }
    Map<String, List<Row>> byCase = new LinkedHashMap<>();
    for (int r = 1; r < records.size(); r++) {
      Row row = Row.parse(r + 1, records.get(r), column, today, firstYear, errors);
      byCase.computeIfAbsent(row.caseKey(), k -> new ArrayList<>()).add(row);
    }
    if (records.size() == 1) {
      errors.add(new RejectedFile.RowError(2, "case_number", "в файле нет ни одной строки с данными"));
    }
    List<Family> families = new ArrayList<>();
    byCase.forEach((key, rows) -> {
      Row first = rows.get(0);
      String number = first.caseNumber;
      for (Row row : rows.subList(1, rows.size())) {
        first.sameCase(row, errors);
      }
      long heads = rows.stream().filter(r -> r.role == FamilyRole.HEAD).count();
      if (heads != 1 && rows.stream().allMatch(r -> r.role != null)) {
        errors.add(new RejectedFile.RowError(first.number, "role", "в деле " + number + " должен быть ровно один глава семьи (head), указано " + heads));
      }
      if (!rows.stream().allMatch(r -> r.valid)) {
        return;
      }
      Integer[] follows = follows(rows, adultAge, errors);
      List<ImportedFamily.Member> members = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        members.add(rows.get(i).member(follows[i]));
      }
      // the family is recognised when anybody of it was granted, even if others were refused
      ImportedFamily.Outcome outcome = first.decision == ImportedFamily.Outcome.PENDING ? ImportedFamily.Outcome.PENDING
          : rows.stream().anyMatch(r -> r.decision == ImportedFamily.Outcome.GRANTED) ? ImportedFamily.Outcome.GRANTED
          : ImportedFamily.Outcome.REFUSED;
      families.add(new Family(new ImportedFamily(first.legacy == null ? new CaseNumber(number) : null, first.legacy,
          first.arrival, first.petition, outcome, first.decisionDate, members), first.decisionDate));
    });
    if (!errors.isEmpty()) {
      // one message per row and field (the first found), in row order
      Map<String, RejectedFile.RowError> distinct = new LinkedHashMap<>();
      errors.forEach(e -> distinct.putIfAbsent(e.row() + "|" + e.field(), e));
      List<RejectedFile.RowError> sorted = new ArrayList<>(distinct.values());
      sorted.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row()) : a.field().compareTo(b.field()));
      throw new RejectedFile(sorted);
    }
    return families;
  }

  /**
   * Whom each child's status follows, by row index (null: decided on their own grounds), as decisions before
   * per-person decisions were migrated (V19): the head, and every other adult, on their own grounds; a child (under
   * {@code adultAge} on the decision date) follows the head, or, when the head was not granted, the first adult who
   * was. A child's row must then give the decision of the parent followed. Nobody deregistered before the decision
   * is decided by it, nor followed.
   */
  private static Integer[] follows(List<Row> rows, int adultAge, List<RejectedFile.RowError> errors) {
    Integer[] follows = new Integer[rows.size()];
    Row first = rows.get(0);
    if (first.decision == ImportedFamily.Outcome.PENDING) {
      return follows;
    }
    LocalDate decidedOn = first.decisionDate;
    List<Integer> adults = new ArrayList<>();
    List<Integer> children = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (r.deregistered != null && r.deregistered.isBefore(decidedOn)) {
        continue;
      }
      boolean child = r.role == FamilyRole.CHILD && Period.between(r.born, decidedOn).getYears() < adultAge;
      (child ? children : adults).add(i);
    }
    if (adults.isEmpty()) {
      // unaccompanied children: each was decided on their own grounds
      return follows;
    }
    Integer head = adults.stream().filter(i -> rows.get(i).role == FamilyRole.HEAD).findFirst().orElse(null);
    Integer parent = head != null && rows.get(head).decision == ImportedFamily.Outcome.GRANTED ? head
        : adults.stream().filter(i -> rows.get(i).decision == ImportedFamily.Outcome.GRANTED).findFirst()
            .orElse(head != null ? head : adults.get(0));
    Row parentRow = rows.get(parent);
    for (int i : children) {
      follows[i] = parent;
      Row child = rows.get(i);
      if (child.decision != parentRow.decision) {
        errors.add(new RejectedFile.RowError(child.number, "decision", "статус ребёнка следует статусу родителя (строка "
            + parentRow.number + ": " + parentRow.decision.name().toLowerCase(Locale.ROOT) + ")"));
      }
    }
    return follows;
  }

  /** One person's row; null fields where the value was wrong (the error is recorded). */
  private static final class Row {
    int number;
    boolean valid;
    String caseNumber;
    /** The archive's own number, when {@link #caseNumber} is not in the product's form. */
    LegacyReference legacy;
    FamilyRole role;
    String surname;
    String givenName;
    LocalDate born;
    Sex sex;
    String citizenship;
    String ethnicity;
    LocalDate arrival;
    LocalDate petition;
    ImportedFamily.Outcome decision;
    LocalDate decisionDate;
    LocalDate deregistered;
    DeregistrationReason reason;

    static Row parse(int number, List<String> cells, Map<String, Integer> column, LocalDate today, int firstYear,
        List<RejectedFile.RowError> errors) {
      Row r = new Row();
      r.number = number;
      Map<String, String> v = new LinkedHashMap<>();
      column.forEach((name, i) -> v.put(name, i < cells.size() ? cells.get(i).strip() : ""));
      int before = errors.size();
      r.caseNumber = v.get("case_number");
      if (r.caseNumber.isEmpty()) {
        errors.add(new RejectedFile.RowError(number, "case_number",
            "обязательное поле: номер дела в формате RS-ГГГГ-NNNNNN или архивный номер"));
      } else if (!CaseNumber.isValid(r.caseNumber)) {
        try {
          r.legacy = new LegacyReference(r.caseNumber);
        } catch (IllegalArgumentException e) {
          errors.add(new RejectedFile.RowError(number, "case_number", e.getMessage()));
        }
      } else if (new CaseNumber(r.caseNumber).year() < firstYear || new CaseNumber(r.caseNumber).year() > today.getYear()) {
        errors.add(new RejectedFile.RowError(number, "case_number",
            "год в номере дела должен быть от " + firstYear + " до " + today.getYear()));
      }
      r.role = enumOf(FamilyRole.class, v.get("role"), number, "role", "head, spouse, child или other", errors);
      r.surname = text(v.get("surname"), 200, number, "surname", true, errors);
      r.givenName = text(v.get("given_name"), 200, number, "given_name", true, errors);
      r.born = date(v.get("date_of_birth"), number, "date_of_birth", true, today, errors);
      r.sex = SEX.get(v.get("sex").toLowerCase(Locale.ROOT));
      if (r.sex == null) {
        errors.add(new RejectedFile.RowError(number, "sex",
            (v.get("sex").isEmpty() ? "обязательное поле, допустимо: " : "допустимо: ") + SEX_CODES));
      }
      r.citizenship = v.get("citizenship").toUpperCase(Locale.ROOT);
      if (!CITIZENSHIP.matcher(r.citizenship).matches()) {
        errors.add(new RejectedFile.RowError(number, "citizenship", "код страны ISO 3166-1 из двух букв"));
      }
      r.ethnicity = text(v.get("ethnicity"), 100, number, "ethnicity", false, errors);
      r.arrival = date(v.get("arrival_date"), number, "arrival_date", true, today, errors);
      r.petition = date(v.get("petition_date"), number, "petition_date", true, today, errors);
      // an archive-numbered case is numbered from the year it was registered in, in the same bounds as a number
      if (r.legacy != null && r.petition != null && r.petition.getYear() < firstYear) {
        errors.add(new RejectedFile.RowError(number, "petition_date", "дело с архивным номером получает номер по году "
            + "ходатайства, а он должен быть не раньше " + firstYear));
      }
      r.decision = enumOf(ImportedFamily.Outcome.class, v.get("decision"), number, "decision",
          "granted, refused или pending", errors);
      r.decisionDate = date(v.get("decision_date"), number, "decision_date", false, today, errors);
      r.deregistered = date(v.get("deregistration_date"), number, "deregistration_date", false, today, errors);
      String reason = v.get("deregistration_reason");
      if (!reason.isEmpty()) {
        r.reason = DeregistrationReason.ofCode(reason).orElse(null);
        if (r.reason == null) {
          errors.add(new RejectedFile.RowError(number, "deregistration_reason",
              "одно из: voluntary_return, cessation, cancellation, deprivation, termination, left_country, death, other"));
        }
      }
      // Checks across fields, where the fields themselves could be read.
      if (r.born != null && r.arrival != null && r.born.isAfter(r.arrival)) {
        errors.add(new RejectedFile.RowError(number, "date_of_birth", "позже даты прибытия"));
      }
      if (r.petition != null && r.arrival != null && r.petition.isBefore(r.arrival)) {
        errors.add(new RejectedFile.RowError(number, "petition_date", "раньше даты прибытия"));
      }
      if (r.decision == ImportedFamily.Outcome.PENDING && r.decisionDate != null) {
        errors.add(new RejectedFile.RowError(number, "decision_date", "у нерассмотренного ходатайства (pending) даты решения нет"));
      } else if (r.decision != null && r.decision != ImportedFamily.Outcome.PENDING && r.decisionDate == null
          && v.get("decision_date").isEmpty()) {
        errors.add(new RejectedFile.RowError(number, "decision_date", "обязательна для решения " + v.get("decision")));
      } else if (r.decisionDate != null && r.petition != null && r.decisionDate.isBefore(r.petition)) {
        errors.add(new RejectedFile.RowError(number, "decision_date", "раньше даты ходатайства"));
      }
      boolean dateGiven = !v.get("deregistration_date").isEmpty();
      if (dateGiven != !reason.isEmpty()) {
        errors.add(new RejectedFile.RowError(number, dateGiven ? "deregistration_reason" : "deregistration_date",
            "дата и причина снятия с учёта указываются вместе"));
      } else if (r.deregistered != null && r.petition != null && r.deregistered.isBefore(r.petition)) {
        errors.add(new RejectedFile.RowError(number, "deregistration_date", "раньше даты ходатайства"));
      }
      r.valid = errors.size() == before;
      return r;
    }

    /** Rows of one case: the same number, an archive's number in any case of letters. */
    String caseKey() {
      return legacy == null ? caseNumber : "archive:" + legacy.value().toUpperCase(Locale.ROOT);
    }

    /** The case-level values must agree on every row of the case. */
    void sameCase(Row other, List<RejectedFile.RowError> errors) {
      if (!valid || !other.valid) {
        return;
      }
      check(other, "arrival_date", arrival.equals(other.arrival), errors);
      check(other, "petition_date", petition.equals(other.petition), errors);
      // the decision is one act on the family, deciding each person: all of them, or none yet (pending)
      if ((decision == ImportedFamily.Outcome.PENDING) != (other.decision == ImportedFamily.Outcome.PENDING)) {
        errors.add(new RejectedFile.RowError(other.number, "decision", "решение по делу " + caseNumber
            + " принимается обо всех членах семьи сразу: pending у всех или ни у кого (строка " + number + ")"));
      }
      check(other, "decision_date", java.util.Objects.equals(decisionDate, other.decisionDate), errors);
    }

    private void check(Row other, String field, boolean same, List<RejectedFile.RowError> errors) {
      if (!same) {
        errors.add(new RejectedFile.RowError(other.number, field, "отличается от строки " + number + " того же дела " + caseNumber));
      }
    }

    ImportedFamily.Member member(Integer follows) {
      return new ImportedFamily.Member(role, surname, givenName, born, sex, citizenship, ethnicity, deregistered, reason,
          decision, follows);
    }
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String value, int row, String field, String allowed,
      List<RejectedFile.RowError> errors) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(new RejectedFile.RowError(row, field, value.isEmpty() ? "обязательное поле: " + allowed : "допустимо: " + allowed));
      return null;
    }
  }

  private static String text(String value, int max, int row, String field, boolean required, List<RejectedFile.RowError> errors) {
    if (value.isEmpty()) {
      if (required) {
        errors.add(new RejectedFile.RowError(row, field, "обязательное поле"));
      }
      return null;
    }
    if (value.length() > max) {
      errors.add(new RejectedFile.RowError(row, field, "не более " + max + " символов"));
    }
    return value;
  }

  private static LocalDate date(String value, int row, String field, boolean required, LocalDate today,
      List<RejectedFile.RowError> errors) {
    if (value.isEmpty()) {
      if (required) {
        errors.add(new RejectedFile.RowError(row, field, "обязательное поле"));
      }
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(value);
      if (date.isAfter(today)) {
        errors.add(new RejectedFile.RowError(row, field, "дата в будущем"));
      }
      return date;
    } catch (DateTimeParseException e) {
      errors.add(new RejectedFile.RowError(row, field, "дата в формате ГГГГ-ММ-ДД"));
      return null;
    }
  }
}
