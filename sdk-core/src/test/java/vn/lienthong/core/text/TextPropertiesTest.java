package vn.lienthong.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TextPropertiesTest {

  private static final List<String> LETTERS = VietnameseLetterSamples.lettersWithDiacritics();

  private static final List<String> INITIALS =
      List.of(
          "", "b", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "ng", "nh", "ph", "qu", "th",
          "tr", "x");

  private static final List<String> RHYMES =
      List.of(
          "a", "oa", "oe", "uy", "an", "oan", "uyên", "ương", "ươi", "iên", "ôi", "ai", "ao", "ưa",
          "uông", "e", "i", "y", "o", "u", "ư", "ăn", "âm", "ơn", "oai", "uyu", "oeo", "ưu");

  private static final List<String> FRAGMENTS =
      List.of(
          "a", "Z", " ", "\u00a0", "\t", "-", "'", "7", "đ", "Đ", "ư", "ờ", "Ỷ", "ü", "ñ", "Ø", "ß",
          "\u0301", "\u0323", "\u0302", "И", "й", "Ω", "한", "😀", "ﬁ", "\u0953", "Ǖ", "İ");

  private static Gen<String> syllables() {
    return arbitrary()
        .pick(INITIALS)
        .zip(
            arbitrary().pick(RHYMES),
            integers().between(0, 5),
            integers().between(0, 3),
            (initial, rhyme, tone, at) -> {
              String toneless = initial + rhyme;
              if (tone == 0) {
                return toneless;
              }
              // Put the tone after some vowel, anywhere: tone placement is then canonicalised.
              int[] vowels = toneless.chars().filter(c -> "aăâeêioôơuưy".indexOf(c) >= 0).toArray();
              int pos = vowels.length == 0 ? toneless.length() : positionOf(toneless, at % 2 == 0);
              String marked =
                  toneless.substring(0, pos)
                      + VietnameseLetterSamples.TONE_MARKS[tone]
                      + toneless.substring(pos);
              return Normalizer.normalize(marked, Normalizer.Form.NFC);
            });
  }

  private static int positionOf(String s, boolean first) {
    int found = -1;
    for (int i = 0; i < s.length(); i++) {
      if ("aăâeêioôơuưy".indexOf(s.charAt(i)) >= 0) {
        found = i + 1;
        if (first) {
          return found;
        }
      }
    }
    return found;
  }

  private static Gen<String> names() {
    return lists().of(syllables()).ofSizeBetween(1, 4).map(l -> String.join(" ", l));
  }

  private static Gen<String> mixedText() {
    return lists()
        .of(arbitrary().pick(FRAGMENTS))
        .ofSizeBetween(0, 12)
        .map(l -> String.join("", l));
  }

  @Test
  void foldingEveryVietnameseLetterYieldsOneAsciiLetter() {
    assertThat(LETTERS).hasSize(134).doesNotHaveDuplicates();
    qt().forAll(arbitrary().pick(LETTERS))
        .check(
            letter -> {
              String f = VietnameseText.fold(letter);
              String nfd = Normalizer.normalize(letter, Normalizer.Form.NFD);
              return f.length() == 1
                  && f.charAt(0) >= 'a'
                  && f.charAt(0) <= 'z'
                  && VietnameseText.fold(f).equals(f)
                  && VietnameseText.fold(nfd).equals(f);
            });
  }

  @Test
  void foldingIsIdempotentAndAsciiOnVietnameseText() {
    qt().forAll(names())
        .check(
            name -> {
              String f = VietnameseText.fold(name);
              return VietnameseText.fold(f).equals(f) && f.chars().allMatch(c -> c < 0x80);
            });
  }

  @Test
  void fastFoldingEqualsTheReferenceOnAnyText() {
    qt().withExamples(2000)
        .forAll(mixedText())
        .check(s -> VietnameseText.fold(s).equals(VietnameseLetterSamples.referenceFold(s)));
  }

  @Test
  void isNfcAgreesWithTheNormalizer() {
    qt().withExamples(2000)
        .forAll(mixedText())
        .check(s -> VietnameseText.isNfc(s) == Normalizer.isNormalized(s, Normalizer.Form.NFC));
  }

  @Test
  void nfcAndNfdSpellingsOfANameMatch() {
    qt().forAll(names())
        .check(
            name -> VietnameseNames.matches(name, Normalizer.normalize(name, Normalizer.Form.NFD)));
  }

  @Test
  void traditionalAndModernTonePlacementsMatch() {
    qt().forAll(names())
        .check(
            name -> {
              String traditional = VietnameseText.withToneStyle(name, ToneStyle.TRADITIONAL);
              String modern = VietnameseText.withToneStyle(name, ToneStyle.MODERN);
              return VietnameseNames.matches(traditional, modern)
                  && VietnameseNames.matches(name, modern.toUpperCase(Locale.ROOT) + "  ")
                  && VietnameseText.fold(traditional).equals(VietnameseText.fold(modern))
                  && VietnameseText.withToneStyle(traditional, ToneStyle.MODERN).equals(modern);
            });
  }

  @Test
  void collatorIsAConsistentTotalOrder() {
    VietnameseCollator c = VietnameseCollator.instance();
    Gen<String> words = names().mix(mixedText());
    qt().withExamples(2000)
        .forAll(words, words, words)
        .check(
            (a, b, d) -> {
              int ab = Integer.signum(c.compare(a, b));
              boolean antisymmetric = ab == -Integer.signum(c.compare(b, a));
              boolean transitive =
                  !(c.compare(a, b) <= 0 && c.compare(b, d) <= 0) || c.compare(a, d) <= 0;
              boolean reflexive = c.compare(a, a) == 0;
              return antisymmetric && transitive && reflexive;
            });
  }
}
