package vn.lienthong.refapp.documents;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.text.VietnameseText;

/**
 * The competent person who signs a result (người có thẩm quyền ký): the signing authority line, the
 * title, and the full name printed under the signature (Decree 30/2020/NĐ-CP, the signature block).
 *
 * <p>Records are immutable and thread-safe.
 *
 * <pre>{@code
 * Approver chair = new Approver("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An");
 * }</pre>
 *
 * @param authority the authority line ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), or null for none
 * @param title the title ("CHỦ TỊCH", "PHÓ CHỦ TỊCH", "CÔNG CHỨC TƯ PHÁP - HỘ TỊCH")
 * @param fullName the full name, printed under the signature image
 * @since 0.1.0
 */
public record Approver(@Nullable String authority, String title, String fullName) {

  /** The longest text accepted in each part, in characters. */
  public static final int MAX_LENGTH = 80;

  /**
   * Creates an approver, NFC-normalising the texts.
   *
   * @param authority the authority line, or null
   * @param title the title
   * @param fullName the full name
   * @throws NullPointerException if the title or name is null
   * @throws IllegalArgumentException if a text is blank or longer than {@link #MAX_LENGTH}
   */
  public Approver {
    authority = authority == null || authority.isBlank() ? null : text(authority, "authority");
    title = text(title, "title");
    fullName = text(fullName, "fullName");
  }

  private static String text(String value, String field) {
    String v = VietnameseText.nfc(Objects.requireNonNull(value, field)).strip();
    if (v.isEmpty() || v.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(field + " must have 1-" + MAX_LENGTH + " characters");
    }
    return v;
  }

  /**
   * Describes the approver by title only (the name is personal data).
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "Approver[" + title + "]";
  }
}
