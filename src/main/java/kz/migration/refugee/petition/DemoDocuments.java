package kz.migration.refugee.petition;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import kz.migration.refugee.shared.PdfParts;

/** Files of the demo cases, drawn here: plainly samples, so that nobody takes them for a real person's papers. */
final class DemoDocuments {

  private DemoDocuments() {}

  /** A "scanned passport": one page saying it is a sample. */
  static byte[] passportScan() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A5.rotate());
    try {
      PdfWriter.getInstance(document, out);
      document.open();
      Font font = new Font(PdfParts.font("/fonts/DejaVuSans-Bold.ttf"), 20);
      document.add(new Paragraph("ОБРАЗЕЦ", font));
      document.add(new Paragraph("Скан паспорта для демонстрации системы. Не является документом.",
          new Font(PdfParts.font("/fonts/DejaVuSans.ttf"), 12)));
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("demo scan not drawn", e);
    }
    return out.toByteArray();
  }

  /** A "photograph": a grey silhouette on a light background, 3 × 4. */
  static byte[] photo() {
    BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xE8EEF4));
    g.fillRect(0, 0, 300, 400);
    g.setColor(new Color(0x8A97A6));
    g.fillOval(95, 70, 110, 130);
    g.fillRoundRect(45, 220, 210, 220, 120, 120);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new IllegalStateException("demo photo not drawn", e);
    }
    return out.toByteArray();
  }
}
