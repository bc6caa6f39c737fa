package vn.lienthong.core.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** The 134 Vietnamese letters with diacritics, generated from base vowels and marks. */
final class VietnameseLetterSamples {

  static final String VOWELS = "aăâeêioôơuưy";
  static final String[] TONE_MARKS = {"", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"};

  private VietnameseLetterSamples() {}

  /** Every lower- and upper-case Vietnamese letter with a diacritic: 67 x 2 = 134. */
  static List<String> lettersWithDiacritics() {
    List<String> out = new ArrayList<>();
    for (char v : VOWELS.toCharArray()) {
      for (String mark : TONE_MARKS) {
        String nfc = Normalizer.normalize(v + mark, Normalizer.Form.NFC);
        if (nfc.length() == 1 && nfc.charAt(0) >= 0x80) {
          out.add(nfc);
          out.add(nfc.toUpperCase(java.util.Locale.ROOT));
        }
      }
    }
    out.add("đ");
    out.add("Đ");
    return out;
  }

  /** The reference folding: NFD, drop non-spacing marks, đ to d, lower case. */
  static String referenceFold(String text) {
    String d = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      out.append(c == 'đ' || c == 'Đ' ? 'd' : Character.toLowerCase(c));
    }
    return out.toString();
  }
}
