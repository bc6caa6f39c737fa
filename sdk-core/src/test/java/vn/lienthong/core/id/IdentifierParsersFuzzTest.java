package vn.lienthong.core.id;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.function.Consumer;
import vn.lienthong.core.LienThongException;

/**
 * Fuzz tests of every parser: whatever the input, only {@link LienThongException} may escape. In
 * the normal build they replay the committed corpus in {@code
 * src/test/resources/vn/lienthong/core/id/IdentifierParsersFuzzTestInputs/<method>/}; with {@code
 * JAZZER_FUZZ=1} they fuzz for real.
 */
class IdentifierParsersFuzzTest {

  private static void onlyLienThongExceptions(FuzzedDataProvider data, Consumer<String> parser) {
    String input = data.consumeRemainingAsString();
    try {
      parser.accept(input);
    } catch (LienThongException expected) {
      // Rejected with a code: fine.
    }
  }

  @FuzzTest(maxDuration = "30s")
  void personalIdNumber(FuzzedDataProvider data) {
    onlyLienThongExceptions(
        data,
        s -> {
          PersonalIdNumber id = PersonalIdNumber.parse(s);
          id.warnings();
          id.birthYear();
          id.masked();
        });
  }

  @FuzzTest(maxDuration = "30s")
  void legacyIdCardNumber(FuzzedDataProvider data) {
    onlyLienThongExceptions(data, LegacyIdCardNumber::parse);
  }

  @FuzzTest(maxDuration = "30s")
  void taxCode(FuzzedDataProvider data) {
    boolean individual = data.consumeBoolean();
    onlyLienThongExceptions(
        data,
        s -> TaxCode.parse(s, individual ? TaxpayerKind.INDIVIDUAL : TaxpayerKind.ORGANIZATION));
  }

  @FuzzTest(maxDuration = "30s")
  void agencyCode(FuzzedDataProvider data) {
    onlyLienThongExceptions(data, AgencyCode::parse);
  }

  @FuzzTest(maxDuration = "30s")
  void procedureCode(FuzzedDataProvider data) {
    onlyLienThongExceptions(data, ProcedureCode::parse);
  }

  @FuzzTest(maxDuration = "30s")
  void dossierCode(FuzzedDataProvider data) {
    onlyLienThongExceptions(data, DossierCode::parse);
  }

  @FuzzTest(maxDuration = "30s")
  void dossierCodeFormat(FuzzedDataProvider data) {
    String pattern = data.consumeString(80);
    String code = data.consumeRemainingAsString();
    try {
      DossierCodeFormat.of(pattern).parse(code);
    } catch (LienThongException expected) {
      // Rejected with a code: fine.
    }
  }
}
