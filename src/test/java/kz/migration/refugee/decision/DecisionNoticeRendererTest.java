package kz.migration.refugee.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionNoticeRendererTest {

    private static final String CASE_NUMBER = "RS-2026-000123";
    private static final String APPLICANT = "Ахмади Мохаммад";

    private final DecisionNoticeRenderer renderer = new DecisionNoticeRenderer();

    @Test
    void grantNoticeStatesTheCaseApplicantAndGrantedOutcome() throws IOException {
        String text = textOf(renderer.render(grant()));

        assertThat(text)
                .contains("УВЕДОМЛЕНИЕ О РЕШЕНИИ ПО ХОДАТАЙСТВУ О ПРИСВОЕНИИ СТАТУСА БЕЖЕНЦА")
                .contains(CASE_NUMBER)
                .contains(APPLICANT)
                .contains("Дата решения")
                .contains("10.03.2026")
                .contains("статус беженца присвоен")
                .contains("Решение принял: Сейткали А. Б.")
                .doesNotContain("отказано");
    }

    @Test
    void grantNoticeStatesTheRefugeeCertificateAndItsValidity() throws IOException {
        String text = textOf(renderer.render(grant()));

        assertThat(text).contains("Удостоверение беженца № УБ-0004567, действительно до 09.03.2027");
        assertThat(text).doesNotContain("обжаловано");
    }

    @Test
    void refusalNoticeStatesTheRefusedOutcome() throws IOException {
        String text = textOf(renderer.render(refusal()));

        assertThat(text)
                .contains(CASE_NUMBER)
                .contains(APPLICANT)
                .contains("в присвоении статуса беженца отказано")
                .contains("Правовое основание")
                .doesNotContain("Удостоверение беженца");
    }

    @Test
    void refusalNoticeStatesTheAppealDeadline() throws IOException {
        String text = textOf(renderer.render(refusal()));

        assertThat(text).contains(
                "Решение может быть обжаловано до 09.04.2026 в вышестоящий орган или в суд.");
    }

    @Test
    void noticeEmbedsTheDejaVuFontAsSubset() throws IOException {
        List<PageFont> fonts = pageFonts(renderer.render(refusal()));

        assertThat(fonts)
                .isNotEmpty()
                .allSatisfy(font -> {
                    assertThat(font.baseFont()).matches("[A-Z]{6}\\+DejaVuSans.*");
                    assertThat(font.embedded()).as("FontFile2 of %s", font.baseFont()).isTrue();
                });
    }

    @Test
    void noticeMetadataCarriesTheTitleButNoPersonalData() throws IOException {
        PdfReader reader = new PdfReader(renderer.render(grant()));
        try {
            Map<String, String> info = reader.getInfo();

            assertThat(info.get("Title")).isEqualTo(DecisionNoticeRenderer.DOCUMENT_TITLE);
            assertThat(info.get("Creator")).isNotBlank();
            assertThat(info.values()).noneMatch(value -> value.contains("Ахмади")
                    || value.contains(CASE_NUMBER));
        } finally {
            reader.close();
        }
    }

    @Test
    void aNoticeCoversAtLeastOnePerson() {
        assertThatThrownBy(() -> new DecisionNoticeContent(CASE_NUMBER, APPLICANT,
                LocalDate.of(2026, 3, 10), "Сейткали А. Б.", LocalDate.of(2026, 4, 9), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one person");
    }

    @Test
    void aNoticeOnAFamilyNamesEveryPersonWithTheirOwnOutcome() throws IOException {
        var head = new DecisionNoticeContent.Person(APPLICANT, LocalDate.of(1975, 1, 15), true,
                "по собственным основаниям", "статья 12 Закона Республики Казахстан «О беженцах»",
                "Заявитель обоснованно опасается преследования по признаку национальности.", "УБ-0004567",
                LocalDate.of(2027, 3, 9));
        var son = new DecisionNoticeContent.Person("Ахмади Джавад", LocalDate.of(2003, 5, 2), false,
                "по собственным основаниям", "подпункт 1 статьи 13 Закона Республики Казахстан «О беженцах»",
                "Собственных опасений преследования не установлено.", null, null);
        var daughter = new DecisionNoticeContent.Person("Ахмади Марьям", LocalDate.of(2016, 2, 20), true,
                "следует статусу родителя: " + APPLICANT, null, null, "УБ-0004567", LocalDate.of(2027, 3, 9));
        String text = textOf(renderer.render(new DecisionNoticeContent(CASE_NUMBER, APPLICANT,
                LocalDate.of(2026, 3, 10), "Сейткали А. Б.", LocalDate.of(2026, 4, 9), List.of(head, son, daughter))));

        assertThat(text)
                .contains("1. " + APPLICANT + ", 15.01.1975")
                .contains("2. Ахмади Джавад, 02.05.2003")
                .contains("3. Ахмади Марьям, 20.02.2016")
                .contains("статус беженца присвоен")
                .contains("в присвоении статуса беженца отказано")
                .contains("следует статусу родителя: " + APPLICANT)
                .contains("Собственных опасений преследования не установлено.")
                // someone was refused: the notice says until when they may appeal
                .contains("Решение может быть обжаловано до 09.04.2026");
    }

    private static DecisionNoticeContent grant() {
        return new DecisionNoticeContent(CASE_NUMBER, APPLICANT, LocalDate.of(2026, 3, 10), "Сейткали А. Б.", null,
                List.of(new DecisionNoticeContent.Person(APPLICANT, LocalDate.of(1975, 1, 15), true,
                        "по собственным основаниям", "статья 12 Закона Республики Казахстан «О беженцах»",
                        "Заявитель обоснованно опасается стать жертвой преследований в стране гражданской "
                                + "принадлежности по признаку принадлежности к определённой социальной группе; "
                                + "сведения о стране происхождения подтверждают изложенные обстоятельства.",
                        "УБ-0004567", LocalDate.of(2027, 3, 9))));
    }

    private static DecisionNoticeContent refusal() {
        return new DecisionNoticeContent(CASE_NUMBER, APPLICANT, LocalDate.of(2026, 3, 10), "Сейткали А. Б.",
                LocalDate.of(2026, 4, 9),
                List.of(new DecisionNoticeContent.Person(APPLICANT, LocalDate.of(1975, 1, 15), false,
                        "по собственным основаниям", "подпункт 1 статьи 13 Закона Республики Казахстан «О беженцах»",
                        "Обстоятельства, указанные заявителем, не подтверждают обоснованных опасений "
                                + "преследования; заявитель может воспользоваться защитой страны гражданской "
                                + "принадлежности.", null, null)));
    }

    /** All pages' text with whitespace (including line breaks from wrapping) collapsed. */
    private static String textOf(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    private record PageFont(String baseFont, boolean embedded) {
    }

    /** The fonts used on the pages, and whether their glyph program (FontFile2) is embedded. */
    private static List<PageFont> pageFonts(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            List<PageFont> found = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
                PdfDictionary fonts = resources.getAsDict(PdfName.FONT);
                for (PdfName key : fonts.getKeys()) {
                    PdfDictionary font = (PdfDictionary) PdfReader.getPdfObject(fonts.get(key));
                    PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
                    PdfDictionary cidFont = descendants == null ? font
                            : (PdfDictionary) PdfReader.getPdfObject(descendants.getPdfObject(0));
                    PdfDictionary descriptor = cidFont.getAsDict(PdfName.FONTDESCRIPTOR);
                    PdfObject fontFile = descriptor == null ? null : descriptor.get(PdfName.FONTFILE2);
                    String baseFont = PdfName.decodeName(font.getAsName(PdfName.BASEFONT).toString());
                    found.add(new PageFont(baseFont, fontFile != null));
                }
            }
            return found;
        } finally {
            reader.close();
        }
    }
}
