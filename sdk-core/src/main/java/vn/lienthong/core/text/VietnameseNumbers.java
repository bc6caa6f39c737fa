package vn.lienthong.core.text;

import java.util.Objects;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;

/**
 * Writes whole numbers and amounts of Vietnamese đồng in words, as on receipts and fee notices
 * ("bằng chữ"): 125000 is "Một trăm hai mươi lăm nghìn đồng".
 *
 * <p>The rules: {@code mười} for 10-19 and {@code mươi} for the tens from 20; {@code mốt} for a
 * final 1 after {@code mươi} (21 hai mươi mốt; but 11 mười một, 101 một trăm linh một); {@code lăm}
 * for a final 5 after a ten (15 mười lăm, 25 hai mươi lăm; but 5 năm, 105 một trăm linh năm);
 * {@code tư} for a final 4 after {@code mươi} (24 hai mươi tư; 14 stays mười bốn), switchable to
 * {@code bốn}; {@code linh} (or {@code lẻ}) for a zero ten after hundreds; {@code không trăm} for
 * inner groups under one hundred (1005 một nghìn không trăm linh năm); groups of three digits named
 * nghìn (or ngàn), triệu, tỷ; above a billion, the number of billions is read the same way and
 * followed by tỷ (1500000000000 một nghìn năm trăm tỷ, 10^18 một tỷ tỷ), so every {@code long} can
 * be written. Zero groups are skipped (1000000005 một tỷ không trăm linh năm).
 *
 * <p>Instances are immutable and thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * VietnameseNumbers.standard().amountInWords(125_000);  // "Một trăm hai mươi lăm nghìn đồng"
 * VietnameseNumbers.builder().thousand(Thousand.NGAN).zeroTen(ZeroTen.LE).build().toWords(1005);
 *     // "một ngàn không trăm lẻ năm"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class VietnameseNumbers {

  /**
   * The word for a thousand.
   *
   * @since 0.1.0
   */
  public enum Thousand {
    /** "nghìn", the standard and northern word (default). */
    NGHIN("nghìn"),
    /** "ngàn", the southern word. */
    NGAN("ngàn");

    private final String word;

    Thousand(String word) {
      this.word = word;
    }
  }

  /**
   * The word for a zero ten between hundreds and units (105).
   *
   * @since 0.1.0
   */
  public enum ZeroTen {
    /** "linh": một trăm linh năm (default). */
    LINH("linh"),
    /** "lẻ": một trăm lẻ năm. */
    LE("lẻ");

    private final String word;

    ZeroTen(String word) {
      this.word = word;
    }
  }

  private static final String[] DIGITS = {
    "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"
  };

  private static final long BILLION = 1_000_000_000L;

  private static final VietnameseNumbers STANDARD = builder().build();

  private final Thousand thousand;
  private final ZeroTen zeroTen;
  private final boolean fourAsTu;

  private VietnameseNumbers(Builder b) {
    this.thousand = b.thousand;
    this.zeroTen = b.zeroTen;
    this.fourAsTu = b.fourAsTu;
  }

  /**
   * Returns the standard style: nghìn, linh, tư.
   *
   * @return the shared instance
   */
  public static VietnameseNumbers standard() {
    return STANDARD;
  }

  /**
   * Returns a builder starting from the standard style.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder starting from this style.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.thousand = thousand;
    b.zeroTen = zeroTen;
    b.fourAsTu = fourAsTu;
    return b;
  }

  /**
   * Writes a number in lower-case words; a negative number starts with {@code âm}.
   *
   * @param number any {@code long}, including {@link Long#MIN_VALUE}
   * @return for example {@code "một trăm hai mươi lăm nghìn"} for 125000, {@code "không"} for 0
   */
  public String toWords(long number) {
    if (number == 0) {
      return DIGITS[0];
    }
    StringBuilder out = new StringBuilder(64);
    if (number < 0) {
      out.append("âm ");
    }
    // Long.MIN_VALUE has no positive counterpart: split off its last digit first.
    long high = number < 0 ? -(number / 10) : number / 10;
    int low = (int) Math.abs(number % 10);
    appendBillions(out, high * 10 + low, false);
    return out.toString();
  }

  /**
   * Writes an amount of đồng in words with a capital first letter, as on a receipt.
   *
   * @param amount the amount in đồng, zero or more
   * @return for example {@code "Một trăm hai mươi lăm nghìn đồng"}; {@code "Không đồng"} for 0
   * @throws InvalidInputException with {@link CoreErrorCode#NEGATIVE_AMOUNT} if {@code amount} is
   *     negative
   */
  public String amountInWords(long amount) {
    if (amount < 0) {
      throw new InvalidInputException(
          CoreErrorCode.NEGATIVE_AMOUNT,
          ErrorDetails.field("amount").rule("amount.non-negative").rejectedValue(amount + ""));
    }
    String words = toWords(amount) + " đồng";
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  // n > 0 (Long.MIN_VALUE arrives as its magnitude, which overflows to itself: handled by
  // unsigned arithmetic below).
  private void appendBillions(StringBuilder out, long n, boolean inner) {
    long upper = Long.divideUnsigned(n, BILLION);
    int lower = (int) Long.remainderUnsigned(n, BILLION);
    if (upper > 0) {
      appendBillions(out, upper, inner);
      out.append(" tỷ");
      if (lower > 0) {
        out.append(' ');
        appendBelowBillion(out, lower, true);
      }
    } else {
      appendBelowBillion(out, lower, inner);
    }
  }

  private void appendBelowBillion(StringBuilder out, int n, boolean inner) {
    int millions = n / 1_000_000;
    int thousands = n / 1000 % 1000;
    int units = n % 1000;
    boolean started = false;
    if (millions > 0) {
      appendGroup(out, millions, inner);
      out.append(" triệu");
      started = true;
    }
    if (thousands > 0) {
      space(out, started);
      appendGroup(out, thousands, inner || started);
      out.append(' ').append(thousand.word);
      started = true;
    }
    if (units > 0) {
      space(out, started);
      appendGroup(out, units, inner || started);
    }
  }

  private static void space(StringBuilder out, boolean started) {
    if (started) {
      out.append(' ');
    }
  }

  // One group of three digits, 1-999; an inner group is always read with its hundreds.
  private void appendGroup(StringBuilder out, int n, boolean inner) {
    int h = n / 100;
    int t = n / 10 % 10;
    int u = n % 10;
    boolean hundreds = inner || h > 0;
    if (hundreds) {
      out.append(DIGITS[h]).append(" trăm");
      if (t == 0 && u == 0) {
        return;
      }
      out.append(' ');
    }
    if (t == 0) {
      if (hundreds) {
        out.append(zeroTen.word).append(' ');
      }
      out.append(DIGITS[u]);
    } else if (t == 1) {
      out.append("mười");
      if (u > 0) {
        out.append(' ').append(u == 5 ? "lăm" : DIGITS[u]);
      }
    } else {
      out.append(DIGITS[t]).append(" mươi");
      if (u > 0) {
        out.append(' ').append(unitAfterTens(u));
      }
    }
  }

  private String unitAfterTens(int u) {
    switch (u) {
      case 1:
        return "mốt";
      case 4:
        return fourAsTu ? "tư" : "bốn";
      case 5:
        return "lăm";
      default:
        return DIGITS[u];
    }
  }

  /**
   * Builds a {@link VietnameseNumbers} style. Not thread-safe; the built instance is.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Thousand thousand = Thousand.NGHIN;
    private ZeroTen zeroTen = ZeroTen.LINH;
    private boolean fourAsTu = true;

    private Builder() {}

    /**
     * Sets the word for a thousand.
     *
     * @param thousand {@link Thousand#NGHIN} (default) or {@link Thousand#NGAN}
     * @return this builder
     * @throws NullPointerException if {@code thousand} is null
     */
    public Builder thousand(Thousand thousand) {
      this.thousand = Objects.requireNonNull(thousand, "thousand");
      return this;
    }

    /**
     * Sets the word for a zero ten after hundreds.
     *
     * @param zeroTen {@link ZeroTen#LINH} (default) or {@link ZeroTen#LE}
     * @return this builder
     * @throws NullPointerException if {@code zeroTen} is null
     */
    public Builder zeroTen(ZeroTen zeroTen) {
      this.zeroTen = Objects.requireNonNull(zeroTen, "zeroTen");
      return this;
    }

    /**
     * Sets whether a final 4 after {@code mươi} is read {@code tư} (default, 24 hai mươi tư) or
     * {@code bốn} (hai mươi bốn).
     *
     * @param fourAsTu {@code true} for tư
     * @return this builder
     */
    public Builder fourAsTu(boolean fourAsTu) {
      this.fourAsTu = fourAsTu;
      return this;
    }

    /**
     * Builds the style.
     *
     * @return the immutable style
     */
    public VietnameseNumbers build() {
      return new VietnameseNumbers(this);
    }
  }
}
