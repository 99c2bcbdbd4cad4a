package kz.migration.refugee.repatriation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A body's reply to a return request: what it arranged. At least one of the arrangements or remarks. */
record ReplyRequest(
    @NotNull(message = "обязательное поле") @PastOrPresent(message = "дата в будущем") LocalDate repliedOn,
    @Size(max = 64, message = "не более 64 символов") String replyReference,
    @Size(max = 2000, message = "не более 2000 символов") String travelDocuments,
    @Size(max = 2000, message = "не более 2000 символов") String transport,
    @Size(max = 2000, message = "не более 2000 символов") String reception,
    @Size(max = 2000, message = "не более 2000 символов") String remarks) {

  boolean saysNothing() {
    return blank(travelDocuments) && blank(transport) && blank(reception) && blank(remarks);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
