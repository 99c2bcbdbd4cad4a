package kz.migration.refugee.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import kz.migration.refugee.BenchDatabase;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The historic caseload import on PostgreSQL, file after file into one register: files of {@code bench.caseload}
 * families (default {@code 1000,10000}), then, with {@code -Dbench.caseload.total=}, further files of the largest
 * size until that many families in all. Families of mixed outcomes as archives bring them: recognised, partly
 * granted (an adult refused), recognised and since gone, refused, undecided (their examination resumes) and
 * undecided but gone; a fifth numbered by the archive. For each file: families, persons, seconds, persons per
 * second, the rate in the file's first and last tenth (from the import's progress), and the open work in the engine
 * afterwards. Prints the figures and writes them to {@code target/bench-import.txt}. Not a test of speed: it checks
 * only that each file was imported whole and resumed one examination per open undecided family.
 * <p>
 * {@code ./mvnw -Pbench test -Dtest=CaseloadImportBenchmark} (database {@code BENCH_POSTGRES_URL}, emptied first;
 * {@code -Dbench.caseload.flush-every=} to import with another {@code refugee.import.flush-every}).
 */
@Tag("benchmark")
@SpringBootTest(properties = "logging.level.org.camunda=warn")
@ActiveProfiles("test")
class CaseloadImportBenchmark {

  private static final int[] FILES = Arrays.stream(System.getProperty("bench.caseload", "1000,10000").split(","))
      .map(String::strip).mapToInt(Integer::parseInt).toArray();
  private static final int TOTAL = Integer.getInteger("bench.caseload.total", 0);
  /** As in application.yaml unless asked otherwise (the test profile's own value is for small files). */
  private static final String FLUSH_EVERY = System.getProperty("bench.caseload.flush-every", "100");

  @Autowired CaseloadImport caseload;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    BenchDatabase.use(registry);
    registry.add("refugee.import.flush-every", () -> FLUSH_EVERY);
  }

  @BeforeAll
  static void emptyDatabase() throws Exception {
    BenchDatabase.empty();
  }

  @Test
  void filesOfAnySizeImportAtTheSameRate() throws Exception {
    List<Integer> sizes = new ArrayList<>(Arrays.stream(FILES).boxed().toList());
    int largest = Arrays.stream(FILES).max().orElseThrow();
    while (sizes.stream().mapToInt(Integer::intValue).sum() + largest <= TOTAL) {
      sizes.add(largest);
    }
    // warm the engine, Hibernate and the JIT on a small file first; its figures are not reported
    Generator generator = new Generator(new Random(20_260_101L), LocalDate.now());
    caseload.importFile(generator.file(200).csv(), "bench");

    List<String> rows = new ArrayList<>();
    long familiesInAll = 0;
    long personsInAll = 0;
    double secondsInAll = 0;
    for (int size : sizes) {
      jdbc.execute("analyze");
      Generated file = generator.file(size);
      long instancesBefore = runtime.createProcessInstanceQuery().count();
      long tasksBefore = tasks.createTaskQuery().count();
      Tenths tenths = new Tenths(caseload, size);
      tenths.start();
      long t0 = System.nanoTime();
      ImportReport report = caseload.importFile(file.csv(), "bench");
      double seconds = (System.nanoTime() - t0) / 1e9;
      double[] marks = tenths.finish();
      assertThat(report.casesImported()).isEqualTo(size);
      assertThat(report.personsImported()).isEqualTo(file.persons());
      long instances = runtime.createProcessInstanceQuery().count();
      long openTasks = tasks.createTaskQuery().count();
      assertThat(instances - instancesBefore).isEqualTo((long) report.examinationsResumed())
          .isEqualTo((long) file.openPending());
      double first = file.personsUpTo(size / 10) / marks[0];
      double last = (file.persons() - file.personsUpTo(size - size / 10)) / marks[1];
      familiesInAll += size;
      personsInAll += file.persons();
      secondsInAll += seconds;
      rows.add(String.format(Locale.ROOT, "| %,d | %,d | %.1f | %.0f | %.0f | %.0f | %.0f | +%,d (%,d) | +%,d (%,d) |",
          size, file.persons(), seconds, file.persons() / seconds, size / seconds, first, last,
          instances - instancesBefore, instances, openTasks - tasksBefore, openTasks).replace(',', ' '));
      System.out.println(rows.get(rows.size() - 1));
    }
    String text = "Caseload import benchmark, PostgreSQL " + jdbc.queryForObject("show server_version", String.class)
        + ", " + Runtime.getRuntime().availableProcessors() + " cores, refugee.import.flush-every=" + FLUSH_EVERY
        + ", files imported one after another into one register\n"
        + "| families in the file | persons | seconds | persons/s | families/s | persons/s, first tenth "
        + "| persons/s, last tenth | examinations resumed (running instances in all) | open tasks (in all) |\n"
        + "|---|---|---|---|---|---|---|---|---|\n"
        + String.join("\n", rows) + "\n"
        + String.format(Locale.ROOT, "in all: %,d families, %,d persons in %.0f s, %.0f persons/s%n", familiesInAll,
            personsInAll, secondsInAll, personsInAll / secondsInAll).replace(',', ' ');
    System.out.println(text);
    Files.writeString(Path.of("target", "bench-import.txt"), text);
  }

  /**
   * How long the import took over its file's first tenth of families (from when it began entering them, the file
   * read and checked) and over its last tenth, sampled from its progress every few milliseconds beside it.
   */
  private static final class Tenths extends Thread {
    private final CaseloadImport caseload;
    private final int families;
    private volatile boolean done;
    private long startAt;
    private long firstTenthAt;
    private long lastTenthAt;
    private long endAt;

    Tenths(CaseloadImport caseload, int families) {
      this.caseload = caseload;
      this.families = families;
      setDaemon(true);
    }

    @Override
    public void run() {
      while (!done) {
        var progress = caseload.progress();
        if (progress.familiesTotal() == families && startAt == 0 && progress.running()) {
          startAt = System.nanoTime();
        }
        if (progress.familiesTotal() == families && startAt != 0) {
          if (endAt == 0 && !progress.running()) {
            endAt = System.nanoTime();
          }
          if (firstTenthAt == 0 && progress.familiesDone() >= families / 10) {
            firstTenthAt = System.nanoTime();
          }
          if (lastTenthAt == 0 && progress.familiesDone() >= families - families / 10) {
            lastTenthAt = System.nanoTime();
          }
        }
        try {
          Thread.sleep(2);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    /** Seconds the first tenth took, and the last. */
    double[] finish() throws InterruptedException {
      Thread.sleep(20);
      done = true;
      join();
      assertThat(List.of(startAt, firstTenthAt, lastTenthAt, endAt)).as("progress seen").doesNotContain(0L);
      return new double[] {(firstTenthAt - startAt) / 1e9, (endAt - lastTenthAt) / 1e9};
    }
  }

  /** A generated file: its CSV, its persons (and how many up to each family, in import order), its open pending. */
  record Generated(byte[] csv, int[] personsBefore, int openPending) {
    int persons() {
      return personsBefore[personsBefore.length - 1];
    }

    int personsUpTo(int families) {
      return personsBefore[families];
    }
  }

  /**
   * Files of families of mixed outcomes, dated from {@code today}. Product-numbered families come first in each file
   * (the import takes them first anyway): their numbers from 500 000 on in their petition year's series, clear of
   * the numbers the counter gives the archive-numbered ones.
   */
  static final class Generator {
    private static final String[] SURNAMES = {"Ахмади", "Носири", "Хакими", "Саидов", "Юсуфи", "Рахими", "Сафари",
        "Назари", "Карими", "Латифи", "Мурадов", "Азизи", "Самади", "Хасани", "Каримов", "Рустамов"};
    private static final String[] MEN = {"Фарид", "Омид", "Абдул", "Рахмон", "Наджиб", "Карим", "Али", "Басир",
        "Саид", "Джавед", "Хасан", "Джамшед"};
    private static final String[] WOMEN = {"Захра", "Лейла", "Марьям", "Фатима", "Зейнаб", "Сара", "Парвин",
        "Гульнара", "Нахид", "Сорая", "Малика"};
    private static final String[] CITIZENSHIPS = {"AF", "AF", "AF", "TJ", "UZ", "SY"};
    private static final String[] ETHNICITIES = {"таджики", "пуштуны", "хазарейцы", "узбеки", ""};

    private final Random random;
    private final LocalDate today;
    private final Map<Integer, Integer> serials = new HashMap<>();
    private int files;

    Generator(Random random, LocalDate today) {
      this.random = random;
      this.today = today;
    }

    Generated file(int families) {
      files++;
      int archived = families / 5;
      StringBuilder product = new StringBuilder();
      StringBuilder archive = new StringBuilder();
      int[] personsBefore = new int[families + 1];
      int openPending = 0;
      for (int i = 0; i < families; i++) {
        boolean byArchive = i >= families - archived;
        var family = family(byArchive ? "A-" + files + "/" + i : null);
        (byArchive ? archive : product).append(family.rows());
        personsBefore[i + 1] = personsBefore[i] + family.persons();
        openPending += family.openPending() ? 1 : 0;
      }
      String csv = String.join(",", CaseloadFile.COLUMNS) + "\n" + product + archive;
      return new Generated(csv.getBytes(StandardCharsets.UTF_8), personsBefore, openPending);
    }

    private record Family(String rows, int persons, boolean openPending) {}

    /** One family: its kind drawn as archives bring them. */
    private Family family(String archiveNumber) {
      int kind = random.nextInt(100);
      boolean pending = kind >= 80;
      LocalDate petition;
      LocalDate decided = null;
      if (pending) {
        petition = today.minusDays(5 + random.nextInt(75));
      } else {
        decided = LocalDate.of(1996, 1, 1).plusDays(random.nextInt(28 * 365));
        petition = decided.minusDays(30 + random.nextInt(120));
      }
      LocalDate arrival = petition.minusDays(1 + random.nextInt(4));
      String number = archiveNumber != null ? archiveNumber : "RS-%d-%06d".formatted(petition.getYear(),
          serials.merge(petition.getYear(), 1, Integer::sum) + 500_000);
      // kinds: 0-34 granted, 35-44 partly granted, 45-54 granted and since gone, 55-79 refused,
      // 80-94 undecided, 95-99 undecided but gone
      String decision = pending ? "pending" : kind < 55 ? "granted" : "refused";
      LocalDate gone = kind >= 45 && kind < 55 ? decided.plusDays(200 + random.nextInt(2000))
          : kind >= 95 ? petition.plusDays(1) : null;
      if (gone != null && gone.isAfter(today)) {
        gone = today;
      }
      String surname = SURNAMES[random.nextInt(SURNAMES.length)];
      String citizenship = CITIZENSHIPS[random.nextInt(CITIZENSHIPS.length)];
      String ethnicity = ETHNICITIES[random.nextInt(ETHNICITIES.length)];
      StringBuilder rows = new StringBuilder();
      int persons = 0;
      rows.append(row(number, "head", surname, MEN, arrival.minusYears(25 + random.nextInt(30)), "м", citizenship,
          ethnicity, arrival, petition, decision, decided, gone));
      persons++;
      if (random.nextInt(10) < 7) {
        rows.append(row(number, "spouse", surname, WOMEN, arrival.minusYears(20 + random.nextInt(30)), "ж",
            citizenship, ethnicity, arrival, petition, decision, decided, gone));
        persons++;
      }
      if (kind >= 35 && kind < 45) {
        // an adult relative decided on his own grounds, refused
        rows.append(row(number, "other", surname, MEN, arrival.minusYears(19 + random.nextInt(30)), "м", citizenship,
            ethnicity, arrival, petition, "refused", decided, null));
        persons++;
      }
      int children = random.nextInt(4);
      for (int c = 0; c < children; c++) {
        boolean boy = random.nextBoolean();
        rows.append(row(number, "child", surname, boy ? MEN : WOMEN, arrival.minusDays(30 + random.nextInt(10 * 365)),
            boy ? "м" : "ж", citizenship, ethnicity, arrival, petition, decision, decided, gone));
        persons++;
      }
      return new Family(rows.toString(), persons, pending && gone == null);
    }

    private String row(String number, String role, String surname, String[] names, LocalDate born, String sex,
        String citizenship, String ethnicity, LocalDate arrival, LocalDate petition, String decision,
        LocalDate decided, LocalDate gone) {
      return String.join(",", number, role, surname, names[random.nextInt(names.length)], born.toString(), sex,
          citizenship, ethnicity, arrival.toString(), petition.toString(), decision,
          decided == null ? "" : decided.toString(), gone == null ? "" : gone.toString(),
          gone == null ? "" : "left_country") + "\n";
    }
  }
}
