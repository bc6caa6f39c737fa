package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.contracts.ContractOperation;
import vn.lienthong.core.contracts.ContractValidationResult;
import vn.lienthong.core.contracts.ContractValidator;
import vn.lienthong.core.contracts.ContractViolation;
import vn.lienthong.core.contracts.Contracts;

/** Examples of docs/contracts.md. */
class ContractsExamples {

  @Test
  void list() {
    // tag::list[]
    for (ContractOperation op : Contracts.bundled().contract("portal/portal-sync").operations()) {
      // POST /DongBoHoSoMC         portal/portal-sync#syncDossiers
      // POST /CapNhatTienDoHoSoMC  portal/portal-sync#updateProgress
      // POST /TraCuuHoSo           portal/portal-sync#lookupDossier
      String line = op.method() + " " + op.path() + "  " + op.ref();
    }
    // end::list[]
    assertThat(Contracts.bundled().contract("portal/portal-sync").operations()).hasSize(3);
  }

  @Test
  void portalSync() {
    // tag::portal-sync[]
    String body =
        """
        {"service": "DongBoHoSoMC", "madonvi": "000.00.01.H22", "isUpdating": "false",
         "data": [{"MaHoSo": "000.00.01.H22-250701-0001", "MaTTHC": "1.001193",
                   "TenTTHC": "Thủ tục đăng ký khai sinh", "ChuHoSo": "Nguyễn Văn An",
                   "LoaiDoiTuong": "1", "MaDoiTuong": "001090123456",
                   "NgayTiepNhan": "20250701093000", "NgayHenTra": "2025-07-01",
                   "TrangThaiHoSo": "11", "KenhThucHien": "2"}]}
        """;
    ContractValidator validator = ContractValidator.create(); // compiles each schema once; share it
    ContractValidationResult result =
        validator.validateRequestBody("portal/portal-sync#syncDossiers", body);
    for (ContractViolation v : result.violations()) {
      // /data/0/NgayHenTra     contract.schema.pattern  /data/0/NgayHenTra không đúng định dạng ...
      // /data/0/TrangThaiHoSo  contract.schema.enum     ... phải là một trong các giá trị: 1, 2,
      // ...
      String line = v.pointer() + " " + v.rule() + " " + v.messageVi();
    }
    // end::portal-sync[]
    assertThat(result.violations())
        .extracting(ContractViolation::pointer)
        .containsExactlyInAnyOrder("/data/0/NgayHenTra", "/data/0/TrangThaiHoSo");
  }

  @Test
  void headers() {
    // tag::headers[]
    Map<String, List<String>> headers =
        Map.of(
            "LT-Protocol-Version", List.of("1.0"),
            "LT-Client", List.of("VN/GOV/000.00.01.H22/mot-cua-xa"),
            "LT-Service", List.of("VN/GOV/000.00.00.G01/csdl-dan-cu/citizen-lookup/v1"),
            "LT-Id", List.of("5f0e3c1a-8d8e-4f8a-9a55-2b8f3f1c2d10"),
            "Content-Type", List.of("application/json"));
    ContractValidationResult result =
        ContractValidator.create()
            .validateRequest(
                "registry/population#lookupCitizen",
                headers,
                "{\"personalId\": \"001090123456\", \"purpose\": {\"code\": \"prefill\"}}");
    // one violation: /LT-UserId, contract.header.missing, "Thiếu tiêu đề bắt buộc LT-UserId."
    // end::headers[]
    assertThat(result.violations())
        .singleElement()
        .extracting(ContractViolation::messageVi)
        .isEqualTo("Thiếu tiêu đề bắt buộc LT-UserId.");
  }
}
