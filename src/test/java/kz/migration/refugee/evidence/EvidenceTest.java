package kz.migration.refugee.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * A case's evidence (files told by their content, hashed, stored in the data bank, read back as a recorded read of
 * personal data) and its append-only notes, through the API and the case page's forms.
 */
@ApplicationTest
class EvidenceTest {

  static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1);
  static final byte[] JPEG = bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0xFF, 0xD9);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
  @LocalServerPort int port;

  @Test
  void pdfJpegAndPngAreStoredWithTheirHashAndSizeAndListedOnThePage() throws Exception {
    CaseSteps steps = steps();
    String caseNumber = steps.file(CaseSteps.family());
    long head = steps.memberId(caseNumber, "Фарид");

    JsonNode pdf = upload("caseworker", caseNumber, "паспорт скан.pdf", "application/octet-stream", PDF,
        Map.of("type", "passport", "personId", String.valueOf(head), "note", "страницы 2–3"));
    JsonNode jpeg = upload("manager", caseNumber, "справка.jpg", "image/jpeg", JPEG, Map.of("type", "certificate"));
    JsonNode png = upload("caseworker", caseNumber, "../../etc/заключение.png", "image/png", PNG, Map.of("type", "MEDICAL"));

    for (var stored : Map.of(pdf, PDF, jpeg, JPEG, png, PNG).entrySet()) {
      long id = stored.getKey().get("id").asLong();
      var row = jdbc.queryForMap("select a.size_bytes, a.sha256, a.content_type, a.uploaded_by, c.content from attachment a "
          + "join attachment_content c on c.attachment_id = a.id where a.id = ?", id);
      assertThat(((Number) row.get("size_bytes")).longValue()).isEqualTo(stored.getValue().length);
      assertThat(row.get("sha256")).isEqualTo(sha256(stored.getValue()));
      assertThat((byte[]) row.get("content")).isEqualTo(stored.getValue());
    }
    assertThat(pdf.get("contentType").asText()).isEqualTo("application/pdf");
    assertThat(pdf.get("personId").asLong()).isEqualTo(head);
    assertThat(pdf.get("kindLabel").asText()).isEqualTo("скан паспорта");
    assertThat(jpeg.get("contentType").asText()).isEqualTo("image/jpeg");
    assertThat(jpeg.get("uploadedBy").asText()).isEqualTo("manager");
    assertThat(png.get("contentType").asText()).isEqualTo("image/png");
    // no directories in a stored name
    assertThat(png.get("fileName").asText()).isEqualTo("заключение.png");

    String page = HtmlUtils.htmlUnescape(http.withBasicAuth("caseworker", "demo")
        .getForObject("/cases/" + caseNumber, String.class));
    assertThat(page).contains("Документы и материалы", "паспорт скан.pdf", "справка.jpg", "заключение.png",
        "скан паспорта", "медицинское заключение", sha256(PDF).substring(0, 12), "страницы 2–3",
        "/api/cases/" + caseNumber + "/attachments/" + pdf.get("id").asLong());
  }

  @Test
  void aFileWhoseContentIsNotPdfJpegOrPngIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
    String caseNumber = steps().file(CaseSteps.family());
    byte[] exe = bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF);
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    for (byte[] content : new byte[][] {exe, html, new byte[0]}) {
      ResponseEntity<String> answer = uploadAnswer("caseworker", caseNumber, "паспорт.pdf", "application/pdf", content,
          Map.of("type", "passport"));
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
      assertThat(JSON.readTree(answer.getBody()).get("errors").has("file")).as(answer.getBody()).isTrue();
    }
    ResponseEntity<String> noKind = uploadAnswer("caseworker", caseNumber, "a.pdf", "application/pdf", PDF,
        Map.of("type", "0"));
    assertThat(JSON.readTree(noKind.getBody()).get("errors").has("type")).as(noKind.getBody()).isTrue();
    assertThat(stored(caseNumber)).isZero();
  }

  @Test
  void aFileOverTheConfiguredSizeIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
    String caseNumber = steps().file(CaseSteps.family());
    byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
    ResponseEntity<String> answer = uploadAnswer("caseworker", caseNumber, "большой.pdf", "application/pdf", large,
        Map.of("type", "medical"));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(answer.getBody()).get("errors").get("file").asText()).contains("10 МБ");
    // beyond the multipart limits themselves: still 400 naming the field
    ResponseEntity<String> huge = uploadAnswer("caseworker", caseNumber, "огромный.pdf", "application/pdf",
        Arrays.copyOf(PDF, 13 * 1024 * 1024), Map.of("type", "medical"));
    assertThat(huge.getStatusCode()).as(huge.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(huge.getBody()).get("errors").has("file")).isTrue();
    assertThat(stored(caseNumber)).isZero();
  }

  @Test
  void aDownloadReturnsTheBytesAsAnAttachmentAndIsRecordedAsARead() throws Exception {
    String caseNumber = steps().file(CaseSteps.family());
    long id = upload("caseworker", caseNumber, "справка МВД.png", "text/html", PNG, Map.of("type", "certificate"))
        .get("id").asLong();
    long readsBefore = reads(caseNumber);

    ResponseEntity<byte[]> file = http.withBasicAuth("auditor", "demo")
        .getForEntity("/api/cases/" + caseNumber + "/attachments/" + id, byte[].class);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(file.getBody()).isEqualTo(PNG);
    assertThat(file.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
    assertThat(file.getHeaders().getContentDisposition().isAttachment()).isTrue();
    assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo("справка МВД.png");
    assertThat(file.getHeaders().get("X-Content-Type-Options")).containsExactly("nosniff");
    // recorded once the request completes, which may be just after the client has the bytes
    assertThat(readsWithin(caseNumber, readsBefore + 1)).isEqualTo(readsBefore + 1);
    assertThat(jdbc.queryForObject("select what from personal_data_read where case_number = ? order by id desc "
        + "fetch first 1 rows only", String.class, caseNumber))
        .isEqualTo("GET /api/cases/{caseNumber}/attachments/{id}");

    // a file of another case is not found through this one
    String other = steps().file(CaseSteps.family());
    assertThat(http.withBasicAuth("caseworker", "demo").getForEntity("/api/cases/" + other + "/attachments/" + id,
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void notesAreAppendOnlyAndACorrectionNamesTheEarlierNote() throws Exception {
    String caseNumber = steps().file(CaseSteps.family());
    var caseworker = http.withBasicAuth("caseworker", "demo");
    ResponseEntity<String> first = caseworker.postForEntity("/api/cases/" + caseNumber + "/notes",
        Map.of("text", "Заявитель сообщил новый адрес: ул. Абая, 10."), String.class);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long firstId = JSON.readTree(first.getBody()).get("id").asLong();
    ResponseEntity<String> correction = caseworker.postForEntity("/api/cases/" + caseNumber + "/notes",
        Map.of("text", "Исправление: ул. Абая, 12.", "corrects", firstId), String.class);
    assertThat(correction.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(JSON.readTree(correction.getBody()).get("correctsId").asLong()).isEqualTo(firstId);

    // the first note stays as written
    JsonNode notes = JSON.readTree(http.withBasicAuth("auditor", "demo")
        .getForObject("/api/cases/" + caseNumber + "/notes", String.class));
    assertThat(notes).hasSize(2);
    assertThat(notes.get(0).get("text").asText()).isEqualTo("Заявитель сообщил новый адрес: ул. Абая, 10.");
    assertThat(notes.get(0).get("writtenBy").asText()).isEqualTo("caseworker");
    assertThat(notes.get(1).get("correctsId").asLong()).isEqualTo(firstId);

    // a correction of another case's note, an empty note: 400 naming the field
    String other = steps().file(CaseSteps.family());
    ResponseEntity<String> foreign = caseworker.postForEntity("/api/cases/" + other + "/notes",
        Map.of("text", "Текст", "corrects", firstId), String.class);
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(foreign.getBody()).get("errors").has("corrects")).isTrue();
    ResponseEntity<String> empty = caseworker.postForEntity("/api/cases/" + other + "/notes", Map.of("text", " "),
        String.class);
    assertThat(JSON.readTree(empty.getBody()).get("errors").has("text")).isTrue();

    // nothing changes or removes a note
    mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
        .filter(p -> p.contains("notes"))
        .forEach(p -> assertThat(info.getMethodsCondition().getMethods()).as(p)
            .allMatch(m -> m.name().equals("GET") || m.name().equals("POST"))));
    for (HttpMethod method : new HttpMethod[] {HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH}) {
      HttpHeaders json = new HttpHeaders();
      json.setContentType(MediaType.APPLICATION_JSON);
      var answer = caseworker.exchange("/api/cases/" + caseNumber + "/notes/" + firstId, method,
          new HttpEntity<>("{\"text\": \"x\"}", json), String.class);
      assertThat(answer.getStatusCode().value()).as(method.name()).isIn(404, 405);
    }
    assertThat(jdbc.queryForObject("select text from case_note where id = ?", String.class, firstId))
        .isEqualTo("Заявитель сообщил новый адрес: ул. Абая, 10.");

    String page = HtmlUtils.htmlUnescape(caseworker.getForObject("/cases/" + caseNumber, String.class));
    assertThat(page).contains("Заметки по делу", "Заявитель сообщил новый адрес: ул. Абая, 10.",
        "исправляет заметку № " + firstId, "Заметка № " + firstId, "заметка по делу");
  }

  @Test
  void theCasePageFormsAddAFileAndANoteWithTheSessionsCsrfTokenAndRefuseADisguisedFileInRussian() throws Exception {
    String caseNumber = steps().file(CaseSteps.family());
    HttpClient browser = login("caseworker");
    String page = get(browser, "/cases/" + caseNumber).body();
    var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(token.find()).as("the forms carry the CSRF token").isTrue();
    String csrf = token.group(1);

    var added = send(browser, multipart("/cases/" + caseNumber + "/attachments", csrf, "скан.pdf", PDF, "passport"));
    assertThat(added.statusCode()).as(added.body()).isIn(302, 303);
    assertThat(added.headers().firstValue("Location").orElse("")).contains("/cases/" + caseNumber);
    assertThat(stored(caseNumber)).isEqualTo(1);

    var refused = send(browser, multipart("/cases/" + caseNumber + "/attachments", csrf, "скан.pdf",
        "<html></html>".getBytes(StandardCharsets.UTF_8), "passport"));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(HtmlUtils.htmlUnescape(refused.body())).contains("Не сохранено", "Файл: допускаются только PDF, JPEG и PNG");
    assertThat(stored(caseNumber)).isEqualTo(1);

    var note = send(browser, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/cases/" + caseNumber + "/notes"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("text=" + URLEncoder.encode("Звонок заявителя.", StandardCharsets.UTF_8)
            + "&corrects=&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))));
    assertThat(note.statusCode()).as(note.body()).isIn(302, 303);
    String after = HtmlUtils.htmlUnescape(get(browser, "/cases/" + caseNumber).body());
    assertThat(after).contains("скан.pdf", "Звонок заявителя.");

    // without the token: refused, nothing added
    var forged = send(browser, multipart("/cases/" + caseNumber + "/attachments", "wrong", "x.pdf", PDF, "other"));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(stored(caseNumber)).isEqualTo(1);

    // from a task: Tasklist's «Дело» tab shows the framed page, its forms included, and stays framed after a note
    String framed = get(browser, "/cases/" + caseNumber + "?framed").body();
    assertThat(framed).contains("Загрузить", "Добавить заметку", "name=\"framed\"").doesNotContain("product-header");
    var framedNote = send(browser, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/cases/" + caseNumber
            + "/notes")).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("text=" + URLEncoder.encode("Паспорт предъявлен на собеседовании.",
            StandardCharsets.UTF_8) + "&corrects=&framed=&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))));
    assertThat(framedNote.headers().firstValue("Location").orElse("")).endsWith("/cases/" + caseNumber + "?framed#notes");

    // auditors read the lists but get no forms
    String audited = get(login("auditor"), "/cases/" + caseNumber).body();
    assertThat(audited).contains("скан.pdf").doesNotContain("Загрузить", "Добавить заметку");
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void neitherTheLogNorTheProcessHoldsAFileNameNoteOrContent(CapturedOutput output) throws Exception {
    CaseSteps steps = steps();
    String caseNumber = steps.file(CaseSteps.family());
    String name = CaseSteps.uniqueSurname("паспорт") + ".pdf";
    String note = CaseSteps.uniqueSurname("Примечание");
    long id = upload("caseworker", caseNumber, name, "application/pdf", PDF, Map.of("type", "passport", "note", note))
        .get("id").asLong();
    http.withBasicAuth("caseworker", "demo").getForEntity("/api/cases/" + caseNumber + "/attachments/" + id, byte[].class);
    http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/" + caseNumber + "/notes", Map.of("text", note),
        String.class);
    uploadAnswer("caseworker", caseNumber, name, "application/pdf", "<html>".getBytes(StandardCharsets.UTF_8),
        Map.of("type", "passport"));

    assertThat(output.getAll()).doesNotContain(name, note, "%PDF-1.7");
    assertThat(runtime.getVariables(steps.instance(caseNumber)).values().toString()).doesNotContain(name, note);
  }

  @Test
  void aPhotoOfAPersonIsAPictureThatOpensAndIsPrintedOnTheirCertificate() throws Exception {
    CaseSteps steps = steps();
    String caseNumber = steps.file(CaseSteps.family());
    long head = steps.memberId(caseNumber, "Фарид");
    String certificate = jdbc.queryForObject("select number from certificate where holder_id = ? order by id limit 1",
        String.class, head);
    String pdfPath = "/cases/" + caseNumber + "/certificates/" + certificate + ".pdf";
    byte[] without = http.withBasicAuth("caseworker", "demo").getForObject(pdfPath, byte[].class);
    assertThat(images(without)).isZero();
    assertThat(new PdfTextExtractor(new PdfReader(without)).getTextFromPage(1)).contains("Место для фотографии");

    // a photo is of someone, and a picture: not a PDF, not bytes that only start like a JPEG
    for (var refused : List.of(Map.entry("personId", uploadAnswer("caseworker", caseNumber, "фото.png", "image/png", photo(),
            Map.of("type", "photo"))),
        Map.entry("file", uploadAnswer("caseworker", caseNumber, "фото.pdf", "application/pdf", PDF,
            Map.of("type", "photo", "personId", String.valueOf(head)))),
        Map.entry("file", uploadAnswer("caseworker", caseNumber, "фото.jpg", "image/jpeg", JPEG,
            Map.of("type", "photo", "personId", String.valueOf(head)))))) {
      assertThat(refused.getValue().getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(JSON.readTree(refused.getValue().getBody()).get("errors").has(refused.getKey()))
          .as(refused.getValue().getBody()).isTrue();
    }
    assertThat(stored(caseNumber)).isZero();

    JsonNode photo = upload("caseworker", caseNumber, "фото.png", "image/png", photo(),
        Map.of("type", "photo", "personId", String.valueOf(head)));
    assertThat(photo.get("kindLabel").asText()).isEqualTo("фотография для документов");
    byte[] with = http.withBasicAuth("caseworker", "demo").getForObject(pdfPath, byte[].class);
    assertThat(images(with)).isEqualTo(1);
    assertThat(new PdfTextExtractor(new PdfReader(with)).getTextFromPage(1)).contains(certificate)
        .doesNotContain("Место для фотографии");
  }

  /** A small real PNG: a grey 30 × 40 picture. */
  private static byte[] photo() throws Exception {
    var image = new BufferedImage(30, 40, BufferedImage.TYPE_INT_RGB);
    image.getGraphics().fillRect(5, 5, 20, 30);
    var out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static int images(byte[] pdf) throws Exception {
    int images = 0;
    try (PdfReader reader = new PdfReader(pdf)) {
      for (int i = 1; i < reader.getXrefSize(); i++) {
        if (PdfReader.getPdfObject(reader.getPdfObject(i)) instanceof PRStream stream
            && PdfName.IMAGE.equals(stream.get(PdfName.SUBTYPE))) {
          images++;
        }
      }
    }
    return images;
  }

  @Test
  void aFileNameIsKeptWithoutDirectoriesControlOrQuotingCharacters() {
    assertThat(Evidence.fileName("C:\\Users\\x\\справка \"МВД\";\u0000\u202E.pdf", FileType.PDF)).isEqualTo("справка МВД.pdf");
    assertThat(Evidence.fileName("../..", FileType.PNG)).isEqualTo("документ.png");
    assertThat(Evidence.fileName(null, FileType.JPEG)).isEqualTo("документ.jpeg");
  }

  private CaseSteps steps() {
    return new CaseSteps(http, runtime, tasks, management, identity);
  }

  private JsonNode upload(String user, String caseNumber, String name, String declared, byte[] content,
      Map<String, String> fields) throws Exception {
    ResponseEntity<String> answer = uploadAnswer(user, caseNumber, name, declared, content, fields);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
    return JSON.readTree(answer.getBody());
  }

  ResponseEntity<String> uploadAnswer(String user, String caseNumber, String name, String declared, byte[] content,
      Map<String, String> fields) {
    var body = new LinkedMultiValueMap<String, Object>();
    HttpHeaders partHeaders = new HttpHeaders();
    partHeaders.setContentType(MediaType.parseMediaType(declared));
    body.add("file", new HttpEntity<>(new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    }, partHeaders));
    fields.forEach(body::add);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, "demo").postForEntity("/api/cases/" + caseNumber + "/attachments",
        new HttpEntity<>(body, headers), String.class);
  }

  private long stored(String caseNumber) {
    return jdbc.queryForObject("select count(*) from attachment a join family_case c on c.id = a.case_id "
        + "where c.case_number = ?", Long.class, caseNumber);
  }

  private long readsWithin(String caseNumber, long expected) throws InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
    long reads = reads(caseNumber);
    while (reads < expected && System.nanoTime() < deadline) {
      Thread.sleep(20);
      reads = reads(caseNumber);
    }
    return reads;
  }

  private long reads(String caseNumber) {
    return jdbc.queryForObject("select count(*) from personal_data_read where case_number = ?", Long.class, caseNumber);
  }

  private HttpClient login(String user) throws Exception {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    var page = get(client, "/login");
    var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(token.find()).isTrue();
    var login = send(client, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo&_csrf="
            + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))));
    assertThat(login.statusCode()).isEqualTo(302);
    return client;
  }

  private HttpResponse<String> get(HttpClient client, String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
    return client.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder multipart(String path, String csrf, String fileName, byte[] content, String type) {
    String boundary = "----evidence" + System.nanoTime();
    var out = new ByteArrayOutputStream();
    out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
        .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n")
        .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"personId\"\r\n\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
  }

  static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }
}
