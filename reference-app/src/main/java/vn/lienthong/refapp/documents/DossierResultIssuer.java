package vn.lienthong.refapp.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.dossier.Dossier;
import vn.lienthong.refapp.RefappErrorCode;
import vn.lienthong.refapp.service.ResultIssuer;
import vn.lienthong.refapp.store.FileStore;
import vn.lienthong.refapp.store.StoredDossier;
import vn.lienthong.refapp.store.StoredFile;

/**
 * The reference app's {@link ResultIssuer}: turns an approved dossier into its result document
 * (birth extract, residence confirmation, certified copy of the uploaded original) signed by the
 * approver ({@link #issue}), then, when the clerk (văn thư) seals it, adds the agency's signature
 * with the red seal over the approver's ({@link #seal}), both with the Decree 30 appearance.
 *
 * <p>Instances are thread-safe.
 */
final class DossierResultIssuer implements ResultIssuer {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId VIET_NAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.ofPattern("yyyy");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** Fields printed on each kind of result: JSON Pointer into the form data → Vietnamese label. */
  private static final Map<ResultKind, List<Map.Entry<String, String>>> FIELDS =
      Map.of(
          ResultKind.BIRTH_EXTRACT,
          List.of(
              Map.entry("/child/fullName", "Họ, chữ đệm, tên"),
              Map.entry("/child/birthDate", "Ngày, tháng, năm sinh"),
              Map.entry("/child/birthDateInWords", "Ghi bằng chữ"),
              Map.entry("/child/ethnicity", "Dân tộc"),
              Map.entry("/child/nationality", "Quốc tịch"),
              Map.entry("/child/birthPlace/facility", "Nơi sinh"),
              Map.entry("/child/homeTown", "Quê quán"),
              Map.entry("/mother/fullName", "Họ, chữ đệm, tên người mẹ"),
              Map.entry("/father/fullName", "Họ, chữ đệm, tên người cha")),
          ResultKind.PERMANENT_RESIDENCE_CONFIRMATION,
          List.of(
              Map.entry("/fullName", "Họ, chữ đệm, tên"),
              Map.entry("/birthDate", "Ngày, tháng, năm sinh"),
              Map.entry("/address/detail", "Nơi thường trú"),
              Map.entry("/content", "Nội dung")),
          ResultKind.CERTIFIED_COPY,
          List.of(Map.entry("/documentName", "Tên giấy tờ"), Map.entry("/copies", "Số bản sao")));

  private final ResultDocuments documents;
  private final DataSource dataSource;
  private final FileStore files = FileStore.create();

  DossierResultIssuer(ResultDocuments documents, DataSource dataSource) {
    this.documents = documents;
    this.dataSource = dataSource;
  }

  @Override
  public IssuedResult issue(IssueRequest request) {
    StoredDossier stored = request.dossier();
    Dossier dossier = stored.dossier();
    ResultKind kind = kindOf(dossier.procedure().value());
    String number =
        dossier.code().sequence() + "/" + NUMBER_DATE.format(request.at().atZone(VIET_NAM));
    ResultData.Builder data =
        ResultData.builder(kind)
            .dossierCode(dossier.code())
            .office(IssuingOffice.of(dossier.competentCommune()))
            .number(number)
            .issuedAt(request.at())
            .approver(new Approver(null, "CHỦ TỊCH", request.approver().fullName()));
    JsonNode form = parse(stored.formData());
    for (Map.Entry<String, String> field : FIELDS.get(kind)) {
      JsonNode value = form.at(field.getKey());
      if (!value.isMissingNode() && !value.isNull() && !value.asText().isBlank()) {
        data.field(field.getValue(), printable(value.asText()));
      }
    }
    if (kind == ResultKind.CERTIFIED_COPY) {
      data.original(original(dossier));
    }
    byte[] pdf =
        documents.signAsApprover(
            documents.renderResult(data.build()), request.approver().fullName());
    return new IssuedResult(titleCase(kind.title()), number, pdf);
  }

  @Override
  public byte[] seal(SealRequest request) {
    return documents.sealAsAgency(
        request.approved(), IssuingOffice.of(request.dossier().dossier().competentCommune()));
  }

  /** ISO dates ({@code 2026-11-10}) print the Vietnamese way ({@code 10/11/2026}). */
  static String printable(String value) {
    if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
      try {
        return DAY.format(java.time.LocalDate.parse(value));
      } catch (java.time.format.DateTimeParseException e) {
        return value;
      }
    }
    return value;
  }

  static ResultKind kindOf(String procedure) {
    return switch (procedure) {
      case "1.004222" -> ResultKind.PERMANENT_RESIDENCE_CONFIRMATION;
      case "2.000815" -> ResultKind.CERTIFIED_COPY;
      default -> ResultKind.BIRTH_EXTRACT;
    };
  }

  private byte[] original(Dossier dossier) {
    try (Connection c = dataSource.getConnection()) {
      List<StoredFile> attachments = files.list(c, dossier.code(), FileStore.ATTACHMENT);
      Optional<StoredFile> pdf =
          attachments.stream()
              .filter(f -> f.attachment().mediaType().equals("application/pdf"))
              .findFirst();
      if (pdf.isEmpty()) {
        throw new LienThongException(
            RefappErrorCode.ORIGINAL_NOT_COPYABLE,
            ErrorDetails.field("attachments").rule("a PDF original to certify"),
            null);
      }
      return files.read(c, pdf.get().id()).orElseThrow();
    } catch (SQLException e) {
      throw new LienThongException(
          RefappErrorCode.DATABASE_UNAVAILABLE, ErrorDetails.field("attachments"), e);
    }
  }

  private static JsonNode parse(String formData) {
    try {
      return JSON.readTree(formData);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  private static String titleCase(String capitals) {
    String lower = capitals.toLowerCase(java.util.Locale.forLanguageTag("vi"));
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
