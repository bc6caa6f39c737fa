package vn.lienthong.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Compares {@link VietnameseCollator} with ICU4J's collator for {@code vi}, an independent
 * implementation of the CLDR Vietnamese tailoring (Unicode CLDR, common/collation/vi.xml), on real
 * Vietnamese words, place names and generated full names.
 */
class VietnameseCollatorIcuOracleTest {

  private static List<String> words() throws IOException {
    try (InputStream in =
        VietnameseCollatorIcuOracleTest.class.getResourceAsStream("vietnamese-words.txt")) {
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
      return out;
    }
  }

  private static List<String> sample() throws IOException {
    List<String> words = words();
    List<String> all = new ArrayList<>(words);
    for (String w : words) {
      all.add(w.toUpperCase(Locale.ROOT));
      all.add(w.toLowerCase(Locale.ROOT));
      all.add(java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD));
    }
    Random random = new Random(2025);
    for (int i = 0; i < 3000; i++) {
      String name =
          words.get(random.nextInt(30))
              + " "
              + words.get(30 + random.nextInt(16))
              + " "
              + words.get(46 + random.nextInt(80));
      all.add(random.nextInt(10) == 0 ? name.toLowerCase(Locale.ROOT) : name);
    }
    Collections.shuffle(all, random);
    return all;
  }

  @Test
  void sortsLikeIcuVietnamese() throws IOException {
    List<String> ours = sample();
    List<String> icu = new ArrayList<>(ours);
    ours.sort(VietnameseCollator.instance());
    Collator oracle = Collator.getInstance(new ULocale("vi"));
    icu.sort(oracle);
    assertThat(ours).hasSizeGreaterThan(3000).isEqualTo(icu);
  }

  @Test
  void comparesEveryPairOfWordsLikeIcu() throws IOException {
    List<String> words = words();
    Collator oracle = Collator.getInstance(new ULocale("vi"));
    List<String> mismatches = new ArrayList<>();
    for (String a : words) {
      for (String b : words) {
        int ours = Integer.signum(VietnameseCollator.instance().compare(a, b));
        int theirs = Integer.signum(oracle.compare(a, b));
        if (ours != theirs) {
          mismatches.add(a + " vs " + b + ": ours " + ours + ", ICU " + theirs);
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }
}
