package vn.lienthong.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.InvalidInputException;

class ContractsTest {

  private final Contracts contracts = Contracts.bundled();

  @Test
  void listsEveryBundledContract() {
    assertThat(contracts.list())
        .extracting(Contract::name)
        .containsExactly(
            "bus/envelope",
            "common/types",
            "registry/population",
            "registry/business",
            "registry/civil-status",
            "registry/land",
            "portal/portal-sync",
            "exchange/document-exchange",
            "lgsp/token",
            "commune/commune-api");
  }

  @Test
  void listsThePortalSyncOperations() {
    Contract portal = contracts.contract("portal/portal-sync");
    assertThat(portal.version()).isEqualTo("1.0.0");
    assertThat(portal.resourcePath()).isEqualTo("/contracts/portal/portal-sync.yaml");
    assertThat(portal.operations())
        .extracting(
            ContractOperation::operationId, ContractOperation::method, ContractOperation::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("syncDossiers", "POST", "/DongBoHoSoMC"),
            org.assertj.core.groups.Tuple.tuple("updateProgress", "POST", "/CapNhatTienDoHoSoMC"),
            org.assertj.core.groups.Tuple.tuple("lookupDossier", "POST", "/TraCuuHoSo"));
  }

  @Test
  void describesHeadersMediaTypesAndStatusesOfAnOperation() {
    ContractOperation op = contracts.operation("registry/population#lookupCitizen");
    assertThat(op.ref()).isEqualTo("registry/population#lookupCitizen");
    assertThat(op.requestMediaTypes()).containsExactly("application/json");
    assertThat(op.requiredRequestHeaders())
        .containsExactly("LT-Protocol-Version", "LT-Client", "LT-Service", "LT-Id", "LT-UserId");
    assertThat(op.requestHeaders()).contains("LT-Issue", "LT-Request-Hash");
    assertThat(op.responseStatuses()).contains("200", "400", "404", "503");
  }

  @Test
  void documentExchangeHasFiveOperationsAndTokenOne() {
    assertThat(contracts.contract("exchange/document-exchange").operations())
        .extracting(ContractOperation::operationId)
        .containsExactly(
            "sendDocument",
            "listReceivedDocuments",
            "getDocument",
            "updateDocumentStatus",
            "getDocumentStatus");
    assertThat(contracts.operation("lgsp/token#requestToken").requestMediaTypes())
        .containsExactly("application/x-www-form-urlencoded");
    assertThat(contracts.contract("bus/envelope").operations()).isEmpty();
  }

  @Test
  void findsAContractByMajorOrFullerVersion() {
    assertThat(contracts.contract("registry/land", "1").version()).isEqualTo("1.0.0");
    assertThat(contracts.contract("registry/land", "1.0").name()).isEqualTo("registry/land");
    assertThat(contracts.contract("registry/land", "1.0.0").name()).isEqualTo("registry/land");
  }

  @Test
  void refusesVersionsNotBundled() {
    assertThatThrownBy(() -> contracts.contract("registry/land", "1.1"))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).errorCode())
        .isEqualTo(CoreErrorCode.CONTRACT_UNKNOWN);
    assertThatThrownBy(() -> contracts.contract("registry/land", "2"))
        .hasMessageContaining("LT-CORE-0801");
    assertThatThrownBy(() -> contracts.contract("registry/land", "v1"))
        .hasMessageContaining("LT-CORE-0801");
    assertThatThrownBy(() -> contracts.contract("../../etc/passwd", "1"))
        .hasMessageContaining("LT-CORE-0801");
  }

  @Test
  void refusesUnknownContractsAndOperations() {
    assertThatThrownBy(() -> contracts.contract("registry/insurance"))
        .hasMessageContaining("LT-CORE-0801");
    assertThatThrownBy(() -> contracts.operation("registry/population#deleteCitizen"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("LT-CORE-0802")
        .hasMessageContaining("deleteCitizen");
    assertThatThrownBy(() -> contracts.operation("lookupCitizen"))
        .hasMessageContaining("LT-CORE-0801");
    assertThat(contracts.contract("registry/population").operation("nope")).isEmpty();
  }
}
