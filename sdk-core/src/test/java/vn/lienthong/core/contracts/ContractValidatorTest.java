package vn.lienthong.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.contracts.ContractViolation.Part;

class ContractValidatorTest {

  private static final ContractValidator VALIDATOR = ContractValidator.create();
  private static final String LOOKUP = "registry/population#lookupCitizen";
  private static final String BODY =
      "{\"personalId\":\"001090123456\",\"purpose\":{\"code\":\"prefill\"}}";

  private static Map<String, List<String>> headers() {
    Map<String, List<String>> h = new LinkedHashMap<>();
    h.put("lt-protocol-version", List.of("1.0"));
    h.put("LT-Client", List.of("VN/GOV/000.00.01.H22/mot-cua-xa"));
    h.put("LT-Service", List.of("VN/GOV/000.00.00.G01/csdl-dan-cu/citizen-lookup/v1"));
    h.put("LT-Id", List.of("5f0e3c1a-8d8e-4f8a-9a55-2b8f3f1c2d10"));
    h.put("LT-UserId", List.of("officer:tran.thi.b"));
    h.put("Content-Type", List.of("application/json; charset=utf-8"));
    return h;
  }

  @Test
  void acceptsAWellFormedRequestWithHeaderNamesInAnyCase() {
    assertThat(VALIDATOR.validateRequest(LOOKUP, headers(), BODY).valid()).isTrue();
  }

  @Test
  void reportsAMissingRequiredHeader() {
    Map<String, List<String>> h = headers();
    h.remove("LT-UserId");
    ContractValidationResult r = VALIDATOR.validateRequest(LOOKUP, h, BODY);
    assertThat(r.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.part()).isEqualTo(Part.HEADER);
              assertThat(v.pointer()).isEqualTo("/LT-UserId");
              assertThat(v.code()).isEqualTo(CoreErrorCode.CONTRACT_HEADER_MISSING);
              assertThat(v.messageVi()).isEqualTo("Thiếu tiêu đề bắt buộc LT-UserId.");
              assertThat(v.messageEn()).isEqualTo("Required header LT-UserId is missing.");
            });
  }

  @Test
  void reportsARepeatedHeaderEvenWhenSpelledInTwoCases() {
    Map<String, List<String>> h = headers();
    h.put("lt-id", List.of("another-message-id"));
    ContractValidationResult r = VALIDATOR.validateRequest(LOOKUP, h, BODY);
    assertThat(r.violations())
        .singleElement()
        .extracting(ContractViolation::rule, ContractViolation::pointer)
        .containsExactly("contract.header.duplicated", "/LT-Id");
  }

  @Test
  void reportsAMalformedHeaderWithoutQuotingIt() {
    Map<String, List<String>> h = headers();
    h.put("LT-UserId", List.of("001090123456 in clear"));
    ContractValidationResult r = VALIDATOR.validateRequest(LOOKUP, h, BODY);
    assertThat(r.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo("contract.schema.pattern");
              assertThat(v.pointer()).isEqualTo("/LT-UserId");
              assertThat(v.messageEn()).doesNotContain("001090123456");
            });
  }

  @Test
  void rejectsAContentTypeTheOperationDoesNotTake() {
    Map<String, List<String>> h = headers();
    h.put("Content-Type", List.of("text/plain"));
    ContractValidationResult r = VALIDATOR.validateRequest(LOOKUP, h, BODY);
    assertThat(r.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.part()).isEqualTo(Part.MESSAGE);
              assertThat(v.code()).isEqualTo(CoreErrorCode.CONTRACT_MEDIA_TYPE);
              assertThat(v.messageEn()).contains("text/plain", "application/json");
            });
  }

  @Test
  void rejectsAMissingBody() {
    assertThat(VALIDATOR.validateRequestBody(LOOKUP, "").violations())
        .singleElement()
        .extracting(ContractViolation::code)
        .isEqualTo(CoreErrorCode.CONTRACT_MEDIA_TYPE);
  }

  @Test
  void reportsMalformedJsonWithItsPosition() {
    ContractValidationResult r = VALIDATOR.validateRequestBody(LOOKUP, "{\"personalId\": ");
    assertThat(r.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo(CoreErrorCode.CONTRACT_BODY_MALFORMED);
              assertThat(v.messageEn()).contains("line 1");
            });
  }

  @Test
  void rejectsDuplicateKeysWhichCouldHideAValue() {
    String twice =
        "{\"personalId\":\"001090123456\",\"personalId\":\"079090123456\","
            + "\"purpose\":{\"code\":\"prefill\"}}";
    assertThat(VALIDATOR.validateRequestBody(LOOKUP, twice).violations())
        .singleElement()
        .extracting(ContractViolation::code)
        .isEqualTo(CoreErrorCode.CONTRACT_BODY_MALFORMED);
  }

  @Test
  void rejectsDeepNestingUnread() {
    String deep = "[".repeat(ContractValidator.MAX_NESTING_DEPTH + 1);
    assertThat(VALIDATOR.validateRequestBody(LOOKUP, deep).violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo(CoreErrorCode.CONTRACT_BODY_TOO_LARGE);
              assertThat(v.code().httpStatus()).isEqualTo(413);
            });
  }

  @Test
  void rejectsAnOversizedBodyUnread() {
    String big = " ".repeat(ContractValidator.MAX_BODY_LENGTH + 1);
    assertThat(VALIDATOR.validateRequestBody(LOOKUP, big).violations())
        .singleElement()
        .extracting(ContractViolation::rule)
        .isEqualTo("contract.limit.document-length");
  }

  @Test
  void reportsEveryBrokenFieldOfAPortalSyncWithVietnameseMessages() {
    String body =
        "{\"service\":\"DongBoHoSoMC\",\"madonvi\":\"000.00.01.H22\",\"isUpdating\":\"false\","
            + "\"data\":[{\"MaHoSo\":\"000.00.01.H22-250701-0001\",\"MaTTHC\":\"1.001193\","
            + "\"TenTTHC\":\"Đăng ký khai sinh\",\"ChuHoSo\":\"Nguyễn Văn An\","
            + "\"LoaiDoiTuong\":\"3\",\"NgayTiepNhan\":\"20250701093000\","
            + "\"NgayHenTra\":\"20251301170000\",\"TrangThaiHoSo\":\"2\",\"KenhThucHien\":\"2\","
            + "\"Extra\":1}]}";
    ContractValidationResult r =
        VALIDATOR.validateRequestBody("portal/portal-sync#syncDossiers", body);
    assertThat(r.violations())
        .extracting(ContractViolation::pointer)
        .containsExactlyInAnyOrder("/data/0/LoaiDoiTuong", "/data/0/NgayHenTra", "/data/0/Extra");
    assertThat(r.violations())
        .allSatisfy(
            v -> {
              assertThat(Normalizer.isNormalized(v.messageVi(), Normalizer.Form.NFC)).isTrue();
              assertThat(v.messageVi()).isNotEqualTo(v.messageEn());
            });
    assertThat(r.violations())
        .filteredOn(v -> v.pointer().equals("/data/0/LoaiDoiTuong"))
        .singleElement()
        .extracting(ContractViolation::messageVi)
        .isEqualTo("/data/0/LoaiDoiTuong phải là một trong các giá trị: 1, 2.");
  }

  @Test
  void checksTheResponseStatusHeadersAndProblemBody() {
    Map<String, List<String>> h = new LinkedHashMap<>();
    h.put("LT-Id", List.of("5f0e3c1a-8d8e-4f8a-9a55-2b8f3f1c2d10"));
    h.put("LT-Protocol-Version", List.of("1.0"));
    h.put("Content-Type", List.of("application/problem+json"));
    String problem =
        "{\"type\":\"urn:lienthong:problem:LT-BUS-0302\",\"title\":\"Provider timed out\","
            + "\"status\":504,\"code\":\"LT-BUS-0302\",\"category\":\"provider-down\"}";
    assertThat(VALIDATOR.validateResponse(LOOKUP, 504, h, problem).valid()).isTrue();
    assertThat(VALIDATOR.validateResponse(LOOKUP, 418, h, problem).violations())
        .singleElement()
        .extracting(ContractViolation::code)
        .isEqualTo(CoreErrorCode.CONTRACT_STATUS_UNDECLARED);
    h.remove("LT-Id");
    assertThat(VALIDATOR.validateResponse(LOOKUP, 504, h, problem).violations())
        .extracting(ContractViolation::pointer)
        .containsExactly("/LT-Id");
  }

  @Test
  void requiresTheRequestHashOnSuccessfulResponses() {
    Map<String, List<String>> h = new LinkedHashMap<>();
    h.put("LT-Id", List.of("5f0e3c1a-8d8e-4f8a-9a55-2b8f3f1c2d10"));
    h.put("LT-Protocol-Version", List.of("1.0"));
    h.put("LT-Request-Hash", List.of("not-a-hash"));
    ContractValidationResult r =
        VALIDATOR.validateResponse("registry/population#verifyCitizen", 200, h, "{\"match\":true}");
    assertThat(r.violations())
        .extracting(ContractViolation::pointer, ContractViolation::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/LT-Request-Hash", "contract.schema.pattern"));
  }

  @Test
  void validatesFormEncodedTokenRequests() {
    String op = "lgsp/token#requestToken";
    assertThat(VALIDATOR.validateRequestBody(op, "grant_type=client_credentials").valid()).isTrue();
    assertThat(VALIDATOR.validateRequestBody(op, "grant_type=password").violations())
        .extracting(ContractViolation::pointer)
        .containsExactly("/grant_type");
    assertThat(
            VALIDATOR
                .validateRequestBody(op, "grant_type=client_credentials&grant_type=x")
                .violations())
        .extracting(ContractViolation::rule)
        .containsExactly("contract.form.duplicate");
    assertThat(
            VALIDATOR
                .validateRequestBody(op, "grant_type=client_credentials&client_secret=s")
                .violations())
        .extracting(ContractViolation::pointer)
        .containsExactly("/client_id");
  }

  @Test
  void refusesXmlWithADoctypeSoNoEntityIsEverExpanded() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<edXML:edXMLEnvelope xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">"
            + "&e;</edXML:edXMLEnvelope>";
    Map<String, List<String>> h = headers();
    h.put("LT-Service", List.of("VN/GOV/000.00.00.G01/edoc/document-exchange/v1"));
    h.put("Content-Type", List.of("application/xml"));
    ContractValidationResult r =
        VALIDATOR.validateRequest("exchange/document-exchange#sendDocument", h, xxe);
    assertThat(r.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo(CoreErrorCode.CONTRACT_BODY_MALFORMED);
              assertThat(v.messageEn()).doesNotContain("root:");
            });
  }

  @Test
  void validatesComponentSchemasByName() {
    assertThat(
            VALIDATOR
                .validateSchema(
                    "bus/envelope",
                    "RequestHash",
                    "\"47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU\"")
                .valid())
        .isTrue();
    assertThat(VALIDATOR.validateSchema("common/types", "TaxCode", "\"0314409058-000\"").valid())
        .isFalse();
    assertThatThrownBy(() -> VALIDATOR.validateSchema("bus/envelope", "Nope", "{}"))
        .hasMessageContaining("LT-CORE-0802");
  }

  @Test
  void rejectsABodyForAnOperationThatTakesNone() {
    assertThat(
            VALIDATOR
                .validateRequestBody("exchange/document-exchange#listReceivedDocuments", "{}")
                .violations())
        .singleElement()
        .extracting(ContractViolation::code)
        .isEqualTo(CoreErrorCode.CONTRACT_MEDIA_TYPE);
  }

  @Test
  void refusesUnknownOperations() {
    assertThatThrownBy(() -> VALIDATOR.validateRequestBody("registry/population#x", "{}"))
        .hasMessageContaining("LT-CORE-0802");
  }
}
