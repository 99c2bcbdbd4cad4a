package kz.migration.refugee;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What the engine is to hold: every file of the top-level {@code bpmn} and {@code forms} folders, by that path. */
final class ModelsAndForms {

  private ModelsAndForms() {}

  static List<String> resourceNames() {
    return Stream.of("bpmn", "forms").flatMap(ModelsAndForms::files).sorted().toList();
  }

  private static Stream<String> files(String folder) {
    try (Stream<Path> paths = Files.list(Path.of(folder))) {
      return paths.filter(Files::isRegularFile).map(p -> folder + "/" + p.getFileName()).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
