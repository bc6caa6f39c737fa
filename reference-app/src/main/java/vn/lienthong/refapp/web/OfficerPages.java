package vn.lienthong.refapp.web;

import static vn.lienthong.refapp.web.Html.attr;
import static vn.lienthong.refapp.web.Html.el;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.admin.AdministrativeUnits;
import vn.lienthong.core.admin.Commune;
import vn.lienthong.core.forms.FormDefinition;
import vn.lienthong.core.id.ProcedureCode;
import vn.lienthong.core.privacy.Masking;
import vn.lienthong.identity.officer.Assignment;
import vn.lienthong.identity.officer.Decision;
import vn.lienthong.identity.officer.OfficerAction;
import vn.lienthong.identity.officer.UnitLevel;
import vn.lienthong.refapp.RefappErrorCode;

/**
 * The officer's pages: the inbox of the communes in the officer's jurisdiction (overdue first, then
 * by due date), a dossier with its declaration and history, and the processing actions, each
 * checked against the jurisdiction policy on the server.
 */
final class OfficerPages {

  private OfficerPages() {}

  /** The communes an officer's assignments cover today (a province assignment covers all of it). */
  static Set<String> communes(Principal.Staff officer, LocalDate today) {
    Set<String> out = new TreeSet<>();
    AdministrativeUnits units = AdministrativeUnits.current();
    for (Assignment a : officer.assignments()) {
      boolean inForce = !today.isBefore(a.from()) && (a.to() == null || !today.isAfter(a.to()));
      if (!inForce) {
        continue;
      }
      if (a.level() == UnitLevel.COMMUNE) {
        out.add(a.unit());
      } else {
        units
            .province(a.unit())
            .ifPresent(p -> units.communesOf(p).forEach(c -> out.add(c.code())));
      }
    }
    return out;
  }

  static OfficerAction needs(DossierDesk.Action action) {
    return switch (action) {
      case ACCEPT, REFUSE, HAND_OVER -> OfficerAction.RECEIVE;
      case PROCESS, REQUEST_SUPPLEMENT -> OfficerAction.PROCESS;
      case APPROVE_AND_SIGN -> OfficerAction.APPROVE;
      case AGENCY_SEAL -> OfficerAction.KEEP_RECORDS;
    };
  }

  static void inbox(Exchange x) throws IOException {
    Principal.Staff officer = x.officer().orElse(null);
    if (officer == null) {
      return;
    }
    Instant now = x.env().clock().instant();
    Set<String> communes = communes(officer, x.env().today());
    List<DossierDesk.Summary> list = new ArrayList<>(x.env().desk().inbox(officer, communes, now));
    list.sort(InterimDossierDesk.inboxOrder(now)); // overdue first, whatever the desk returns
    List<Object> rows = new ArrayList<>();
    for (DossierDesk.Summary s : list) {
      boolean overdue = s.dueAt().isBefore(now);
      rows.add(
          el(
              "tr",
              overdue ? attr("class", "overdue") : null,
              el("td", el("a", attr("href", "/can-bo/ho-so/" + s.code()), s.code())),
              el("td", s.procedureName()),
              el("td", s.applicantName()),
              el("td", communeName(s.commune())),
              el("td", s.status().vietnameseLabel()),
              el(
                  "td",
                  Dates.dateTime(s.dueAt()),
                  overdue ? el("strong", attr("class", "badge"), " Quá hạn") : null)));
    }
    String scope =
        communes.size() <= 3
            ? String.join(", ", communes.stream().map(OfficerPages::communeName).toList())
            : communes.size() + " xã, phường";
    x.page(
        "Hồ sơ cần xử lý",
        el(
            "p",
            attr("class", "lead"),
            "Phạm vi: " + (communes.isEmpty() ? "không có phân công" : scope)),
        list.isEmpty()
            ? Page.notice("Không có hồ sơ nào đang chờ xử lý.")
            : el(
                "div",
                attr("class", "table-wrap"),
                el(
                    "table",
                    attr("class", "inbox"),
                    el("caption", "Hồ sơ quá hạn xếp trước, sau đó theo hạn trả"),
                    el(
                        "thead",
                        el(
                            "tr",
                            el("th", attr("scope", "col"), "Mã hồ sơ"),
                            el("th", attr("scope", "col"), "Thủ tục"),
                            el("th", attr("scope", "col"), "Người nộp"),
                            el("th", attr("scope", "col"), "Xã, phường"),
                            el("th", attr("scope", "col"), "Trạng thái"),
                            el("th", attr("scope", "col"), "Hạn trả"))),
                    el("tbody", rows))));
  }

  static String communeName(String code) {
    return AdministrativeUnits.current().commune(code).map(Commune::name).orElse(code);
  }

  /** The dossier, if the officer may see it (an action of any role is allowed there today). */
  private static DossierDesk.Detail visible(Exchange x, Principal.Staff officer, String code) {
    return x.env().desk().forOfficer(officer, communes(officer, x.env().today()), code);
  }

  static void dossier(Exchange x, String code) throws IOException {
    Principal.Staff officer = x.officer().orElse(null);
    if (officer == null) {
      return;
    }
    DossierDesk.Detail d = visible(x, officer, code);
    List<Object> buttons = new ArrayList<>();
    for (DossierDesk.Action a : d.allowed()) {
      Decision decision =
          x.env()
              .jurisdiction()
              .decide(officer.officer(), needs(a), d.summary().commune(), x.env().today());
      if (decision.allowed()) {
        buttons.add(
            el(
                "button",
                attr("type", "submit"),
                attr("name", "action"),
                attr("value", a.name()),
                a == DossierDesk.Action.REFUSE ? attr("class", "danger") : null,
                a.label()));
      }
    }
    List<Html.Node> body = new ArrayList<>();
    body.add(facts(d, true));
    if (d.allowed().contains(DossierDesk.Action.AGENCY_SEAL)) {
      body.add(
          Page.notice(
              "Kết quả đã được người có thẩm quyền ký số, đang chờ văn thư đóng dấu"
                  + " (ký số cơ quan) trước khi trả kết quả."));
    }
    body.add(declaration(d));
    if (!buttons.isEmpty()) {
      body.add(
          el(
              "form",
              attr("method", "post"),
              attr("action", "/can-bo/ho-so/" + d.summary().code()),
              attr("class", "eform actions-form"),
              Forms.csrfField(x.ensureSession().csrfToken()),
              el("h2", "Xử lý hồ sơ"),
              el(
                  "div",
                  attr("class", "field"),
                  el("label", attr("for", "ghi-chu"), "Ghi chú, lý do (nếu có)"),
                  el(
                      "textarea",
                      attr("id", "ghi-chu"),
                      attr("name", "note"),
                      attr("rows", "3"),
                      attr("maxlength", "2000"),
                      "")),
              el("div", attr("class", "actions"), buttons)));
    } else {
      body.add(Page.notice("Không có thao tác nào bạn được thực hiện với hồ sơ ở trạng thái này."));
    }
    body.add(history(d));
    x.page("Hồ sơ " + d.summary().code(), body.toArray(Html.Node[]::new));
  }

  static void act(Exchange x, String code) throws IOException {
    Principal.Staff officer = x.officer().orElse(null);
    if (officer == null) {
      return;
    }
    x.checkCsrf();
    DossierDesk.Detail d = visible(x, officer, code);
    DossierDesk.Action action;
    try {
      action = DossierDesk.Action.valueOf(x.param("action").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          RefappErrorCode.ACTION_NOT_ALLOWED, ErrorDetails.field(code).rule("unknown"));
    }
    Decision decision =
        x.env()
            .jurisdiction()
            .decide(officer.officer(), needs(action), d.summary().commune(), x.env().today());
    if (!decision.allowed()) {
      throw new InvalidInputException(
          RefappErrorCode.ACCESS_DENIED, ErrorDetails.field(code).rule(decision.vietnamese()));
    }
    String note = x.param("note");
    x.env()
        .desk()
        .act(officer, code, action, note.length() > 2000 ? note.substring(0, 2000) : note);
    x.redirect("/can-bo/ho-so/" + code);
  }

  static Html.Node facts(DossierDesk.Detail d, boolean forOfficer) {
    DossierDesk.Summary s = d.summary();
    return el(
        "dl",
        attr("class", "facts"),
        el("dt", "Mã hồ sơ"),
        el("dd", s.code()),
        el("dt", "Thủ tục"),
        el("dd", s.procedureName()),
        el("dt", "Người nộp"),
        el("dd", s.applicantName()),
        forOfficer ? el("dt", "Số định danh") : null,
        forOfficer ? el("dd", Masking.personalIdNumber(d.applicantPersonalId())) : null,
        el("dt", "Xã, phường"),
        el("dd", communeName(s.commune())),
        el("dt", "Trạng thái"),
        el("dd", s.status().vietnameseLabel()),
        el("dt", "Ngày tiếp nhận"),
        el("dd", Dates.dateTime(s.receivedAt())),
        el("dt", "Hẹn trả kết quả"),
        el("dd", Dates.dateTime(s.dueAt())),
        d.attachmentNames().isEmpty() ? null : el("dt", "Giấy tờ đính kèm"),
        d.attachmentNames().isEmpty() ? null : el("dd", String.join(", ", d.attachmentNames())));
  }

  /** The declaration as filed, field by field, with the form's labels. */
  static Html.Node declaration(DossierDesk.Detail d) {
    List<Object> rows = new ArrayList<>();
    try {
      var entry =
          vn.lienthong.core.forms.ProcedureCatalogue.bundled()
              .find(ProcedureCode.parse(d.procedureCode()));
      if (entry.isPresent() && entry.get().form().isPresent()) {
        FormDefinition def =
            vn.lienthong.core.forms.FormValidator.create().definition(entry.get().form().get());
        FormModel model = CitizenPages.model(def);
        model
            .values(d.formJson())
            .forEach(
                (pointer, value) -> {
                  FormModel.Item item = model.leaves().get(pointer);
                  String label = item == null ? pointer : item.label();
                  String shown =
                      item != null && !item.choices().isEmpty()
                          ? FormModel.choiceLabel(value)
                          : value;
                  rows.add(
                      el(
                          "tr",
                          el("th", attr("scope", "row"), label + " (" + pointer + ")"),
                          el("td", shown)));
                });
      }
    } catch (RuntimeException e) {
      rows.clear();
    }
    return el(
        "section",
        el("h2", "Tờ khai"),
        el(
            "div",
            attr("class", "table-wrap"),
            el(
                "table",
                attr("class", "declaration"),
                el("caption", "Nội dung tờ khai đã nộp"),
                el("tbody", rows))));
  }

  static Html.Node history(DossierDesk.Detail d) {
    List<Object> items = new ArrayList<>();
    for (DossierDesk.Event e : d.history()) {
      items.add(
          el(
              "li",
              el("span", attr("class", "when"), Dates.dateTime(e.at())),
              " – ",
              e.what(),
              " (" + e.actor() + ")",
              e.note().isEmpty() ? null : el("span", attr("class", "note"), ": " + e.note())));
    }
    return el("section", el("h2", "Quá trình xử lý"), el("ol", attr("class", "history"), items));
  }
}
