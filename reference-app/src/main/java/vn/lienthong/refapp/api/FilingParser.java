package vn.lienthong.refapp.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.dossier.Applicant;
import vn.lienthong.core.dossier.PortalCodes;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.core.id.ProcedureCode;
import vn.lienthong.core.id.TaxCode;
import vn.lienthong.core.text.PersonName;
import vn.lienthong.refapp.RefappErrorCode;
import vn.lienthong.refapp.service.NewFile;
import vn.lienthong.refapp.service.Submission;
import vn.lienthong.refapp.service.SupplementDelivery;

/** Reads request bodies of the Commune API, size-capped, into service requests. Thread-safe. */
final class FilingParser {

  /**
   * The largest request body read: the files of one filing or supplement together, in base64, plus
   * the form (each file is also capped at {@code NewFile.MAX_BYTES}).
   */
  static final int MAX_BODY_BYTES = 40 * 1024 * 1024;

  private FilingParser() {}

  /** Refuses a body whose declared length is over the cap before reading any of it. */
  static void checkDeclaredLength(long contentLength) {
    if (contentLength > MAX_BODY_BYTES) {
      throw new LienThongException(
          RefappErrorCode.ATTACHMENT_TOO_LARGE,
          ErrorDetails.field("body").with("size", contentLength).with("max", MAX_BODY_BYTES));
    }
  }

  static JsonNode read(InputStream body) {
    try {
      byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
      if (bytes.length > MAX_BODY_BYTES) {
        throw new LienThongException(
            RefappErrorCode.ATTACHMENT_TOO_LARGE,
            ErrorDetails.field("body").with("size", bytes.length).with("max", MAX_BODY_BYTES));
      }
      JsonNode n = ApiJson.MAPPER.readTree(bytes);
      if (n == null || !n.isObject()) {
        throw invalid("body", "a JSON object");
      }
      return n;
    } catch (IOException e) {
      throw invalid("body", "well-formed JSON");
    }
  }

  static Submission.Builder filing(JsonNode n) {
    JsonNode form = n.path("form");
    if (!form.isObject()) {
      throw invalid("form", "a JSON object");
    }
    JsonNode a = n.path("applicant");
    String kind = text(a, "kind", "applicant/kind");
    PersonName name =
        PersonName.parse(text(a, "fullName", "applicant/fullName"), "applicant.fullName");
    Applicant applicant =
        switch (kind) {
          case "citizen" ->
              Applicant.citizen(
                  PersonalIdNumber.parse(text(a, "personalId", "applicant/personalId")), name);
          case "business" ->
              Applicant.business(TaxCode.parse(text(a, "taxCode", "applicant/taxCode")), name);
          default -> throw invalid("applicant/kind", "citizen or business");
        };
    Submission.Builder b =
        Submission.builder()
            .procedure(ProcedureCode.parse(text(n, "procedureCode", "procedureCode")))
            .competentCommune(text(n, "competentCommune", "competentCommune"))
            .applicant(applicant)
            .formData(form.toString())
            .actor("portal");
    if (n.hasNonNull("receivingOffice")) {
      b.receivingOffice(text(n, "receivingOffice", "receivingOffice"));
    }
    if (n.hasNonNull("channel")) {
      b.channel(PortalCodes.channel(n.path("channel").asInt(0)));
    }
    files(n.path("attachments")).forEach(b::file);
    return b;
  }

  static SupplementDelivery supplement(JsonNode n) {
    return new SupplementDelivery(
        n.hasNonNull("deliveryId") ? n.path("deliveryId").asText() : null,
        n.hasNonNull("note") ? n.path("note").asText() : null,
        files(n.path("attachments")));
  }

  static List<NewFile> files(JsonNode array) {
    List<NewFile> out = new ArrayList<>();
    if (array.isMissingNode() || array.isNull()) {
      return out;
    }
    if (!array.isArray() || array.size() > NewFile.MAX_FILES) {
      throw invalid("attachments", "an array of at most " + NewFile.MAX_FILES + " files");
    }
    for (JsonNode f : array) {
      byte[] content;
      try {
        content = Base64.getDecoder().decode(text(f, "contentBase64", "attachments/contentBase64"));
      } catch (IllegalArgumentException e) {
        throw invalid("attachments/contentBase64", "base64");
      }
      out.add(
          new NewFile(
              text(f, "name", "attachments/name"),
              text(f, "mediaType", "attachments/mediaType"),
              content));
    }
    return out;
  }

  static String text(JsonNode n, String name, String pointer) {
    JsonNode v = n.path(name);
    if (!v.isTextual() || v.asText().isEmpty()) {
      throw invalid(pointer, "a non-empty string");
    }
    return v.asText();
  }

  static LienThongException invalid(String field, String rule) {
    return new vn.lienthong.core.InvalidInputException(
        RefappErrorCode.INVALID_REQUEST, ErrorDetails.field(field).rule(rule));
  }
}
