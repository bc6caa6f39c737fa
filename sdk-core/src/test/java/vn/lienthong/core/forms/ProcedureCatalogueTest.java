package vn.lienthong.core.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.lienthong.core.calendar.ProcessingDeadline;
import vn.lienthong.core.id.ProcedureCode;

class ProcedureCatalogueTest {

  private final ProcedureCatalogue catalogue = ProcedureCatalogue.bundled();

  private CatalogueEntry entry(String code) {
    return catalogue.find(ProcedureCode.parse(code)).orElseThrow();
  }

  @Test
  void birthRegistrationIsSameDayWithTheThreePmRuleAndFree() {
    CatalogueEntry birth = entry("1.001193");
    assertThat(birth.name()).isEqualTo("Đăng ký khai sinh");
    assertThat(birth.level()).isEqualTo(CompetentLevel.COMMUNE);
    assertThat(birth.deadline().isSameDay()).isTrue();
    assertThat(birth.deadline().isSameDay()).isTrue();
    assertThat(birth.fees()).extracting(CatalogueFee::amountVnd).containsExactly(0L);
    assertThat(birth.form()).contains(FormId.BIRTH_REGISTRATION);
  }

  @Test
  void permanentResidenceTakesSevenWorkingDaysAndTemporaryThree() {
    assertThat(entry("1.004222").deadline()).isEqualTo(ProcessingDeadline.workingDays(7));
    assertThat(entry("1.004194").deadline()).isEqualTo(ProcessingDeadline.workingDays(3));
  }

  @Test
  void saysWhichDocumentsRegistryDataReplaces() {
    assertThat(entry("1.001193").documents())
        .filteredOn(d -> d.replacingRegistry().isPresent())
        .extracting(RequiredDocument::id)
        .containsExactly("requester-identity", "parents-marriage");
  }

  @Test
  void everyBundledFormHasACatalogueEntryWithTheSameProcedureCode() {
    for (FormDefinition form : FormValidator.create().forms()) {
      CatalogueEntry entry = catalogue.find(form.procedure()).orElseThrow();
      assertThat(entry.form()).contains(form.id());
    }
    assertThat(catalogue.entries()).hasSize(7);
  }

  @Test
  void unknownProcedureIsAnEmptyResult() {
    assertThat(catalogue.find(ProcedureCode.parse("9.999999"))).isEmpty();
  }

  @Test
  void sameDayProceduresUseTheSameDeadlineTypeAsTheCalendar() {
    assertThat(entry("1.001193").deadline()).isEqualTo(ProcessingDeadline.sameDay());
    assertThat(entry("1.001193").deadline().isSameDay()).isTrue();
  }
}
