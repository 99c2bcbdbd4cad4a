package kz.migration.refugee;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The webapps in a real browser, as the demo's users see them: Russian by default, one login for all. A caseworker
 * logs in at the product's login page, claims the demo case's interview in Tasklist and completes its form; a
 * manager logs in once for Cockpit (in Russian), Tasklist and the dashboard, and Cockpit's logout ends them all;
 * the product's logout ends the webapps too. A newcomer's family goes from the start form to the manager's decision,
 * with the case page and its prints in between.
 * Screenshots are saved under {@code target/screenshots/}.
 */
@BrowserTest
// own context: the demo cases, which the caseworker finds in Tasklist as a fresh demo shows them
@OwnContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "refugee.demo.cases=true")
@ActiveProfiles({"test", "demo"})
class WebappBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String INTERVIEW = "Task_InterviewApplicant";
  /** The decision's embedded form: a list of the persons it covers. */
  private static final By DECISION_FORM = By.cssSelector("form[name=decisionForm]");

  @LocalServerPort int port;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired org.springframework.boot.test.web.client.TestRestTemplate http;

  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void startBrowser() throws Exception {
    Files.createDirectories(SCREENSHOTS);
    var options = new ChromeOptions();
    options.setBinary(BrowserTest.CHROMIUM.toFile());
    // A browser asking for English still gets Russian: English is chosen in the address, not by the browser.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--lang=en-US", "--window-size=1400,1000");
    var service = new ChromeDriverService.Builder().usingDriverExecutable(BrowserTest.CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1400, 1000));
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
  }

  @AfterEach
  void stopBrowser(org.junit.jupiter.api.TestInfo test) throws Exception {
    if (browser != null) {
      try {
        // the last screen and its HTML, for a look after a failure
        String name = "last-" + test.getTestMethod().orElseThrow().getName();
        screenshot(name);
        Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getPageSource());
      } finally {
        browser.quit();
      }
    }
  }

  @Test
  void aCaseworkerCompletesTheInterviewInRussianTasklist() throws Exception {
    // the demo cases awaiting their interview; the caseworker takes the first the list shows
    List<String> waiting = tasks.createTaskQuery().taskDefinitionKey(INTERVIEW).list().stream().map(t -> t.getId()).toList();
    assertThat(waiting).as("demo cases awaiting their interview").isNotEmpty();

    // anonymous: the product's login page, which brings the caseworker back to Tasklist
    browser.get(url("/camunda/app/tasklist/default/"));
    WebElement login = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form button[type=submit]")));
    assertThat(browser.getCurrentUrl()).isEqualTo(url("/login"));
    assertThat(login.getText()).isEqualTo("Войти");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Вход");
    assertThat(browser.findElement(By.name("username")).getAttribute("placeholder")).isEqualTo("Имя пользователя");
    assertThat(browser.findElement(By.name("password")).getAttribute("placeholder")).isEqualTo("Пароль");
    screenshot("01-login");

    logIn("caseworker");

    // the task list: the filter created for a fresh installation, Russian headings, the interview task
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(concat(' ', @class, ' '), ' task-filter ')][contains(normalize-space(.), 'Все задачи')]")))
        .click();
    WebElement taskInList = inList(
        By.xpath("//*[contains(@class,'tasks-list')]//a[contains(normalize-space(.), 'Провести собеседование')]"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Все задачи"));
    assertThat(bodyText()).contains("Все задачи", "Создана").doesNotContain("Created", "Filter Tasks");
    screenshot("02-tasklist-tasks");

    visible(taskInList).click();
    WebElement claim = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim")));
    assertThat(claim.getText()).isEqualTo("Взять в работу");
    claim.click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));

    // the form (Camunda Form, form-js): date, language, summary
    WebElement date = wait.until(ExpectedConditions.elementToBeClickable(fieldInput("input", "Field_interviewDate")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Номер дела: RS-"));
    date.click();
    // form-js's date picker (flatpickr) takes typed dates as mm/dd/yyyy; Enter sets the date, Escape closes it
    date.sendKeys(LocalDate.now().format(DateTimeFormatter.ofPattern("MM/dd/yyyy")), Keys.ENTER);
    date.sendKeys(Keys.ESCAPE);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open")));
    browser.findElement(By.cssSelector("[id$='Field_interviewLanguage-display']")).click();
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='Русский']"))).click();
    WebElement summary = browser.findElement(fieldInput("textarea", "Field_interviewSummary"));
    summary.click();
    summary.sendKeys("Заявитель описал угрозы со стороны вооружённой группировки и маршрут выезда через Душанбе.");
    screenshot("03-tasklist-interview-form");

    By interviewsInList = By.xpath("//*[contains(@class,'tasks-list')]//a[contains(normalize-space(.), 'Провести собеседование')]");
    int listed = browser.findElements(interviewsInList).size();
    // the form, with the appointment above it, scrolls in its pane: the button to the middle of it
    WebElement complete = visible(browser.findElement(By.xpath("//button[normalize-space(.)='Завершить']")));
    complete.click();
    // the interview leaves the list, and the task pane asks for the next task
    wait.until(ExpectedConditions.numberOfElementsToBe(interviewsInList, listed - 1));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Выберите задачу в списке."));
    screenshot("04-tasklist-interview-completed");

    List<String> stillWaiting = tasks.createTaskQuery().taskDefinitionKey(INTERVIEW).list().stream().map(t -> t.getId()).toList();
    List<String> completed = waiting.stream().filter(id -> !stillWaiting.contains(id)).toList();
    assertThat(completed).as("exactly one interview task is gone").hasSize(1);
    var done = history.createHistoricTaskInstanceQuery().taskId(completed.get(0)).singleResult();
    assertThat(done.getEndTime()).isNotNull();
    assertThat(done.getAssignee()).isEqualTo("caseworker");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(done.getProcessInstanceId())
        .variableName("interviewLanguage").singleResult().getValue()).isEqualTo("ru");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(done.getProcessInstanceId())
        .variableName("interviewDate").singleResult().getValue()).hasToString(LocalDate.now().toString());
    // the case moved on to the agency checks (asynchronous; the job executor is off in tests)
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(done.getProcessInstanceId())
        .activityId(INTERVIEW).finished().count()).isEqualTo(1);
  }

  @Test
  void oneLoginReachesCockpitTasklistAndTheDashboardAndTheLogoutEndsThemAll() throws Exception {
    browser.get(url("/login"));
    logIn("manager");
    wait.until(ExpectedConditions.urlContains("/camunda/app/welcome/default/"));

    browser.get(url("/camunda/app/cockpit/default/"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Определения процессов"));
    assertThat(bodyText()).doesNotContain("Process Definitions", "Log out");
    screenshot("05-cockpit-dashboard");

    browser.get(url("/camunda/app/cockpit/default/?lang=en#/dashboard"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Process Definitions"));
    screenshot("06-cockpit-dashboard-english");
    browser.get(url("/camunda/app/cockpit/default/?lang=ru#/dashboard"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Определения процессов"));
    screenshot("07-cockpit-dashboard-russian-again");

    // the same login: Tasklist and the managers' dashboard, no second login
    browser.get(url("/camunda/app/tasklist/default/"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Все задачи"));
    browser.get(url("/api/statistics/dashboard.html"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Статистика по беженцам"));
    assertThat(browser.getCurrentUrl()).isEqualTo(url("/api/statistics/dashboard.html"));
    screenshot("08-dashboard");

    // Cockpit's own logout ends the one login
    browser.get(url("/camunda/app/cockpit/default/#/dashboard"));
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".account .dropdown-toggle"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space(.)='Выйти']"))).click();
    wait.until(ExpectedConditions.urlToBe(url("/login?logout")));
    assertThat(bodyText()).contains("Вы вышли из системы.");
    screenshot("09-logged-out");
    for (String page : List.of("/camunda/app/cockpit/default/", "/camunda/app/tasklist/default/",
        "/api/statistics/dashboard.html")) {
      browser.get(url(page));
      wait.until(ExpectedConditions.urlToBe(url("/login")));
    }
  }

  @Test
  void theProductsLogoutEndsTheWebappsToo() throws Exception {
    browser.get(url("/api/audit/decisions.html"));
    wait.until(ExpectedConditions.urlToBe(url("/login")));
    logIn("auditor");
    // back to the page asked for
    wait.until(ExpectedConditions.urlToBe(url("/api/audit/decisions.html")));
    browser.get(url("/camunda/app/cockpit/default/"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Определения процессов"));

    // the audit page's «Выйти»: the logout page asks to confirm (a POST with the CSRF token)
    browser.get(url("/api/audit/decisions.html"));
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Выйти"))).click();
    wait.until(ExpectedConditions.urlToBe(url("/logout")));
    screenshot("10-logout-page");
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Выйти']"))).click();
    wait.until(ExpectedConditions.urlToBe(url("/login?logout")));
    browser.get(url("/camunda/app/cockpit/default/"));
    wait.until(ExpectedConditions.urlToBe(url("/login")));
    browser.get(url("/api/audit/decisions.html"));
    wait.until(ExpectedConditions.urlToBe(url("/login")));
  }

  /**
   * A newcomer's first family, from filing to the decision: the caseworker files it through the start form and lands
   * on its case page, finds the interview by the case number in «Задачи группы», sees the case in its «Дело» tab,
   * interviews, and assesses with the interview in front of them; the manager decides with the interview account and
   * the assessment on the decision form, then prints the notice and the refugee certificate from the case page and
   * reaches the dashboard in the same session; the logout ends all of them.
   */
  @Test
  void aNewcomerFilesAFamilyExaminesItAndAManagerDecidesWithTheFileInFront() throws Exception {
    browser.get(url("/camunda/app/tasklist/default/"));
    logIn("caseworker");
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Запустить процесс"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//*[contains(@class,'modal-content')]//a[contains(normalize-space(.), 'Ходатайство о признании беженцем')]")))
        .click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name=petitionForm]")));
    // the dates through the form's model (the browser's date picker is not the product's); the rest as typed
    LocalDate arrival = LocalDate.now().minusDays(3);
    browser.executeScript("""
        var scope = angular.element(document.querySelector('form[name=petitionForm]')).scope();
        var year = arguments[0], month = arguments[1], day = arguments[2];
        scope.$apply(function () {
          scope.petition.arrivalDate = new Date(year, month - 1, day);
          scope.petition.filingDate = new Date(year, month - 1, day);
        });""", arrival.getYear(), arrival.getMonthValue(), arrival.getDayOfMonth());
    new Select(browser.findElement(By.id("language"))).selectByVisibleText("Дари (персидский)");
    browser.findElement(By.id("address")).sendKeys("Алматы, центр временного размещения");
    WebElement head = browser.findElement(By.cssSelector("[ng-repeat^='member in']"));
    String surname = CaseSteps.uniqueSurname("Рахими");
    head.findElement(By.cssSelector("input[ng-model='member.surname']")).sendKeys(surname);
    head.findElement(By.cssSelector("input[ng-model='member.givenName']")).sendKeys("Джамшид");
    browser.executeScript("""
        var scope = angular.element(arguments[0]).scope();
        scope.$apply(function () { scope.member.dateOfBirth = new Date(1975, 2, 4); });""",
        head.findElement(By.cssSelector("input[ng-model='member.dateOfBirth']")));
    new Select(head.findElement(By.cssSelector("select[ng-model='member.sex']"))).selectByVisibleText("Мужской");
    new Select(head.findElement(By.cssSelector("select[ng-model='member.citizenship']")))
        .selectByVisibleText("Афганистан (AF)");
    wait.until(d -> new Select(head.findElement(By.cssSelector("select[ng-model='member.ethnicity']"))).getOptions()
        .size() > 2);
    new Select(head.findElement(By.cssSelector("select[ng-model='member.ethnicity']"))).selectByVisibleText("хазарейцы");
    screenshot("11-start-form");
    browser.findElement(By.cssSelector(".modal-footer button.btn-primary")).click();

    // filed: the case page of this petition, with its case number and the asylum-seeker certificate
    wait.until(ExpectedConditions.urlMatches(".*/cases/RS-\\d{4}-\\d{6}$"));
    String caseNumber = browser.getCurrentUrl().replaceAll(".*/cases/", "");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Дело " + caseNumber));
    assertThat(bodyText()).contains(surname, "хазарейцы", "свидетельство лица, ищущего убежище №");
    screenshot("12-case-after-filing");

    // the interview is appointed first, through its Tasklist form: today, 10:00, a room
    openGroupTask(caseNumber, "Назначить собеседование");
    claimAndOpenForm();
    WebElement day = wait.until(ExpectedConditions.elementToBeClickable(fieldInput("input", "Field_appointmentDate")));
    day.click();
    day.sendKeys(LocalDate.now().format(DateTimeFormatter.ofPattern("MM/dd/yyyy")), Keys.ENTER);
    day.sendKeys(Keys.ESCAPE);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open")));
    WebElement time = visible(browser.findElement(fieldInput("input", "Field_appointmentTime")));
    time.click();
    time.sendKeys("10:00", Keys.ENTER);
    type("input", "Field_appointmentPlace", "Управление миграции, каб. 12");
    screenshot("13a-schedule-interview-form");
    completeForm();

    // the family's interview in Tasklist, found by its case number, and its case in the «Дело» tab
    openGroupTask(caseNumber, "Провести собеседование");
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Дело"))).click();
    wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.cssSelector("iframe[title='Дело']")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Дело " + caseNumber));
    browser.switchTo().defaultContent();
    screenshot("13-interview-case-tab");

    String account = "Заявитель рассказал о нападениях на хазарейцев в его районе и об угрозах его семье.";
    claimAndOpenForm();
    // an empty form: form-js's own messages, in Russian
    visible(browser.findElement(By.xpath("//button[normalize-space(.)='Завершить']"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"), "Обязательное поле."));
    assertThat(browser.findElement(By.cssSelector(".fjs-form")).getText()).doesNotContain("Field is required");
    // Tasklist's own notice of the refused submission covers the buttons until it is closed
    for (WebElement close : browser.findElements(By.cssSelector(".page-notifications .alert .close"))) {
      if (close.isDisplayed()) {
        close.click();
      }
    }
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".page-notifications .alert")));
    WebElement date = wait.until(ExpectedConditions.elementToBeClickable(fieldInput("input", "Field_interviewDate")));
    date.click();
    // form-js's date picker (flatpickr) takes typed dates as mm/dd/yyyy; Enter sets the date, Escape closes it
    date.sendKeys(LocalDate.now().format(DateTimeFormatter.ofPattern("MM/dd/yyyy")), Keys.ENTER);
    date.sendKeys(Keys.ESCAPE);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open")));
    choose("Field_interviewLanguage", "Дари (персидский)");
    type("textarea", "Field_interviewSummary", account);
    completeForm();
    // the checks with the police and national security wait in asynchronous jobs: run them as the job executor would
    new CaseSteps(null, runtime, tasks, management, identity).runAgencyChecks(caseNumber);

    // the assessment, with the interview account on its form
    String facts = "Рассказ последователен и согласуется со сведениями о положении хазарейцев в стране.";
    openGroupTask(caseNumber, "Подготовить заключение");
    claimAndOpenForm();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"), account));
    type("textarea", "Field_assessmentFacts", facts);
    // form-js's own "Select" in an empty drop-down is replaced by the product's Tasklist styles
    assertThat(browser.executeScript("return getComputedStyle(document.querySelector(\"[id$='Field_credibility-display']\"),"
        + " '::before').content")).isEqualTo("\"Выберите…\"");
    choose("Field_credibility", "Достоверны");
    visible(browser.findElement(fieldInput("input", "Field_wellFoundedFear"))).click();
    choose("Field_assessmentRecommendation", "Присвоить статус");
    screenshot("14-assessment-form");
    completeForm();
    logOut();

    // the manager decides with the file in front of them, person by person (here one)
    logIn("manager");
    openGroupTask(caseNumber, "Принять решение");
    claimAndOpen(DECISION_FORM);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(DECISION_FORM, facts));
    String form = browser.findElement(DECISION_FORM).getText();
    assertThat(form).contains(caseNumber, surname, account, facts, "Достоверность показаний: достоверны",
        "Рекомендация исполнителя: присвоить статус", "Правило: R2", "Лицо 1", "Рекомендация по правилам: присвоить статус");
    screenshot("15-decision-form");
    new Select(visible(browser.findElement(By.id("outcome0"))))
        .selectByVisibleText("Присвоить статус беженца (собственные основания)");
    new Select(visible(browser.findElement(By.id("legalGround0"))))
        .selectByVisibleText("Ст. 1 Закона «О беженцах»: обоснованные опасения преследования");
    visible(browser.findElement(By.id("reasons0")))
        .sendKeys("Обоснованные опасения преследования по признаку этнической принадлежности.");
    completeEmbeddedForm();

    // the case page: the decision, the notice and the refugee certificate in print
    browser.get(url("/cases/" + caseNumber));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Дело " + caseNumber));
    assertThat(bodyText()).contains(account, facts, "присвоить статус беженца", "удостоверение беженца №");
    screenshot("16-case-decided");
    String notice = browser.findElement(By.partialLinkText("Уведомление о решении")).getAttribute("href");
    String certificate = browser.findElement(By.partialLinkText("Печать: удостоверение беженца")).getAttribute("href");
    for (String pdf : List.of(notice, certificate)) {
      assertThat(fetchedInSession(pdf)).as(pdf).isEqualTo("200 application/pdf %PDF");
    }

    // the same session: the dashboard; the product's logout ends the case page and the webapps
    browser.get(url("/api/statistics/dashboard.html"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Статистика по беженцам"));
    screenshot("17-dashboard-after-decision");
    logOut();
    for (String page : List.of("/cases/" + caseNumber, "/camunda/app/tasklist/default/",
        "/api/statistics/dashboard.html")) {
      browser.get(url(page));
      wait.until(ExpectedConditions.urlToBe(url("/login")));
    }
    assertThat(fetchedInSession(notice)).startsWith("401");
  }

  /**
   * A family of four decided person by person in Tasklist: the head on his own grounds, his wife by family unity on
   * her written consent, the adult son refused on his own assessment, the daughter following her father. Four
   * outcomes, two refugee certificates, one notice naming all four; the son's refusal waits for its service.
   */
  @Test
  void aManagerDecidesAFamilyOfFourPersonByPersonInTasklist() throws Exception {
    var steps = new CaseSteps(http, runtime, tasks, management, identity);
    String surname = CaseSteps.uniqueSurname("Хайдари");
    var random = java.util.concurrent.ThreadLocalRandom.current();
    String caseNumber = steps.file(Map.of("arrivalDate", LocalDate.now().minusDays(3).toString(),
        "filingDate", LocalDate.now().toString(), "language", "fa", "address", "Алматы, центр временного размещения",
        "members", List.of(
            Map.of("role", "head", "surname", surname, "givenName", "Мохаммад", "dateOfBirth", "1972-01-15",
                "sex", "male", "citizenship", "AF", "documentType", "passport", "documentNumber", "P" + random.nextInt(1_000_000_000)),
            Map.of("role", "spouse", "surname", surname, "givenName", "Фатима", "dateOfBirth", "1976-06-02",
                "sex", "female", "citizenship", "AF", "documentType", "passport", "documentNumber", "S" + random.nextInt(1_000_000_000)),
            Map.of("role", "child", "surname", surname, "givenName", "Джавад", "dateOfBirth", "2002-09-10",
                "sex", "male", "citizenship", "AF", "documentType", "passport", "documentNumber", "J" + random.nextInt(1_000_000_000)),
            Map.of("role", "child", "surname", surname, "givenName", "Марьям", "dateOfBirth", "2015-02-20",
                "sex", "female", "citizenship", "AF"))));
    steps.complete(caseNumber, INTERVIEW, "caseworker", Map.of("interviewDate", LocalDate.now().toString(),
        "interviewLanguage", "fa", "interviewSummary", "Глава семьи описал угрозы со стороны вооружённой группы."));
    steps.runAgencyChecks(caseNumber);
    // each adult's own assessment: the head with grounds, the wife and the son without
    long headId = steps.memberId(caseNumber, "Мохаммад");
    for (var task : tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey("Task_AssessPetition")
        .list()) {
      long person = (Long) tasks.getVariable(task.getId(), "personId");
      boolean head = person == headId;
      identity.setAuthentication("caseworker", List.of("caseworkers"));
      try {
        tasks.claim(task.getId(), "caseworker");
        tasks.complete(task.getId(), Map.of("assessmentFacts", head ? "Угрозы подтверждены сведениями о стране."
                : "Собственных угроз не описано.", "credibility", "credible", "wellFoundedFear", head,
            "exclusionIndicators", false, "assessmentRecommendation", head ? "grant" : "refer"));
      } finally {
        identity.clearAuthentication();
      }
    }

    browser.get(url("/camunda/app/tasklist/default/"));
    logIn("manager");
    openGroupTask(caseNumber, "Принять решение");
    claimAndOpen(DECISION_FORM);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(DECISION_FORM, "Лицо 4"));
    String head = surname + " Мохаммад";
    assertThat(browser.findElement(DECISION_FORM).getText()).contains(head, surname + " Фатима", surname + " Джавад",
        surname + " Марьям", "Ребёнок: его статус следует статусу родителя.");
    new Select(visible(browser.findElement(By.id("outcome0"))))
        .selectByVisibleText("Присвоить статус беженца (собственные основания)");
    new Select(browser.findElement(By.id("legalGround0")))
        .selectByVisibleText("Ст. 1 Закона «О беженцах»: обоснованные опасения преследования");
    browser.findElement(By.id("reasons0")).sendKeys("Обоснованные опасения преследования со стороны вооружённой группы.");
    new Select(visible(browser.findElement(By.id("outcome1"))))
        .selectByVisibleText("Присвоить производный статус (единство семьи, с согласия)");
    new Select(browser.findElement(By.id("followsPersonId1"))).selectByVisibleText(head);
    // the date through the form's model (the browser's date picker is not the product's)
    browser.executeScript("""
        var scope = angular.element(arguments[0]).scope();
        scope.$apply(function () { scope.row.consentOn = new Date(); });""", browser.findElement(By.id("consentOn1")));
    new Select(visible(browser.findElement(By.id("outcome2")))).selectByVisibleText("Отказать в присвоении статуса");
    new Select(browser.findElement(By.id("legalGround2")))
        .selectByVisibleText("Отказ: отсутствие обоснованных опасений преследования");
    browser.findElement(By.id("reasons2")).sendKeys("Собственных опасений преследования не установлено, показания расходятся.");
    new Select(visible(browser.findElement(By.id("followsPersonId3")))).selectByVisibleText(head);
    screenshot("18-decision-per-person");
    completeEmbeddedForm();

    // four outcomes on the case page, two refugee certificates, the son's refusal to be served
    browser.get(url("/cases/" + caseNumber));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Дело " + caseNumber));
    assertThat(bodyText()).contains("присвоить статус одним членам семьи, отказать другим",
        "статус беженца присвоен — по собственным основаниям", "по принципу единства семьи, вместе с " + head,
        "отказано — по собственным основаниям", "следует статусу родителя: " + head);
    assertThat(browser.findElements(By.partialLinkText("Печать: удостоверение беженца"))).hasSize(2);
    screenshot("19-case-per-person");
    ResponseEntity<byte[]> notice = http.withBasicAuth("manager", "demo")
        .getForEntity("/api/cases/{n}/decision-notice", byte[].class, caseNumber);
    try (var pdf = new com.lowagie.text.pdf.PdfReader(notice.getBody())) {
      var text = new StringBuilder();
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        text.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(pdf).getTextFromPage(page));
      }
      assertThat(text.toString().replaceAll("\\s+", " ")).contains("Мохаммад", "Фатима", "Джавад", "Марьям",
          "в присвоении статуса беженца отказано");
    }
    assertThat(steps.task(caseNumber, "Task_RecordNoticeService")).as("the son's refusal is to be served").isNotNull();
  }

  @Test
  void aCaseworkerFilesAPassportScanFromTheTasksCaseTabAndPlacesTheFamilyThroughItsForm() throws Exception {
    var steps = new CaseSteps(http, runtime, tasks, management, identity);
    Map<String, Object> family = new java.util.HashMap<>(CaseSteps.family());
    family.put("needsHousing", true);
    String caseNumber = steps.fileOnly(family);
    Path scan = Files.createTempFile("паспорт-", ".pdf");
    Files.write(scan, "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes());

    browser.get(url("/camunda/app/tasklist/default/"));
    logIn("caseworker");
    openGroupTask(caseNumber, "Разместить семью в центре");
    // the case beside the task: the passport scan filed from the «Дело» tab
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Дело"))).click();
    WebElement tab = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("iframe[title='Дело']")));
    browser.switchTo().frame(tab);
    WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("form[enctype='multipart/form-data']")));
    new Select(upload.findElement(By.name("type"))).selectByVisibleText("скан паспорта");
    Select person = new Select(upload.findElement(By.name("personId")));
    String head = person.getOptions().get(1).getText();
    person.selectByIndex(1);
    upload.findElement(By.name("file")).sendKeys(scan.toAbsolutePath().toString());
    upload.findElement(By.name("note")).sendKeys("страницы с фотографией и визой");
    visible(upload.findElement(By.cssSelector("button[type=submit]"))).click();
    wait.until(d -> d.findElement(By.tagName("body")).getText().contains(scan.getFileName().toString()));
    assertThat((String) browser.executeScript("return location.href;")).contains("?framed");
    assertThat(bodyText()).contains("скан паспорта", head, "страницы с фотографией и визой");
    assertThat(browser.findElements(By.cssSelector(".product-header"))).as("still framed").isEmpty();
    visible(browser.findElement(By.id("documents-materials")));
    browser.switchTo().defaultContent();
    screenshot("20-tasklist-case-tab-passport-scan");

    // the placement through the task's own form: the demo centre, today
    claimAndOpenForm();
    chooseContaining("Field_centreId", "Алатау");
    WebElement day = wait.until(ExpectedConditions.elementToBeClickable(fieldInput("input", "Field_placedOn")));
    day.click();
    day.sendKeys(LocalDate.now().format(DateTimeFormatter.ofPattern("MM/dd/yyyy")), Keys.ENTER);
    day.sendKeys(Keys.ESCAPE);
    screenshot("21-tasklist-place-family-form");
    completeForm();

    browser.get(url("/cases/" + caseNumber));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Дело " + caseNumber));
    String placed = browser.findElement(By.xpath("//h2[@id='placements']/following-sibling::table[1]")).getText();
    assertThat(placed).contains(head, "Алатау", LocalDate.now().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    visible(browser.findElement(By.id("placements")));
    screenshot("22-case-placed");
    Files.deleteIfExists(scan);
  }

  /** Tasklist's «Задачи группы», the task of this case (the filter lists the case number beside each task). */
  private void openGroupTask(String caseNumber, String taskName) {
    browser.get(url("/camunda/app/tasklist/default/"));
    By groupTasks = By.xpath(
        "//*[contains(concat(' ', @class, ' '), ' task-filter ')][contains(normalize-space(.), 'Задачи группы')]");
    try {
      new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(groupTasks));
    } catch (org.openqa.selenium.TimeoutException e) {
      // seen once on a loaded machine: Tasklist kept its loading spinner after a login; a person reloads the page
      browser.navigate().refresh();
    }
    wait.until(ExpectedConditions.elementToBeClickable(groupTasks)).click();
    By task = By.xpath("//*[contains(@class,'tasks-list')]"
        + "//*[contains(@class,'task') and contains(., '" + caseNumber + "')]"
        + "//a[contains(normalize-space(.), '" + taskName + "')]");
    // a long list runs under Tasklist's footer: the task to the middle first, as a person scrolls to it
    visible(inList(task));
    wait.until(ExpectedConditions.elementToBeClickable(task)).click();
  }

  /** An entry of Tasklist's list, paging on (‹ 1 2 › below the list) as a person does until it shows. */
  private WebElement inList(By entry) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tasks-list li.task")));
    for (int page = 0; page < 20; page++) {
      List<WebElement> found = browser.findElements(entry);
      if (!found.isEmpty()) {
        return wait.until(ExpectedConditions.elementToBeClickable(visible(found.get(0))));
      }
      List<WebElement> next = browser.findElements(By.cssSelector(".tasks-list .pagination-next:not(.disabled) a"));
      if (next.isEmpty()) {
        break; // the last page
      }
      WebElement first = browser.findElement(By.cssSelector(".tasks-list li.task"));
      visible(next.get(0)).click();
      wait.until(ExpectedConditions.stalenessOf(first));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tasks-list li.task")));
    }
    return wait.until(ExpectedConditions.elementToBeClickable(entry));
  }

  /** «Взять в работу» and the task's form tab. */
  private void claimAndOpenForm() {
    claimAndOpen(By.cssSelector(".fjs-form"));
  }

  /** «Взять в работу» and the task's form tab, its form located by {@code form}. */
  private void claimAndOpen(By form) {
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Форма"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(form));
  }

  /** «Завершить» on an embedded form, enabled once every required field is filled. */
  private void completeEmbeddedForm() {
    By complete = By.xpath("//button[normalize-space(.)='Завершить']");
    visible(browser.findElement(complete));
    wait.until(ExpectedConditions.elementToBeClickable(complete)).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Выберите задачу в списке."));
  }

  /** A form-js select: its display, then the option by its label. */
  private void choose(String fieldId, String label) {
    visible(browser.findElement(By.cssSelector("[id$='" + fieldId + "-display']")));
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='" + fieldId + "-display']"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='" + label + "']"))).click();
  }

  /** A form-js select: its display, then the first option whose label contains {@code text}. */
  private void chooseContaining(String fieldId, String text) {
    visible(browser.findElement(By.cssSelector("[id$='" + fieldId + "-display']")));
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='" + fieldId + "-display']"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and contains(normalize-space(.), '" + text + "')]")))
        .click();
  }

  private void type(String element, String fieldId, String text) {
    WebElement input = visible(browser.findElement(fieldInput(element, fieldId)));
    input.click();
    input.sendKeys(text);
  }

  /** A long form scrolls in its pane: the field to the middle of it, as a person scrolls to it. */
  private WebElement visible(WebElement element) {
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    return element;
  }

  /**
   * «Завершить», once form-js has checked the last field (it checks a field when it is left, and Tasklist keeps the
   * button disabled while a check fails): the task leaves the pane, which asks for the next one.
   */
  private void completeForm() {
    // leaving the last field, as a person does on the way to the button
    browser.executeScript("document.activeElement.blur();");
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".fjs-form-field-error"), 0));
    By complete = By.xpath("//button[normalize-space(.)='Завершить']");
    visible(browser.findElement(complete));
    wait.until(ExpectedConditions.elementToBeClickable(complete)).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Выберите задачу в списке."));
  }

  /** The product's logout page and its confirmation. */
  private void logOut() {
    browser.get(url("/logout"));
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Выйти']"))).click();
    wait.until(ExpectedConditions.urlToBe(url("/login?logout")));
  }

  /** Status, type and the body's first bytes of an address fetched with the browser's session, as a link opens it. */
  private String fetchedInSession(String address) {
    return (String) browser.executeAsyncScript("""
        var done = arguments[arguments.length - 1];
        fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual', headers: {Accept: 'application/pdf'}})
          .then(function (r) { return r.arrayBuffer().then(function (b) {
            var head = String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 4)));
            done(r.status + ' ' + (r.headers.get('Content-Type') || '').split(';')[0] + ' ' + head); }); })
          .catch(function (e) { done('error ' + e); });""", address);
  }

  /** The product's login form, on the page the browser is at. */
  private void logIn(String user) {
    wait.until(ExpectedConditions.elementToBeClickable(By.name("username"))).sendKeys(user);
    browser.findElement(By.name("password")).sendKeys("demo");
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    // logged in once the login page is left: a page opened before that would race the login's own redirect
    wait.until(d -> !d.getCurrentUrl().contains("/login"));
  }

  /** form-js prefixes the ids of a Camunda Form's fields with the form's id. */
  private By fieldInput(String element, String fieldId) {
    return By.cssSelector(element + "[id*='" + fieldId + "']");
  }

  private String bodyText() {
    return browser.findElement(By.tagName("body")).getText();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void screenshot(String name) throws Exception {
    Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }
}
