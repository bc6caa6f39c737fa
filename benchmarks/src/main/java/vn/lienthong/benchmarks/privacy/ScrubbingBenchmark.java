package vn.lienthong.benchmarks.privacy;

import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.lienthong.core.privacy.Scrubber;

/**
 * Scrubbing a typical 200-character log line and a 10 KB text: LienThong's linear scanner against a
 * baseline of {@link Pattern}s for the same shapes (e-mail, 12/9-digit ids, Vietnamese and
 * international phone numbers), replaced through {@link Matcher#replaceAll}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScrubbingBenchmark {

  private static final String LINE =
      "2026-11-23T09:30:00+07:00 INFO dossier 000.00.01.H22-251123-0042 accepted at Phường Ba Đình"
          + " for applicant CCCD 001090123456, phone 0912 345 678, mail nguyen.van.an@gmail.com;"
          + " procedure 1.001193";

  private static final String PLAIN_PARAGRAPH =
      "Hồ sơ đăng ký khai sinh đã được tiếp nhận tại Ủy ban nhân dân phường, thời hạn giải quyết"
          + " trong ngày; nếu tiếp nhận sau 15 giờ thì trả kết quả vào ngày làm việc tiếp theo. ";

  /** The regular-expression baseline: the same shapes as the scanner, one alternation. */
  private static final Pattern BASELINE =
      Pattern.compile(
          "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"
              + "|(?<![\\p{L}\\p{N}])(?:\\d{12}|\\d{9})(?![\\p{L}\\p{N}])"
              + "|(?<![\\p{L}\\p{N}])(?:\\+84|84|0)(?:[ .-]?\\d){9,10}(?![\\p{L}\\p{N}])"
              + "|\\+\\d(?:[ .-]?\\d){7,14}(?![\\p{L}\\p{N}])");

  @Param({"line", "10kb"})
  public String size;

  private String text;

  @Setup
  public void setUp() {
    if (size.equals("line")) {
      text = LINE;
    } else {
      StringBuilder sb = new StringBuilder(10_240);
      int i = 0;
      while (sb.length() < 10_240) {
        sb.append(i++ % 5 == 0 ? LINE : PLAIN_PARAGRAPH).append('\n');
      }
      text = sb.substring(0, 10_240);
    }
  }

  @Benchmark
  public String scanner() {
    return Scrubber.scrub(text);
  }

  @Benchmark
  public String regexBaseline() {
    return BASELINE.matcher(text).replaceAll(m -> mask(m.group()));
  }

  private static String mask(String found) {
    StringBuilder out = new StringBuilder(found.length());
    int digits = 0;
    for (int i = 0; i < found.length(); i++) {
      digits += Character.isDigit(found.charAt(i)) ? 1 : 0;
    }
    int seen = 0;
    for (int i = 0; i < found.length(); i++) {
      char c = found.charAt(i);
      if (Character.isDigit(c)) {
        out.append(++seen > digits - 3 ? c : '*');
      } else {
        out.append(Character.isLetter(c) && i > 0 ? '*' : c);
      }
    }
    return Matcher.quoteReplacement(out.toString());
  }
}
