package vn.lienthong.registry.internal.edxml;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.contracts.ContractValidationResult;
import vn.lienthong.core.contracts.ContractValidator;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.registry.RegistryErrorCode;
import vn.lienthong.registry.edxml.Edxml;
import vn.lienthong.registry.edxml.EdxmlStatusCode;
import vn.lienthong.registry.edxml.EdxmlStatusMessage;
import vn.lienthong.registry.edxml.Organ;

/** Writes and reads edXML status messages. Thread-safe (stateless). */
public final class StatusXml {

  private static final String NS = Edxml.NAMESPACE;

  private StatusXml() {}

  /**
   * Writes a status message.
   *
   * @param m the message
   * @return UTF-8 XML
   */
  public static byte[] write(EdxmlStatusMessage m) {
    Document d = SafeXml.newDocument();
    Element envelope = el(d, d, "edXMLEnvelope");
    Element header = el(d, envelope, "edXMLHeader");
    Element status = el(d, header, "Status");
    Element rf = el(d, status, "ResponseFor");
    text(d, rf, "OrganId", m.documentSender().id().value());
    text(d, rf, "Code", m.documentCode());
    text(d, rf, "PromulgationDate", PackageXml.DATE.format(m.promulgationDate()));
    text(d, rf, "DocumentId", m.documentId());
    Element from = el(d, status, "From");
    text(d, from, "OrganId", m.from().id().value());
    if (!m.from().name().isEmpty()) {
      text(d, from, "OrganName", m.from().name());
    }
    text(d, status, "StatusCode", m.status().code());
    if (!m.description().isEmpty()) {
      text(d, status, "Description", m.description());
    }
    text(d, status, "Timestamp", PackageXml.TIMESTAMP.format(m.timestamp()));
    if (!m.staffDepartment().isEmpty() || !m.staffName().isEmpty()) {
      Element staff = el(d, status, "StaffInfo");
      if (!m.staffDepartment().isEmpty()) {
        text(d, staff, "Department", m.staffDepartment());
      }
      if (!m.staffName().isEmpty()) {
        text(d, staff, "Staff", m.staffName());
      }
    }
    el(d, envelope, "edXMLBody");
    return SafeXml.write(d);
  }

  /**
   * Reads a status message.
   *
   * @param xml the bytes
   * @param contracts the validator holding edxml.xsd
   * @return the message
   */
  public static EdxmlStatusMessage read(byte[] xml, ContractValidator contracts) {
    Document d = SafeXml.parse(xml, Edxml.MAX_PACKAGE_BYTES);
    ContractValidationResult r =
        contracts.validateRequestBody(
            "exchange/document-exchange#sendDocument", new String(xml, StandardCharsets.UTF_8));
    Element status = find(d.getDocumentElement(), "Status");
    if (!r.valid() || status == null) {
      throw PackageXml.structure(
          "Status", r.valid() ? "edxml.status.present" : r.violations().get(0).rule());
    }
    Element rf = find(status, "ResponseFor");
    Element from = find(status, "From");
    if (rf == null || from == null) {
      throw PackageXml.structure("Status", "edxml.status.parts");
    }
    try {
      EdxmlStatusMessage.Builder b =
          EdxmlStatusMessage.builder()
              .responseFor(
                  value(rf, "DocumentId"),
                  new Organ(AgencyCode.parse(value(rf, "OrganId")), ""),
                  value(rf, "Code"),
                  LocalDate.parse(value(rf, "PromulgationDate"), PackageXml.DATE))
              .from(new Organ(AgencyCode.parse(value(from, "OrganId")), value(from, "OrganName")))
              .status(EdxmlStatusCode.fromCode(value(status, "StatusCode")).orElseThrow())
              .description(value(status, "Description"))
              .timestamp(LocalDateTime.parse(value(status, "Timestamp"), PackageXml.TIMESTAMP));
      Element staff = find(status, "StaffInfo");
      if (staff != null) {
        b.staff(value(staff, "Department"), value(staff, "Staff"));
      }
      return b.build();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          RegistryErrorCode.EDXML_STRUCTURE,
          ErrorDetails.field("Status").rule("edxml.date.calendar"));
    }
  }

  private static Element el(Document d, Node parent, String name) {
    Element e = d.createElementNS(NS, "edXML:" + name);
    parent.appendChild(e);
    return e;
  }

  private static void text(Document d, Element parent, String name, String value) {
    el(d, parent, name).setTextContent(value);
  }

  private static @Nullable Element find(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE) {
        if (NS.equals(n.getNamespaceURI()) && name.equals(n.getLocalName())) {
          return (Element) n;
        }
        Element deeper = find((Element) n, name);
        if (deeper != null) {
          return deeper;
        }
      }
    }
    return null;
  }

  private static String value(Element parent, String name) {
    Element e = find(parent, name);
    return e == null ? "" : e.getTextContent();
  }
}
