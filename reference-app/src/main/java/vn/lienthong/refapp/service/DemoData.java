package vn.lienthong.refapp.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.lienthong.core.dossier.Applicant;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.core.id.ProcedureCode;
import vn.lienthong.core.privacy.SafeLogger;
import vn.lienthong.core.text.PersonName;
import vn.lienthong.identity.officer.Assignment;
import vn.lienthong.identity.officer.Officer;
import vn.lienthong.identity.officer.OfficerRole;
import vn.lienthong.identity.officer.UnitLevel;
import vn.lienthong.sandbox.persona.Persona;
import vn.lienthong.sandbox.persona.PersonaKind;
import vn.lienthong.sandbox.persona.Personas;

/**
 * Demo data loaded at first start when {@code demo.data=true}: the sandbox's officer personas
 * (one-stop desk, processor, approver, clerk of commune 00004 Ba Đình; an officer who moved to
 * 00008; a Hà Nội province administrator) and three dossiers (birth registration and certified copy
 * at Ba Đình, permanent residence at Ngọc Hà 00008) with the sdk-core example forms.
 */
final class DemoData {

  private static final SafeLogger LOG = SafeLogger.of(DemoData.class);
  private static final String FORMS = "/vn/lienthong/core/forms/";

  private DemoData() {}

  static List<Officer> officers() {
    return Personas.ofKind(PersonaKind.OFFICER).stream()
        .filter(p -> p.officerId().isPresent() && p.agencyCode().isPresent())
        .map(DemoData::officer)
        .toList();
  }

  static Officer officer(Persona p) {
    Set<OfficerRole> all = EnumSet.noneOf(OfficerRole.class);
    List<Assignment> assignments =
        p.assignments().stream()
            .map(
                a -> {
                  Set<OfficerRole> roles = EnumSet.noneOf(OfficerRole.class);
                  a.roles().forEach(r -> roles.add(OfficerRole.valueOf(r.name())));
                  all.addAll(roles);
                  return new Assignment(
                      a.unit(), UnitLevel.valueOf(a.level().name()), roles, a.from(), a.to());
                })
            .toList();
    return Officer.builder()
        .subject(p.subject())
        .officerId(p.officerId().orElseThrow())
        .fullName(p.fullName())
        .agency(p.agencyCode().orElseThrow())
        .roles(all)
        .assignments(assignments)
        .build();
  }

  static void load(DossierService service, OfficerAccess access) {
    officers().forEach(access::remember);
    submit(service, "citizen-lan", "1.001193", "birth-registration", "00004");
    submit(service, "citizen-minh", "2.000815", "certified-copy", "00004");
    submit(service, "citizen-khanh", "1.004222", "permanent-residence", "00008");
    LOG.info("demo data loaded: {} officers, 3 dossiers", officers().size());
  }

  private static void submit(
      DossierService service, String personaId, String procedure, String form, String commune) {
    Persona p = Personas.require(personaId);
    service.submit(
        Submission.builder()
            .procedure(ProcedureCode.parse(procedure))
            .formData(resource(FORMS + form + "/examples/valid.json"))
            .applicant(
                Applicant.citizen(
                    p.personalId().orElse(PersonalIdNumber.parse("001192004521")),
                    PersonName.parse(p.fullName())))
            .competentCommune(commune)
            .actor("citizen")
            .idempotencyKey("demo", personaId + "-" + procedure)
            .build());
  }

  static String resource(String path) {
    try (InputStream in = DemoData.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("unreadable resource " + path, e);
    }
  }
}
