package vn.lienthong.refapp.web;

import static vn.lienthong.refapp.web.Html.attr;
import static vn.lienthong.refapp.web.Html.el;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.ErrorMessages;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.dossier.DossierStatus;
import vn.lienthong.core.forms.CatalogueEntry;
import vn.lienthong.core.forms.FormDefinition;
import vn.lienthong.core.forms.FormError;
import vn.lienthong.core.forms.FormId;
import vn.lienthong.core.forms.FormValidationResult;
import vn.lienthong.core.forms.PrefillDescriptor;
import vn.lienthong.refapp.RefappErrorCode;

/** The citizen's pages: the e-form of a procedure (prefilled), filing, my dossiers, supplements. */
final class CitizenPages {

  /** Largest form submission accepted, attachments included (55 MiB). */
  static final long MAX_SUBMISSION_BYTES = 5L * Attachments.MAX_ATTACHMENT_BYTES + 5L * 1024 * 1024;

  /** Largest text field value accepted in a posted form, in characters. */
  static final int MAX_FIELD_LENGTH = 4_000;

  /** Jetty reads multipart bodies when this request attribute holds the configuration. */
  static final String MULTIPART_ATTRIBUTE = "org.eclipse.jetty.multipartConfig";

  static final String ATTACHMENTS_FIELD = "attachments";
  static final String IDEMPOTENCY_FIELD = "_idempotency";

  private static final Map<FormId, FormModel> MODELS = new ConcurrentHashMap<>();

  private CitizenPages() {}

  static FormModel model(FormDefinition d) {
    return MODELS.computeIfAbsent(d.id(), id -> new FormModel(d));
  }

  static void form(Exchange x, String code) throws IOException {
    Principal.Citizen citizen = x.citizen().orElse(null);
    if (citizen == null) {
      return;
    }
    CatalogueEntry entry = PublicPages.entry(x, code);
    FormDefinition def = definition(x, entry, code);
    Prefill.Result prefill = x.env().prefill().prefill(def, citizen.personalId(), Map.of());
    Map<String, String> values = new LinkedHashMap<>();
    prefill.values().forEach((p, v) -> values.put(p, v.value()));
    render(x, 200, entry, model(def), values, prefill, List.of(), List.of());
  }

  static void submit(Exchange x, String code) throws IOException {
    Principal.Citizen citizen = x.citizen().orElse(null);
    if (citizen == null) {
      return;
    }
    if (x.request.getContentLengthLong() > MAX_SUBMISSION_BYTES) {
      throw tooLarge(code);
    }
    List<Attachments.Incoming> files = new ArrayList<>();
    String contentType = String.valueOf(x.request.getContentType());
    if (contentType.startsWith("multipart/form-data")) {
      x.request.setAttribute(
          MULTIPART_ATTRIBUTE,
          new MultipartConfigElement(
              "", Attachments.MAX_ATTACHMENT_BYTES, MAX_SUBMISSION_BYTES, 64 * 1024));
      try {
        for (Part part : x.request.getParts()) {
          if (part.getName().equals(ATTACHMENTS_FIELD)
              && part.getSubmittedFileName() != null
              && !part.getSubmittedFileName().isEmpty()) {
            if (part.getSize() > Attachments.MAX_ATTACHMENT_BYTES) {
              throw tooLarge(code);
            }
            try (InputStream in = part.getInputStream()) {
              files.add(
                  new Attachments.Incoming(
                      part.getSubmittedFileName(),
                      in.readNBytes(Attachments.MAX_ATTACHMENT_BYTES + 1)));
            }
          }
        }
      } catch (ServletException | IllegalStateException e) {
        throw tooLarge(code);
      }
    }
    x.checkCsrf();
    CatalogueEntry entry = PublicPages.entry(x, code);
    FormDefinition def = definition(x, entry, code);
    FormModel model = model(def);
    Map<String, String> values = new LinkedHashMap<>();
    for (String pointer : model.leaves().keySet()) {
      String v = x.param(pointer);
      if (v.length() > MAX_FIELD_LENGTH) {
        throw tooLarge(code);
      }
      values.put(pointer, v);
    }
    // Registry values for the logged-in citizen are not taken from the browser: filled again here.
    Prefill.Result prefill = x.env().prefill().prefill(def, citizen.personalId(), values);
    for (PrefillDescriptor d : def.prefill()) {
      prefill.values().entrySet().stream()
          .filter(e -> e.getKey().equals(d.pointer()) || e.getKey().startsWith(d.pointer() + "/"))
          .forEach(
              e -> {
                if (d.byLoggedInCitizen() || values.getOrDefault(e.getKey(), "").isEmpty()) {
                  values.put(e.getKey(), e.getValue().value());
                }
              });
    }
    Map<String, String> compact = model.compactRows(values);
    values.clear();
    values.putAll(compact);
    String json = model.document(p -> values.getOrDefault(p, ""));
    FormValidationResult result = x.env().forms().validate(def.id(), json, x.env().today());
    Attachments.Outcome uploads = x.env().attachments().inspect(files);
    List<FormError> errors = new ArrayList<>(result.errors());
    if (!result.valid() || !uploads.refused().isEmpty()) {
      render(x, 422, entry, model, values, prefill, errors, uploads.refused());
      return;
    }
    String commune = values.getOrDefault("/requester/residence/communeCode", "");
    if (commune.isEmpty()) {
      commune = x.env().defaultCommune();
    }
    String key = x.param(IDEMPOTENCY_FIELD);
    if (key.isEmpty() || key.length() > 64) {
      key = SessionStore.randomToken();
    }
    DossierDesk.Filed filed =
        x.env().desk().submit(citizen, entry, commune, json, uploads.accepted(), key);
    x.redirect("/cong-dan/ho-so/" + filed.code() + "?moi=1");
  }

  private static InvalidInputException tooLarge(String code) {
    return new InvalidInputException(
        RefappErrorCode.FORM_TOO_LARGE,
        ErrorDetails.field("/cong-dan/nop/" + code)
            .rule(MAX_SUBMISSION_BYTES / (1024 * 1024) + " MB"));
  }

  private static FormDefinition definition(Exchange x, CatalogueEntry entry, String code) {
    FormId id =
        entry
            .form()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        RefappErrorCode.PAGE_NOT_FOUND,
                        ErrorDetails.field("/cong-dan/nop/" + code)));
    return x.env().forms().definition(id);
  }

  private static void render(
      Exchange x,
      int status,
      CatalogueEntry entry,
      FormModel model,
      Map<String, String> values,
      Prefill.Result prefill,
      List<FormError> errors,
      List<String> refusedFiles)
      throws IOException {
    String csrf = x.csrfToken();
    if (csrf == null) {
      csrf = x.ensureSession().csrfToken();
    }
    List<Object> body = new ArrayList<>();
    List<FormError> all = new ArrayList<>(errors);
    for (String refused : refusedFiles) {
      all.add(
          new FormError("/" + ATTACHMENTS_FIELD, CoreErrorCode.FORM_CONSTRAINT, refused, refused));
    }
    if (!all.isEmpty()) {
      body.add(Forms.errorSummary(all, model));
    }
    body.add(
        el(
            "p",
            attr("class", "lead"),
            model.definition().title()
                + ". Các trường có ghi “Điền sẵn từ …” lấy từ cơ sở dữ liệu quốc gia,"
                + " bạn không cần nhập lại."));
    if (prefill.unavailable()) {
      body.add(
          Page.notice(
              ErrorMessages.detail(
                  RefappErrorCode.PREFILL_UNAVAILABLE,
                  ErrorDetails.field("Cơ sở dữ liệu quốc gia về dân cư"),
                  ErrorMessages.VIETNAMESE)));
    }
    Map<String, List<String>> byPointer = Forms.byPointer(errors);
    List<Object> form = new ArrayList<>();
    form.add(Forms.csrfField(csrf));
    form.add(
        el(
            "input",
            attr("type", "hidden"),
            attr("name", IDEMPOTENCY_FIELD),
            attr("value", idempotencyKey(x))));
    form.addAll(Forms.sections(model, values, prefill.values(), byPointer));
    form.add(attachmentsField(refusedFiles));
    form.add(
        el("div", attr("class", "actions"), el("button", attr("type", "submit"), "Nộp hồ sơ")));
    body.add(
        el(
            "form",
            attr("method", "post"),
            attr("action", "/cong-dan/nop/" + entry.code().value()),
            attr("enctype", "multipart/form-data"),
            Html.flag("novalidate"),
            attr("class", "eform"),
            form));
    x.page(
        status, entry.name(), body.stream().map(Html.Node.class::cast).toArray(Html.Node[]::new));
  }

  private static String idempotencyKey(Exchange x) {
    String posted = x.param(IDEMPOTENCY_FIELD);
    return !posted.isEmpty() && posted.length() <= 64 ? posted : SessionStore.randomToken();
  }

  private static Html.Node attachmentsField(List<String> refused) {
    String id = FormModel.fieldId("/" + ATTACHMENTS_FIELD);
    return el(
        "section",
        attr("class", "form-section"),
        el("h2", "Giấy tờ đính kèm"),
        el(
            "div",
            attr("class", "field" + (refused.isEmpty() ? "" : " has-error")),
            el(
                "label",
                attr("for", id),
                "Bản chụp, bản quét giấy tờ (PDF, JPEG, PNG; tối đa 5 tệp, mỗi tệp 10 MB)"),
            refused.isEmpty()
                ? null
                : el(
                    "p",
                    attr("class", "field-error"),
                    attr("id", id + "-error"),
                    "Lỗi: " + String.join(" ", refused)),
            el(
                "input",
                attr("type", "file"),
                attr("id", id),
                attr("name", ATTACHMENTS_FIELD),
                Html.flag("multiple"),
                attr("accept", ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"),
                refused.isEmpty() ? null : attr("aria-describedby", id + "-error"),
                refused.isEmpty() ? null : attr("aria-invalid", "true"))));
  }

  static void myDossiers(Exchange x) throws IOException {
    Principal.Citizen citizen = x.citizen().orElse(null);
    if (citizen == null) {
      return;
    }
    List<DossierDesk.Summary> list = x.env().desk().ofCitizen(citizen);
    if (list.isEmpty()) {
      x.page(
          "Hồ sơ của tôi",
          Page.notice("Bạn chưa nộp hồ sơ nào."),
          el(
              "p",
              el("a", attr("class", "button"), attr("href", "/thu-tuc"), "Tìm thủ tục để nộp")));
      return;
    }
    List<Object> rows = new ArrayList<>();
    for (DossierDesk.Summary s : list) {
      rows.add(
          el(
              "tr",
              el("td", el("a", attr("href", "/cong-dan/ho-so/" + s.code()), s.code())),
              el("td", s.procedureName()),
              el("td", s.status().vietnameseLabel()),
              el("td", Dates.dateTime(s.dueAt()))));
    }
    x.page(
        "Hồ sơ của tôi",
        el(
            "div",
            attr("class", "table-wrap"),
            el(
                "table",
                el("caption", "Các hồ sơ bạn đã nộp, mới nhất trước"),
                el(
                    "thead",
                    el(
                        "tr",
                        el("th", attr("scope", "col"), "Mã hồ sơ"),
                        el("th", attr("scope", "col"), "Thủ tục"),
                        el("th", attr("scope", "col"), "Trạng thái"),
                        el("th", attr("scope", "col"), "Hẹn trả"))),
                el("tbody", rows))));
  }

  static void dossier(Exchange x, String code) throws IOException {
    Principal.Citizen citizen = x.citizen().orElse(null);
    if (citizen == null) {
      return;
    }
    DossierDesk.Detail d = own(x, citizen, code);
    List<Html.Node> body = new ArrayList<>();
    if (x.param("moi").equals("1")) {
      body.add(
          Page.notice(
              "Đã nộp hồ sơ thành công. Mã hồ sơ: "
                  + d.summary().code()
                  + ". Hẹn trả kết quả: "
                  + Dates.dateTime(d.summary().dueAt())
                  + "."));
    }
    body.add(OfficerPages.facts(d, false));
    if (d.resultIssued()) {
      body.add(
          el(
              "p",
              el(
                  "a",
                  attr("class", "button"),
                  attr("href", "/cong-dan/ho-so/" + d.summary().code() + "/ket-qua"),
                  "Tải kết quả có chữ ký số (PDF)")));
    }
    if (d.summary().status() == DossierStatus.SUPPLEMENT_REQUESTED) {
      body.add(
          el(
              "form",
              attr("method", "post"),
              attr("action", "/cong-dan/ho-so/" + d.summary().code() + "/bo-sung"),
              attr("class", "eform"),
              Forms.csrfField(x.ensureSession().csrfToken()),
              el("h2", "Bổ sung hồ sơ"),
              el(
                  "div",
                  attr("class", "field"),
                  el("label", attr("for", "ghi-chu"), "Nội dung bổ sung"),
                  el(
                      "textarea",
                      attr("id", "ghi-chu"),
                      attr("name", "note"),
                      attr("rows", "4"),
                      attr("maxlength", "2000"),
                      "")),
              el(
                  "div",
                  attr("class", "actions"),
                  el("button", attr("type", "submit"), "Gửi bổ sung"))));
    }
    body.add(OfficerPages.history(d));
    x.page("Hồ sơ " + d.summary().code(), body.toArray(Html.Node[]::new));
  }

  static void supplement(Exchange x, String code) throws IOException {
    Principal.Citizen citizen = x.citizen().orElse(null);
    if (citizen == null) {
      return;
    }
    x.checkCsrf();
    own(x, citizen, code);
    String note = x.param("note");
    x.env()
        .desk()
        .answerSupplement(citizen, code, note.length() > 2000 ? note.substring(0, 2000) : note);
    x.redirect("/cong-dan/ho-so/" + code);
  }

  private static DossierDesk.Detail own(Exchange x, Principal.Citizen citizen, String code) {
    return x.env().desk().forCitizen(citizen, code);
  }

  static void result(Exchange x, String code) throws IOException {
    Principal.Citizen citizen = x.citizen().orElse(null);
    if (citizen == null) {
      return;
    }
    DossierDesk.Download file =
        x.env()
            .desk()
            .result(citizen, code)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        RefappErrorCode.PAGE_NOT_FOUND,
                        ErrorDetails.field("/cong-dan/ho-so/" + code + "/ket-qua")));
    x.response.setContentType(file.mediaType());
    x.response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
    x.response.setHeader("Cache-Control", "no-store");
    x.response.setContentLength(file.content().length);
    x.response.getOutputStream().write(file.content());
  }
}
