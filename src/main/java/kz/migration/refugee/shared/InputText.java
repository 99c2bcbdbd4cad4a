package kz.migration.refugee.shared;

import java.text.Normalizer;

/**
 * Rules for text that people type into the register, applied wherever it enters (JSON bodies, Tasklist forms,
 * see {@link StrictJsonInput}): not valid Unicode (a lone surrogate, U+FFFD from undecodable bytes, a
 * non-character) and control characters other than tab and line breaks are refused; invisible format
 * characters (zero-width space, BOM, bidirectional overrides) are removed, except a zero-width (non-)joiner
 * between two letters, which Persian and Indic spellings need; the rest is stored in Unicode NFC, so that one
 * spelling is one string for search, duplicate detection and comparison.
 */
public final class InputText {

  /** Why a text was refused, in the words a form shows. */
  public static final class Rejected extends IllegalArgumentException {
    Rejected(String message) {
      super(message);
    }
  }

  private static final char ZWNJ = '\u200C';
  private static final char ZWJ = '\u200D';

  private InputText() {}

  /** The text as stored: format characters removed, NFC; or {@link Rejected}. */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (!paired) {
          throw new Rejected("текст не в кодировке UTF-8 (одиночный суррогат)");
        }
        int cp = text.codePointAt(i);
        if (isNonCharacter(cp)) {
          throw new Rejected("недопустимый символ Юникода");
        }
        kept.append(c).append(text.charAt(++i));
        continue;
      }
      if (c == '\uFFFD' || isNonCharacter(c)) {
        throw new Rejected("текст не в кодировке UTF-8 или содержит недопустимый символ");
      }
      if (isControl(c)) {
        throw new Rejected("управляющие символы не допускаются");
      }
      if (Character.getType(c) == Character.FORMAT) {
        if ((c == ZWNJ || c == ZWJ) && i > 0 && i + 1 < text.length()
            && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))) {
          kept.append(c);
        }
        continue;
      }
      kept.append(c);
    }
    return Normalizer.normalize(kept, Normalizer.Form.NFC);
  }

  /** A control character other than tab, line feed and carriage return (also U+2028/2029, which split lines). */
  public static boolean hasControlCharacter(String text) {
    return text != null && text.chars().anyMatch(c -> isControl((char) c));
  }

  /** A person's name: at least one letter, and otherwise only letters, marks, spaces and {@code - ' ’ ʼ .}. */
  public static boolean isName(String text) {
    if (text == null) {
      return true;
    }
    boolean letter = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letter = true;
      } else if (!isMark(cp) && cp != ' ' && "-'’ʼ.".indexOf(cp) < 0 && cp != ZWNJ && cp != ZWJ) {
        return false;
      }
    }
    return letter;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isControl(char c) {
    return (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r')
        || c == '\u2028' || c == '\u2029';
  }

  private static boolean isNonCharacter(int cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
  }
}
