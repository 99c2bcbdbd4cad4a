package kz.migration.refugee.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.InputText;
import kz.migration.refugee.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * A case's evidence (files) and notes: checked, stored in the data bank and read back. Nothing of a file (name,
 * content) goes into process variables or the log; the log would keep it beyond the file's own retention.
 */
@Service
public class Evidence {

  static final String FILE = "file";
  private static final int MAX_FILE_NAME = 200;

  private final CaseSearch cases;
  private final AttachmentRepository attachments;
  private final AttachmentContentRepository contents;
  private final CaseNoteRepository notes;
  private final EvidenceMapper mapper;
  private final Clock clock;
  private final DataSize maxSize;

  Evidence(CaseSearch cases, AttachmentRepository attachments, AttachmentContentRepository contents,
      CaseNoteRepository notes, EvidenceMapper mapper, Clock clock,
      @Value("${refugee.attachments.max-size:10MB}") DataSize maxSize) {
    this.cases = cases;
    this.attachments = attachments;
    this.contents = contents;
    this.notes = notes;
    this.mapper = mapper;
    this.clock = clock;
    this.maxSize = maxSize;
  }

  /** The configured limit of one file, for the forms' hint and the checks. */
  public DataSize maxSize() {
    return maxSize;
  }

  /**
   * Files the upload with the case, or refuses it naming the field ({@code file}, {@code type}, {@code personId},
   * {@code note}) with nothing stored. The type is what the content is, whatever the name or the declared type say.
   */
  @Transactional
  public AttachmentView upload(CaseNumber number, NewAttachment upload, String user) {
    long caseId = cases.caseId(number);
    AttachmentKind kind = AttachmentKind.of(upload.type())
        .orElseThrow(() -> FieldErrors.of("type", "вид документа: passport, certificate, medical, photo или other"));
    if (kind == AttachmentKind.PHOTO && upload.personId() == null) {
      throw FieldErrors.of("personId", "укажите лицо, чья это фотография");
    }
    if (upload.personId() != null && cases.view(caseId).members().stream().noneMatch(p -> upload.personId().equals(p.id()))) {
      throw FieldErrors.of("personId", "такого лица нет в деле");
    }
    byte[] content = upload.content();
    if (content == null || content.length == 0) {
      throw FieldErrors.of(FILE, "файл не выбран или пуст");
    }
    if (content.length > maxSize.toBytes()) {
      throw FieldErrors.of(FILE, tooLarge(maxSize));
    }
    FileType type = FileType.detect(content).orElseThrow(() -> FieldErrors.of(FILE,
        "допускаются только PDF, JPEG и PNG (тип определяется по содержимому файла)"));
    if (kind == AttachmentKind.PHOTO && !isImage(type, content)) {
      throw FieldErrors.of(FILE, "фотография — изображение JPEG или PNG, которое удаётся открыть");
    }
    Attachment saved = attachments.save(new Attachment(caseId, upload.personId(), kind,
        fileName(upload.fileName(), type), type, content.length, sha256(content), note(upload.note()), user,
        Instant.now(clock)));
    contents.save(new AttachmentContent(saved.getId(), content));
    return mapper.toView(saved);
  }

  /** A photo is printed on certificates: it must be a picture that opens, not only start like one. */
  private static boolean isImage(FileType type, byte[] content) {
    if (type == FileType.PDF) {
      return false;
    }
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
      return image != null && image.getWidth() > 0 && image.getHeight() > 0;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * The latest photograph of a person of the case, for the certificates printed for them; empty if none was filed.
   * Reading it is part of printing the certificate, which is recorded as a read of the case.
   */
  @Transactional(readOnly = true)
  public Optional<byte[]> photo(CaseNumber number, long personId) {
    long caseId = cases.caseId(number);
    return attachments.findFirstByCaseIdAndPersonIdAndKindOrderByUploadedAtDescIdDesc(caseId, personId,
            AttachmentKind.PHOTO)
        .flatMap(a -> contents.findById(a.getId())).map(AttachmentContent::content);
  }

  private static String note(String note) {
    String text;
    try {
      text = InputText.clean(note);
    } catch (InputText.Rejected e) {
      throw FieldErrors.of("note", e.getMessage());
    }
    if (text == null || text.isBlank()) {
      return null;
    }
    if (text.length() > 1000) {
      throw FieldErrors.of("note", "не более 1000 символов");
    }
    return text.strip();
  }

  @Transactional(readOnly = true)
  public List<AttachmentView> attachments(CaseNumber number) {
    return attachments.findByCaseIdOrderByUploadedAtAscIdAsc(cases.caseId(number)).stream()
        .map(mapper::toView).toList();
  }

  /** A file of the case; one of another case is not found, as an unknown one. */
  @Transactional(readOnly = true)
  public Download download(CaseNumber number, long id) {
    long caseId = cases.caseId(number);
    Attachment a = attachments.findByIdAndCaseId(id, caseId)
        .orElseThrow(() -> new NotFoundException("attachment", id));
    byte[] content = contents.findById(a.getId()).map(AttachmentContent::content)
        .orElseThrow(() -> new NotFoundException("attachment", id));
    return new Download(a.getFileName(), a.getContentType(), content);
  }

  /** Appends a note; a correction names an earlier note of the same case, which stays as it was. */
  @Transactional
  public CaseNoteView addNote(CaseNumber number, NewNote note, String user) {
    long caseId = cases.caseId(number);
    String text;
    try {
      text = InputText.clean(note.text());
    } catch (InputText.Rejected e) {
      throw FieldErrors.of("text", e.getMessage());
    }
    if (text == null || text.isBlank()) {
      throw FieldErrors.of("text", "обязательное поле");
    }
    if (text.length() > NewNote.MAX_TEXT) {
      throw FieldErrors.of("text", "не более " + NewNote.MAX_TEXT + " символов");
    }
    if (note.corrects() != null && !notes.existsByIdAndCaseId(note.corrects(), caseId)) {
      throw FieldErrors.of("corrects", "такой заметки в деле нет");
    }
    return mapper.toView(notes.save(new CaseNote(caseId, text.strip(), note.corrects(), user, Instant.now(clock))));
  }

  @Transactional(readOnly = true)
  public List<CaseNoteView> notes(CaseNumber number) {
    return notes.findByCaseIdOrderByWrittenAtAscIdAsc(cases.caseId(number)).stream()
        .map(mapper::toView).toList();
  }

  /** The refusal of a file over the limit, in the words the forms show. */
  public static String tooLarge(DataSize limit) {
    return "файл больше допустимого размера (" + limit.toMegabytes() + " МБ)";
  }

  /** The limit's refusal as a field error, for the web layer's multipart limits. */
  public FieldErrors tooLarge() {
    return new FieldErrors(Map.of(FILE, tooLarge(maxSize)));
  }

  /**
   * The name as given, made safe to store and to send back in a Content-Disposition: no directories, no control,
   * quoting or path characters, NFC, at most 200 characters; a name left empty becomes «документ» with the type's
   * extension.
   */
  static String fileName(String given, FileType type) {
    String name = given == null ? "" : given;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder safe = new StringBuilder();
    name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
            && c != '"' && c != ';' && c != '<' && c != '>' && c != ':' && c != '*' && c != '?' && c != '|'
            && c != 0x2028 && c != 0x2029 && Character.isDefined(c) && !Character.isSurrogate((char) c))
        .forEach(safe::appendCodePoint);
    String cleaned = java.text.Normalizer.normalize(safe.toString(), java.text.Normalizer.Form.NFC).strip();
    while (cleaned.startsWith(".")) {
      cleaned = cleaned.substring(1);
    }
    if (cleaned.isBlank()) {
      cleaned = "документ." + type.name().toLowerCase(java.util.Locale.ROOT);
    }
    return cleaned.length() <= MAX_FILE_NAME ? cleaned : cleaned.substring(0, MAX_FILE_NAME);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
