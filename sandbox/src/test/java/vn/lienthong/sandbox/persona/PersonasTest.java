package vn.lienthong.sandbox.persona;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.admin.AdministrativeUnits;
import vn.lienthong.core.id.TaxCode;
import vn.lienthong.sandbox.SandboxErrorCode;

class PersonasTest {

  @Test
  void hasAtLeastEightCitizensWithValidConsistentPersonalIds() {
    var citizens = Personas.ofKind(PersonaKind.CITIZEN);
    assertThat(citizens).hasSizeGreaterThanOrEqualTo(8);
    for (Persona p : citizens) {
      var id = p.personalId().orElseThrow();
      assertThat(id.checkAgainst(p.birthDate(), p.gender())).as(p.id()).isEmpty();
      assertThat(id.warnings()).as(p.id()).isEmpty();
    }
  }

  @Test
  void namesAreNfcWithDiacritics() {
    for (Persona p : Personas.all()) {
      assertThat(Normalizer.isNormalized(p.fullName(), Normalizer.Form.NFC)).isTrue();
    }
    assertThat(Personas.require("citizen-lan").fullName()).isEqualTo("Nguyễn Thị Lan");
  }

  @Test
  void residencesAreReal2025Communes() {
    var units = AdministrativeUnits.july2025();
    for (Persona p : Personas.all()) {
      assertThat(units.commune(p.residence().commune().code())).as(p.id()).isPresent();
    }
  }

  @Test
  void coversBothAssuranceLevels() {
    assertThat(Personas.all().stream().flatMap(p -> p.assuranceLevel().stream()))
        .contains(AssuranceLevel.LOA1, AssuranceLevel.LOA2);
  }

  @Test
  void motherAndNewbornShareAHousehold() {
    Persona mother = Personas.require("citizen-lan");
    Persona baby = Personas.require("newborn-an");
    assertThat(baby.personalId()).isEmpty();
    assertThat(baby.canLogIn()).isFalse();
    assertThat(baby.relations()).contains(new Relation(RelationKind.MOTHER, "citizen-lan"));
    assertThat(mother.relations()).contains(new Relation(RelationKind.CHILD, "newborn-an"));
    assertThat(baby.householdId()).isEqualTo(mother.householdId()).isPresent();
  }

  @Test
  void marriedCoupleAreEachOthersSpouse() {
    assertThat(Personas.require("citizen-lan").relations())
        .contains(new Relation(RelationKind.SPOUSE, "citizen-minh"));
    assertThat(Personas.require("citizen-minh").relations())
        .contains(new Relation(RelationKind.SPOUSE, "citizen-lan"));
  }

  @Test
  void relationsPointToExistingPersonas() {
    for (Persona p : Personas.all()) {
      for (Relation r : p.relations()) {
        assertThat(Personas.byId(r.personaId())).as(p.id() + " -> " + r).isPresent();
      }
    }
  }

  @Test
  void enterpriseAccountHasValidTaxCode() {
    Persona e = Personas.require("enterprise-an-phat");
    assertThat(e.accountType()).isEqualTo(AccountType.ENTERPRISE);
    assertThat(TaxCode.isValid(e.taxCode().orElseThrow().value())).isTrue();
  }

  @Test
  void commune00004HasReceiverProcessorApproverAndClerk() {
    LocalDate day = LocalDate.of(2026, 6, 1);
    var roles =
        Personas.ofKind(PersonaKind.OFFICER).stream()
            .filter(
                o ->
                    o.assignments().stream()
                        .anyMatch(a -> a.unit().equals("00004") && a.activeOn(day)))
            .flatMap(o -> o.rolesOn(day).stream())
            .toList();
    assertThat(roles)
        .contains(
            OfficerRole.RECEIVER, OfficerRole.PROCESSOR, OfficerRole.APPROVER, OfficerRole.CLERK);
  }

  @Test
  void movedOfficerKeepsEndedAssignment() {
    Persona moved = Personas.require("officer-moved");
    assertThat(moved.assignments()).hasSize(2);
    Assignment old = moved.assignments().get(0);
    assertThat(old.unit()).isEqualTo("00004");
    assertThat(old.until()).hasValue(LocalDate.of(2026, 3, 1));
    assertThat(old.activeOn(LocalDate.of(2026, 2, 28))).isTrue();
    assertThat(old.activeOn(LocalDate.of(2026, 3, 1))).isFalse();
    assertThat(moved.assignments().get(1).activeOn(LocalDate.of(2026, 3, 1))).isTrue();
  }

  @Test
  void provincialAdminCoversProvince01() {
    Assignment a = Personas.require("officer-province-admin").assignments().get(0);
    assertThat(a.level()).isEqualTo(AssignmentLevel.PROVINCE);
    assertThat(a.unit()).isEqualTo("01");
    assertThat(a.roles()).containsExactly(OfficerRole.ADMIN);
  }

  @Test
  void subjectsAreStableOpaqueAndDistinct() {
    assertThat(Personas.require("citizen-lan").subject())
        .startsWith("sbx-")
        .hasSize(28)
        .doesNotContain("lan");
    assertThat(Personas.all().stream().map(Persona::subject).distinct())
        .hasSize(Personas.all().size());
  }

  @Test
  void toStringMasksPersonalData() {
    assertThat(Personas.require("citizen-lan").toString())
        .doesNotContain("001192004521")
        .doesNotContain("Lan");
  }

  @Test
  void unknownPersonaIsATypedError() {
    assertThatThrownBy(() -> Personas.require("nobody"))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("errorCode", SandboxErrorCode.PERSONA_UNKNOWN);
  }

  @Test
  void builderRefusesPersonalIdDisagreeingWithGender() {
    var b =
        Persona.builder()
            .id("x")
            .kind(PersonaKind.CITIZEN)
            .fullName("Nguyễn Văn X")
            .birthDate(LocalDate.of(1990, 1, 1))
            .gender(vn.lienthong.core.id.Gender.FEMALE)
            .personalId("001090000001")
            .assuranceLevel(AssuranceLevel.LOA1)
            .residence(Personas.require("citizen-lan").residence());
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class);
  }
}
