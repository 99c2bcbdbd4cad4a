package kz.migration.refugee.evidence;

import java.io.IOException;
import kz.migration.refugee.shared.FieldErrors;
import org.springframework.web.multipart.MultipartFile;

/** A multipart upload as {@link Evidence} takes it; the size is checked before the bytes are read into memory. */
public final class Uploads {

  private Uploads() {}

  public static NewAttachment of(Evidence evidence, MultipartFile file, String type, Long personId, String note)
      throws IOException {
    if (file == null || file.isEmpty()) {
      throw FieldErrors.of(Evidence.FILE, "файл не выбран или пуст");
    }
    if (file.getSize() > evidence.maxSize().toBytes()) {
      throw evidence.tooLarge();
    }
    return new NewAttachment(type, personId, file.getOriginalFilename(), note, file.getBytes());
  }
}
