package vn.lienthong.conformance.internal.checks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.lienthong.conformance.Check;
import vn.lienthong.conformance.CheckContext;
import vn.lienthong.conformance.CheckResult;
import vn.lienthong.conformance.HttpExchange;
import vn.lienthong.conformance.TargetResponse;
import vn.lienthong.conformance.Text;
import vn.lienthong.core.LienThongException;

/**
 * {@code LT-IDN-002}: an officer whose assignments do not cover a dossier's commune can neither
 * read it, nor its audit evidence, nor act on it through the Commune API; each answer must be 403
 * or 404 and the officer's inbox must not list it. Judged on the contract only: the officer's
 * bearer token is a setting ({@link CheckContext#FOREIGN_OFFICER_TOKEN}) and must be valid (the
 * inbox answers 200), otherwise the check reports an error. Stateless and thread-safe.
 */
public final class JurisdictionCheck implements Check {

  private static final Text EXPECTED =
      new Text(
          "Cán bộ ngoài địa bàn nhận 403 hoặc 404 khi xem, xem nhật ký hoặc thao tác trên hồ sơ, và"
              + " hồ sơ không có trong danh sách việc của cán bộ đó",
          "an officer outside the dossier's commune gets 403 or 404 when reading it, reading its"
              + " audit evidence or acting on it, and does not see it in their inbox");

  @Override
  public String id() {
    return "idn.jurisdiction.cross-commune-denied";
  }

  @Override
  public String requirement() {
    return "LT-IDN-002";
  }

  @Override
  public CheckResult run(CheckContext context) {
    Optional<String> token = context.setting(CheckContext.FOREIGN_OFFICER_TOKEN);
    if (token.isEmpty()) {
      return CheckResult.skipped(Checks.notConfigured(CheckContext.FOREIGN_OFFICER_TOKEN));
    }
    List<HttpExchange> evidence = new ArrayList<>();
    try {
      Map<String, String> officer = new LinkedHashMap<>();
      officer.put("Authorization", "Bearer " + token.get());
      officer.put("Accept", "application/json");
      Optional<String> given = context.setting(CheckContext.FOREIGN_DOSSIER);
      String code;
      if (given.isPresent()) {
        code = given.get();
      } else {
        CommuneApi api = new CommuneApi(context);
        CommuneApi.Call filed =
            api.file(api.filing(), CommuneApi.newMessageId(), UUID.randomUUID().toString());
        evidence.add(filed.exchange());
        if (filed.status() / 100 != 2 || !filed.json().path("dossierCode").isTextual()) {
          return CheckResult.error(
              "the target did not receive the kit's dossier (HTTP " + filed.status() + ")",
              evidence);
        }
        code = filed.json().path("dossierCode").asText();
      }
      TargetResponse inbox =
          context.http().send("GET", context.resolve("/commune/v1/inbox"), officer, new byte[0]);
      evidence.add(inbox.exchange());
      if (inbox.status() != 200) {
        return CheckResult.error(
            "the officer token of "
                + CheckContext.FOREIGN_OFFICER_TOKEN
                + " was not accepted (inbox answered "
                + inbox.status()
                + "), so a refusal would prove nothing",
            evidence);
      }
      List<String> seenVi = new ArrayList<>();
      List<String> seenEn = new ArrayList<>();
      if (inbox.text().contains(code)) {
        seenVi.add("danh sách việc (inbox) có hồ sơ " + code);
        seenEn.add("the inbox lists dossier " + code);
      }
      String base = "/commune/v1/dossiers/" + code;
      Map<String, String> json = new LinkedHashMap<>(officer);
      json.put("Content-Type", "application/json");
      String action =
          "{\"action\":\"accept\",\"transitionId\":\"kit-jurisdiction-" + UUID.randomUUID() + "\"}";
      TargetResponse[] answers = {
        context.http().send("GET", context.resolve(base), officer, new byte[0]),
        context.http().send("GET", context.resolve(base + "/audit"), officer, new byte[0]),
        context
            .http()
            .send(
                "POST",
                context.resolve(base + "/actions"),
                json,
                action.getBytes(StandardCharsets.UTF_8))
      };
      for (TargetResponse r : answers) {
        evidence.add(r.exchange());
        if (r.status() != 403 && r.status() != 404) {
          seenVi.add(r.exchange().summary());
          seenEn.add(r.exchange().summary());
        }
      }
      if (!seenEn.isEmpty()) {
        return CheckResult.failed(
            EXPECTED,
            "Cán bộ ngoài địa bàn vẫn tiếp cận được hồ sơ: " + String.join("; ", seenVi),
            "an officer outside the commune reached the dossier: " + String.join("; ", seenEn),
            evidence);
      }
      return CheckResult.passed(
          "read, audit and action on " + code + " refused (403/404); not in the inbox", evidence);
    } catch (LienThongException e) {
      return CheckResult.error("could not reach the target: " + e.getMessage(), evidence);
    }
  }
}
