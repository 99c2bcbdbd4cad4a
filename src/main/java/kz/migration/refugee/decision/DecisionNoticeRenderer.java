package kz.migration.refugee.decision;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import kz.migration.refugee.shared.PdfParts;
import org.springframework.stereotype.Component;

/**
 * Renders the printable (A4, PDF) notice of a decision on a refugee-status petition.
 *
 * <p>The DejaVu fonts are loaded once from the classpath (so this works from inside a jar)
 * and embedded as subsets with Identity-H encoding, which covers Cyrillic.
 * No personal data is written to the PDF metadata, logs or exception messages.
 */
@Component
class DecisionNoticeRenderer {

    static final String DOCUMENT_TITLE =
            "Уведомление о решении по ходатайству о присвоении статуса беженца";

    private static final String REGULAR_FONT = "/fonts/DejaVuSans.ttf";
    private static final String BOLD_FONT = "/fonts/DejaVuSans-Bold.ttf";

    private static final String AUTHORITY =
            "Местный исполнительный орган города Алматы / Управление миграции";
    private static final String TITLE =
            "УВЕДОМЛЕНИЕ О РЕШЕНИИ ПО ХОДАТАЙСТВУ О ПРИСВОЕНИИ СТАТУСА БЕЖЕНЦА";
    private static final String GRANTED = "статус беженца присвоен";
    private static final String REFUSED = "в присвоении статуса беженца отказано";
    private static final String NOT_SPECIFIED = "—";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Font headingFont;
    private final Font titleFont;
    private final Font labelFont;
    private final Font textFont;

    DecisionNoticeRenderer() {
        BaseFont regular = PdfParts.font(REGULAR_FONT);
        BaseFont bold = PdfParts.font(BOLD_FONT);
        this.headingFont = new Font(regular, 9);
        this.titleFont = new Font(bold, 12);
        this.labelFont = new Font(bold, 10);
        this.textFont = new Font(regular, 10);
    }

    byte[] render(DecisionNoticeContent content) {
        if (content == null) {
            throw new IllegalArgumentException("content must not be null");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(DOCUMENT_TITLE);
            document.addCreator("ИС «Статус беженца» — Управление миграции");
            document.open();

            Paragraph heading = new Paragraph(AUTHORITY, headingFont);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(18);
            document.add(heading);

            Paragraph title = new Paragraph(TITLE, titleFont);
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(18);
            document.add(title);

            PdfPTable facts = new PdfPTable(new float[] {32, 68});
            facts.setWidthPercentage(100);
            facts.setSpacingAfter(14);
            addRow(facts, "Номер дела", content.caseNumber());
            addRow(facts, "Заявитель", orDash(content.applicantName()));
            addRow(facts, "Дата решения", format(content.decidedOn()));
            document.add(facts);

            // every person the decision covers, each with their own outcome
            int n = 0;
            for (DecisionNoticeContent.Person person : content.persons()) {
                Paragraph name = new Paragraph(++n + ". " + person.name() + ", " + format(person.bornOn())
                        + " г. р.", labelFont);
                name.setSpacingAfter(4);
                document.add(name);
                PdfPTable table = new PdfPTable(new float[] {32, 68});
                table.setWidthPercentage(100);
                table.setSpacingAfter(6);
                addRow(table, "Решение", person.granted() ? GRANTED : REFUSED);
                addRow(table, "Основание", orDash(person.basis()));
                if (!isBlank(person.legalGround())) {
                    addRow(table, "Правовое основание", person.legalGround());
                }
                document.add(table);
                if (person.granted() && !isBlank(person.certificateNumber())) {
                    Paragraph certificate = new Paragraph(certificateLine(person), textFont);
                    certificate.setSpacingAfter(6);
                    document.add(certificate);
                }
                if (!isBlank(person.reasons())) {
                    Paragraph reasons = new Paragraph("Мотивировка: " + person.reasons(), textFont);
                    reasons.setAlignment(Element.ALIGN_JUSTIFIED);
                    reasons.setLeading(14);
                    reasons.setSpacingAfter(12);
                    document.add(reasons);
                }
            }

            if (content.anyRefused()) {
                Paragraph appeal = new Paragraph(appealLine(content), textFont);
                appeal.setSpacingBefore(6);
                appeal.setSpacingAfter(24);
                document.add(appeal);
            }

            document.add(new Paragraph("Решение принял: " + orDash(content.decidedBy()), textFont));

            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Failed to render the decision notice PDF", e);
        }
        return out.toByteArray();
    }

    private void addRow(PdfPTable table, String label, String value) {
        table.addCell(PdfParts.cell(new Phrase(label, labelFont)));
        table.addCell(PdfParts.cell(new Phrase(value, textFont)));
    }

    private static String certificateLine(DecisionNoticeContent.Person person) {
        String line = "Удостоверение беженца № " + person.certificateNumber();
        if (person.certificateValidUntil() != null) {
            line += ", действительно до " + format(person.certificateValidUntil());
        }
        return line + ".";
    }

    private static String appealLine(DecisionNoticeContent content) {
        if (content.appealDueOn() == null) {
            return "Решение может быть обжаловано в вышестоящий орган или в суд "
                    + "в порядке, установленном законодательством.";
        }
        return "Решение может быть обжаловано до " + format(content.appealDueOn())
                + " в вышестоящий орган или в суд.";
    }

    private static String format(LocalDate date) {
        return date == null ? NOT_SPECIFIED : DATE.format(date);
    }

    private static String orDash(String value) {
        return isBlank(value) ? NOT_SPECIFIED : value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
