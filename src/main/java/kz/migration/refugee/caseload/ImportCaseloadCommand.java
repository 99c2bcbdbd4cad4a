package kz.migration.refugee.caseload;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import kz.migration.refugee.shared.RejectedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Command-line import, active only with {@code --refugee.import.caseload=<file.csv>}: imports the file, logs the
 * result (or each row error), and exits with 0 when imported, 2 when the file was refused (1 if it could not run).
 */
@Component
@ConditionalOnProperty("refugee.import.caseload")
@Order(Ordered.LOWEST_PRECEDENCE)
class ImportCaseloadCommand implements ApplicationRunner {

  static final int IMPORTED = 0;
  static final int REFUSED = 2;

  private static final Logger log = LoggerFactory.getLogger(ImportCaseloadCommand.class);

  private final CaseloadImport caseload;
  private final Path file;
  private final IntConsumer exit;

  @Autowired
  ImportCaseloadCommand(CaseloadImport caseload, @Value("${refugee.import.caseload}") Path file, ApplicationContext context) {
    this(caseload, file, code -> System.exit(SpringApplication.exit(context, () -> code)));
  }

  ImportCaseloadCommand(CaseloadImport caseload, Path file, IntConsumer exit) {
    this.caseload = caseload;
    this.file = file;
    this.exit = exit;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    try {
      ImportReport report = caseload.importFile(Files.readAllBytes(file), "command-line");
      log.info("Caseload imported: {}", report);
      exit.accept(IMPORTED);
    } catch (RejectedFile e) {
      e.errors().forEach(error -> log.error("row {}, {}: {}", error.row(), error.field(), error.message()));
      log.error("Caseload file refused: {} errors, nothing imported", e.errors().size());
      exit.accept(REFUSED);
    }
  }
}
