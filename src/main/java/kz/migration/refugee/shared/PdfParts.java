package kz.migration.refugee.shared;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import java.io.IOException;
import java.io.InputStream;

/** What the product's printed documents (decision notice, certificates) share: the embedded font, table cells. */
public final class PdfParts {

  private PdfParts() {}

  /** A font from the classpath, embedded whole (Cyrillic needs Identity-H), e.g. {@code /fonts/DejaVuSans.ttf}. */
  public static BaseFont font(String resource) {
    try (InputStream in = PdfParts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font not on the classpath: " + resource);
      }
      String name = resource.substring(resource.lastIndexOf('/') + 1);
      return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException | DocumentException e) {
      throw new IllegalStateException("font not loaded: " + resource, e);
    }
  }

  /** A table cell with a thin frame. */
  public static PdfPCell cell(Phrase phrase) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setBorder(Rectangle.BOX);
    cell.setBorderWidth(0.5f);
    cell.setPadding(5);
    return cell;
  }
}
