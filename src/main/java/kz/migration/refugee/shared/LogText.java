package kz.migration.refugee.shared;

/**
 * Text a user typed, made safe for a log line: control and format characters (CR/LF would forge a line,
 * bidirectional overrides would disguise one) become {@code \\uXXXX}, and the text is cut at a length.
 */
public final class LogText {

  static final int MAX = 64;

  private LogText() {}

  public static String safe(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder safe = new StringBuilder();
    int count = 0;
    for (int i = 0; i < text.length() && count < MAX; i++, count++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR || Character.isSurrogate(c) || c == '\\') {
        safe.append(String.format("\\u%04x", (int) c));
      } else {
        safe.append(c);
      }
    }
    return text.length() > MAX ? safe + "…(" + text.length() + " chars)" : safe.toString();
  }
}
