package vn.lienthong.refapp.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.forms.FormDefinition;
import vn.lienthong.core.forms.FormValidator;
import vn.lienthong.core.forms.ProcedureCatalogue;
import vn.lienthong.core.id.ProcedureCode;

class FormModelTest {

  private static FormModel model(String procedure) {
    FormDefinition d =
        FormValidator.create()
            .definition(
                ProcedureCatalogue.bundled()
                    .find(ProcedureCode.parse(procedure))
                    .orElseThrow()
                    .form()
                    .orElseThrow());
    return new FormModel(d);
  }

  @Test
  void aListOfObjectsOffersNumberedRowsOfFieldsCappedByMaxItems() {
    FormModel residence = model("1.004222");
    FormModel.Item members =
        residence.sections().stream()
            .flatMap(s -> s.items().stream())
            .filter(i -> i.pointer().equals("/members"))
            .findFirst()
            .orElseThrow();
    assertThat(members.isList()).isTrue();
    assertThat(members.children()).hasSize(FormModel.MAX_ROWS);
    assertThat(members.children().get(1).label()).isEqualTo("Thành viên thứ 2");
    assertThat(residence.leaves())
        .containsKey("/members/0/fullName")
        .containsKey("/members/9/gender");
    // Fields of a row are required only once the row is used; the validator says so then.
    assertThat(residence.leaves().get("/members/0/fullName").required()).isFalse();
  }

  @Test
  void rowsLeftBlankVanishAndTheOthersKeepTheirOrder() throws Exception {
    FormModel residence = model("1.004222");
    Map<String, String> posted = new LinkedHashMap<>();
    posted.put("/content", "Đăng ký thường trú");
    posted.put("/members/0/fullName", "  ");
    posted.put("/members/2/fullName", "Hoàng Minh Nhật");
    posted.put("/members/2/gender", "1");
    posted.put("/members/5/fullName", "Hoàng Thu Hà");
    Map<String, String> compact = residence.compactRows(posted);
    assertThat(compact)
        .containsEntry("/content", "Đăng ký thường trú")
        .containsEntry("/members/0/fullName", "Hoàng Minh Nhật")
        .containsEntry("/members/0/gender", "1")
        .containsEntry("/members/1/fullName", "Hoàng Thu Hà")
        .doesNotContainKeys("/members/2/fullName", "/members/5/fullName");

    String json = residence.document(p -> compact.getOrDefault(p, ""));
    JsonNode doc = new ObjectMapper().readTree(json);
    assertThat(doc.path("members").isArray()).isTrue();
    assertThat(doc.path("members")).hasSize(2);
    assertThat(doc.at("/members/0/gender").asInt()).isEqualTo(1);
    assertThat(doc.at("/members/1/fullName").asText()).isEqualTo("Hoàng Thu Hà");
    // And back, to show a stored document again.
    assertThat(residence.values(json)).containsEntry("/members/1/fullName", "Hoàng Thu Hà");
  }

  @Test
  void aListOfTextsBecomesAnArrayOfStrings() throws Exception {
    FormModel business = model(householdBusinessProcedure());
    Map<String, String> posted = Map.of("/businessLines/1", "Bán lẻ thực phẩm");
    Map<String, String> compact = business.compactRows(posted);
    JsonNode doc = new ObjectMapper().readTree(business.document(p -> compact.getOrDefault(p, "")));
    assertThat(doc.path("businessLines").isArray()).isTrue();
    assertThat(List.of(doc.path("businessLines").get(0).asText()))
        .containsExactly("Bán lẻ thực phẩm");
  }

  private static String householdBusinessProcedure() {
    return ProcedureCatalogue.bundled().entries().stream()
        .filter(
            e ->
                e.form().isPresent()
                    && e.form().get().toString().contains("household-business-registration"))
        .findFirst()
        .orElseThrow()
        .code()
        .toString();
  }
}
