package kz.migration.refugee.casefile;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import kz.migration.refugee.shared.PdfParts;
import org.springframework.stereotype.Component;

/**
 * Renders a printable certificate (A4, PDF): the asylum-seeker certificate or the refugee certificate, with its
 * holder and the family members recorded on it. DejaVu is embedded (Identity-H) for Cyrillic and every other
 * script a name may be written in; no personal data goes into the PDF's metadata.
 */
@Component
class CertificateRenderer {

  private static final String AUTHORITY = "Местный исполнительный орган города Алматы / Управление миграции";

  /** A photograph's size on the document: 3 × 4 cm, as on identity documents. */
  private static final float PHOTO_WIDTH = 85;
  private static final float PHOTO_HEIGHT = 113;

  /** What a certificate shows; every value already Russian text. {@code photo}: the holder's, JPEG or PNG, or null. */
  record Content(boolean refugee, String number, String caseNumber, String holder, String holderBorn,
      String holderCitizenship, String members, String issuedOn, String validUntil, String status, byte[] photo) {}

  private final Font small;
  private final Font title;
  private final Font label;
  private final Font text;

  CertificateRenderer() {
    BaseFont regular = PdfParts.font("/fonts/DejaVuSans.ttf");
    BaseFont bold = PdfParts.font("/fonts/DejaVuSans-Bold.ttf");
    small = new Font(regular, 9);
    title = new Font(bold, 14);
    label = new Font(bold, 10);
    text = new Font(regular, 10);
  }

  byte[] render(Content c) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(c.refugee() ? "Удостоверение беженца" : "Свидетельство лица, ищущего убежище");
      document.addCreator("ИС «Статус беженца» — Управление миграции");
      document.open();

      Paragraph authority = new Paragraph(AUTHORITY, small);
      authority.setAlignment(Element.ALIGN_CENTER);
      authority.setSpacingAfter(18);
      document.add(authority);

      Paragraph heading = new Paragraph(c.refugee() ? "УДОСТОВЕРЕНИЕ БЕЖЕНЦА"
          : "СВИДЕТЕЛЬСТВО О РЕГИСТРАЦИИ ХОДАТАЙСТВА О ПРИСВОЕНИИ СТАТУСА БЕЖЕНЦА", title);
      heading.setAlignment(Element.ALIGN_CENTER);
      heading.setSpacingAfter(4);
      document.add(heading);
      Paragraph number = new Paragraph("№ " + c.number(), title);
      number.setAlignment(Element.ALIGN_CENTER);
      number.setSpacingAfter(18);
      document.add(number);

      PdfPTable facts = new PdfPTable(new float[] {34, 66});
      facts.setWidthPercentage(100);
      row(facts, "Владелец", c.holder());
      row(facts, "Дата рождения", c.holderBorn());
      row(facts, "Гражданство", c.holderCitizenship());
      row(facts, "Члены семьи, внесённые в документ", c.members());
      row(facts, "Номер дела", c.caseNumber());
      row(facts, "Дата выдачи", c.issuedOn());
      row(facts, "Действительно до", c.validUntil());
      row(facts, "Состояние", c.status());
      // the facts beside the holder's photograph (or an empty frame to paste one into)
      PdfPTable page = new PdfPTable(new float[] {76, 24});
      page.setWidthPercentage(100);
      page.setSpacingAfter(16);
      PdfPCell left = new PdfPCell(facts);
      left.setBorder(Rectangle.NO_BORDER);
      left.setPaddingRight(8);
      page.addCell(left);
      page.addCell(photo(c.photo()));
      document.add(page);

      document.add(new Paragraph(c.refugee()
          ? "Удостоверение подтверждает статус беженца его владельца и внесённых в него членов семьи и подлежит "
              + "ежегодной перерегистрации."
          : "Свидетельство подтверждает, что ходатайство о присвоении статуса беженца зарегистрировано и "
              + "рассматривается; действительно до указанной даты и переоформляется, пока ходатайство "
              + "рассматривается.", text));
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("certificate PDF not rendered", e);
    }
    return out.toByteArray();
  }

  private PdfPCell photo(byte[] photo) {
    PdfPCell cell;
    if (photo == null) {
      cell = new PdfPCell(new Phrase("Место для фотографии", small));
      cell.setFixedHeight(PHOTO_HEIGHT);
      cell.setBorder(Rectangle.BOX);
    } else {
      try {
        Image image = Image.getInstance(photo);
        image.scaleToFit(PHOTO_WIDTH, PHOTO_HEIGHT);
        cell = new PdfPCell(image, false);
        cell.setBorder(Rectangle.NO_BORDER);
      } catch (IOException | RuntimeException e) {
        throw new IllegalStateException("photo not readable", e);
      }
    }
    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
    cell.setVerticalAlignment(Element.ALIGN_TOP);
    return cell;
  }

  private void row(PdfPTable table, String name, String value) {
    table.addCell(PdfParts.cell(new Phrase(name, label)));
    table.addCell(PdfParts.cell(new Phrase(value, text)));
  }
}
