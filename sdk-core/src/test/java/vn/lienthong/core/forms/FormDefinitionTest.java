package vn.lienthong.core.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.InvalidInputException;

class FormDefinitionTest {

  private final FormValidator validator = FormValidator.create();

  @Test
  void bundlesSevenFormsWithVietnameseTitlesAndProcedureCodes() {
    assertThat(validator.forms())
        .extracting(d -> d.procedure().value())
        .containsExactly(
            "1.001193", "1.000656", "1.000894", "1.004222", "1.004194", "2.000815", "1.001612");
    assertThat(validator.definition(FormId.BIRTH_REGISTRATION).title())
        .isEqualTo("Tờ khai đăng ký khai sinh");
  }

  @Test
  void birthFormPrefillsRequesterFromThePopulationRegistryOnceOnly() {
    FormDefinition birth = validator.definition(FormId.BIRTH_REGISTRATION);
    assertThat(birth.prefill())
        .contains(new PrefillDescriptor("/requester/fullName", "population", "HoVaTen", "citizen"));
    assertThat(birth.prefill().get(0).byLoggedInCitizen()).isTrue();
  }

  @Test
  void uiHintsGiveOrderGroupsWidgetsAndVietnameseHelp() {
    UiHints ui = validator.definition(FormId.BIRTH_REGISTRATION).uiHints();
    assertThat(ui.order()).startsWith("/requester", "/child");
    assertThat(ui.groups()).extracting(UiGroup::title).contains("Người được khai sinh");
    assertThat(ui.widget("/child/birthDate")).contains("date");
    assertThat(ui.helpText("/father")).hasValueSatisfying(h -> assertThat(h).contains("cha"));
  }

  @Test
  void everyPrefilledAndHintedPointerExistsInTheSchema() {
    for (FormDefinition d : validator.forms()) {
      String schema = d.schemaJson();
      d.prefill().forEach(p -> assertLastTokenIsAProperty(schema, p.pointer()));
      d.uiHints().order().forEach(p -> assertLastTokenIsAProperty(schema, p));
      d.uiHints().widgets().keySet().forEach(p -> assertLastTokenIsAProperty(schema, p));
    }
  }

  private static void assertLastTokenIsAProperty(String schema, String pointer) {
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    assertThat(schema.contains("\"" + last + "\"") || schemaCommonHas(last)).as(pointer).isTrue();
  }

  private static boolean schemaCommonHas(String property) {
    return java.util.Set.of("fullName", "personalIdNumber", "residence", "birthDate", "gender")
        .contains(property);
  }

  @Test
  void unknownFormIsAnException() {
    assertThatThrownBy(() -> validator.definition(new FormId("no-such-form", "1.0")))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).errorCode())
        .isEqualTo(CoreErrorCode.FORM_UNKNOWN);
  }
}
