package vn.lienthong.core.internal.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.admin.AdministrativeUnits;
import vn.lienthong.core.admin.Commune;
import vn.lienthong.core.forms.FormError;
import vn.lienthong.core.id.Gender;
import vn.lienthong.core.id.PersonalIdFinding;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.core.internal.text.Letters;
import vn.lienthong.core.internal.text.NameRules;

/**
 * The Vietnamese rules a schema cannot express, applied to every form by walking the document:
 * names valid and in NFC; no date after the filing date; a personal id agrees with the birth date
 * (or birth year) and gender beside it; addresses name a commune of the stated province in the list
 * in force on the filing date; a child is born after the parents' birth year. Values the schema
 * already rejects (wrong type, bad pattern) are skipped here. Thread-safe.
 *
 * @since 0.1.0
 */
public final class CrossFieldRules {

  /** Date fields that may lie in the future (an end of stay). */
  private static final Set<String> FUTURE_ALLOWED = Set.of("stayUntil");

  private static final Set<String> DATE_FIELDS = Set.of("birthDate", "date", "issuedOn");

  private CrossFieldRules() {}

  /**
   * Applies every rule.
   *
   * @param document the parsed document
   * @param filingDate the filing date
   * @param errors where errors are added
   */
  public static void apply(JsonNode document, LocalDate filingDate, List<FormError> errors) {
    Optional<AdministrativeUnits> units = AdministrativeUnits.inForceOn(filingDate);
    walk(document, "", filingDate, units, errors, 0);
    childAfterParents(document, errors);
  }

  private static void walk(
      JsonNode node,
      String pointer,
      LocalDate filingDate,
      Optional<AdministrativeUnits> units,
      List<FormError> errors,
      int depth) {
    if (depth > 16) {
      return;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, filingDate, units, errors, depth + 1);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    personalId(node, pointer, errors);
    address(node, pointer, filingDate, units, errors);
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      JsonNode value = field.getValue();
      // Pointers are built only for an error or a nested container: most fields pass.
      if (value.isTextual()) {
        if ("fullName".equals(name)) {
          name(value.textValue(), pointer, name, errors);
        } else if (DATE_FIELDS.contains(name) && !FUTURE_ALLOWED.contains(name)) {
          LocalDate date = date(value);
          if (date != null && date.isAfter(filingDate)) {
            errors.add(
                FormErrors.of(
                    FormErrors.child(pointer, name),
                    CoreErrorCode.FORM_FUTURE_DATE,
                    ErrorDetails.none().rule("form.date.not-future").with("date", filingDate)));
          }
        }
      } else if (value.isContainerNode()) {
        walk(value, FormErrors.child(pointer, name), filingDate, units, errors, depth + 1);
      }
    }
  }

  private static void name(String text, String parent, String field, List<FormError> errors) {
    if (text.isEmpty() || isPlainVietnameseName(text)) {
      return; // minLength reports an empty name
    }
    String pointer = FormErrors.child(parent, field);
    if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      errors.add(nameError(pointer, "NFC"));
      return;
    }
    try {
      NameRules.validate(pointer, text);
    } catch (LienThongException e) {
      errors.add(nameError(pointer, e.code()));
    }
  }

  /**
   * Tells whether a name is certainly valid without the full name rules: letters of the Vietnamese
   * alphabet (precomposed, hence NFC) separated by single spaces, within the length cap. Anything
   * else goes through {@link NameRules} for the precise error.
   */
  static boolean isPlainVietnameseName(String text) {
    int length = text.length();
    if (length > NameRules.MAX_LENGTH || text.charAt(0) == ' ' || text.charAt(length - 1) == ' ') {
      return false;
    }
    char previous = 'a';
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == ' ' ? previous == ' ' : !Letters.isVietnamese(c)) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  private static FormError nameError(String pointer, String reason) {
    return FormErrors.of(
        pointer,
        CoreErrorCode.FORM_INVALID_NAME,
        ErrorDetails.none().rule("form.name").with("reason", reason));
  }

  private static void personalId(JsonNode node, String pointer, List<FormError> errors) {
    JsonNode id = node.get("personalIdNumber");
    if (id == null || !id.isTextual() || !isDigits(id.textValue(), 12)) {
      return; // the pattern reports it
    }
    PersonalIdNumber number;
    try {
      number = PersonalIdNumber.parse(id.textValue());
    } catch (LienThongException e) {
      return; // twelve digits the identifier rules refuse: the schema's pattern is the report
    }
    LocalDate birthDate = date(node.get("birthDate"));
    String other = "birthDate";
    if (birthDate == null) {
      JsonNode year = node.get("birthYear");
      if (year == null
          || !year.canConvertToInt()
          || year.intValue() < 1
          || year.intValue() > 9999) {
        return;
      }
      birthDate = LocalDate.of(year.intValue(), 1, 1);
      other = "birthYear";
    }
    Gender gender = Gender.UNKNOWN;
    JsonNode g = node.get("gender");
    if (g != null && g.isInt()) {
      gender = Gender.fromCode(g.intValue()).orElse(Gender.UNKNOWN);
    }
    for (PersonalIdFinding finding : number.checkAgainst(birthDate, gender)) {
      if (finding.severity() != PersonalIdFinding.Severity.MISMATCH) {
        continue;
      }
      boolean aboutGender = finding.type() == PersonalIdFinding.Type.GENDER_MISMATCH;
      errors.add(
          FormErrors.of(
              FormErrors.child(pointer, "personalIdNumber"),
              CoreErrorCode.FORM_PERSONAL_ID_MISMATCH,
              ErrorDetails.none()
                  .rule("form.personal-id.agrees")
                  .with("other", FormErrors.child(pointer, aboutGender ? "gender" : other))
                  .with("mismatch", finding.type().name())));
    }
  }

  private static void address(
      JsonNode node,
      String pointer,
      LocalDate filingDate,
      Optional<AdministrativeUnits> units,
      List<FormError> errors) {
    JsonNode province = node.get("provinceCode");
    JsonNode commune = node.get("communeCode");
    if (province == null || commune == null || !province.isTextual() || !commune.isTextual()) {
      return;
    }
    if (!isDigits(commune.textValue(), 5) || !isDigits(province.textValue(), 2)) {
      return; // the pattern reports it
    }
    Optional<Commune> found = units.flatMap(u -> u.commune(commune.textValue()));
    if (found.isEmpty() || !found.get().province().code().equals(province.textValue())) {
      errors.add(
          FormErrors.of(
              FormErrors.child(pointer, "communeCode"),
              CoreErrorCode.FORM_UNKNOWN_COMMUNE,
              ErrorDetails.none().rule("form.address.commune").with("date", filingDate)));
    }
  }

  private static void childAfterParents(JsonNode document, List<FormError> errors) {
    LocalDate child = date(document.path("child").get("birthDate"));
    if (child == null) {
      return;
    }
    for (String parent : List.of("mother", "father")) {
      JsonNode node = document.get(parent);
      if (node == null || !node.isObject()) {
        continue;
      }
      LocalDate parentBirth = date(node.get("birthDate"));
      JsonNode year = node.get("birthYear");
      boolean before;
      String parentPointer;
      if (parentBirth != null) {
        before = !child.isAfter(parentBirth);
        parentPointer = "/" + parent + "/birthDate";
      } else if (year != null && year.canConvertToInt()) {
        before = child.getYear() <= year.intValue();
        parentPointer = "/" + parent + "/birthYear";
      } else {
        continue;
      }
      if (before) {
        errors.add(
            FormErrors.of(
                "/child/birthDate",
                CoreErrorCode.FORM_BORN_BEFORE_PARENT,
                ErrorDetails.none()
                    .rule("form.child.after-parents")
                    .with("parentPath", parentPointer)));
      }
    }
  }

  /**
   * Reads a {@code yyyy-MM-dd} date without a formatter (the schema's {@code format: date} reports
   * malformed ones); null when the value is not such a date.
   */
  static @Nullable LocalDate date(@Nullable JsonNode node) {
    if (node == null || !node.isTextual()) {
      return null;
    }
    String s = node.textValue();
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    if (day > 28 && day > Month.of(month).length(IsoChronology.INSTANCE.isLeapYear(year))) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  private static int digits(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigits(String s, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
