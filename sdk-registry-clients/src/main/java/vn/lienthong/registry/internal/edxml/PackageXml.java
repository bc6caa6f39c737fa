package vn.lienthong.registry.internal.edxml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.registry.RegistryErrorCode;
import vn.lienthong.registry.edxml.BusinessDocType;
import vn.lienthong.registry.edxml.Edxml;
import vn.lienthong.registry.edxml.EdxmlAttachment;
import vn.lienthong.registry.edxml.EdxmlPackage;
import vn.lienthong.registry.edxml.Organ;
import vn.lienthong.registry.edxml.TraceHeader;

/** Writes and reads the edXML of a package, element by element. Thread-safe (stateless). */
public final class PackageXml {

  /** {@code yyyy/MM/dd}. */
  public static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu/MM/dd").withResolverStyle(ResolverStyle.STRICT);

  /** {@code yyyy/MM/dd HH:mm:ss}. */
  public static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

  private static final String NS = Edxml.NAMESPACE;

  private PackageXml() {}

  /**
   * Writes a package.
   *
   * @param p the package
   * @return UTF-8 XML
   */
  public static byte[] write(EdxmlPackage p) {
    Document d = SafeXml.newDocument();
    Element envelope = el(d, d, "edXMLEnvelope");
    Element header = el(d, envelope, "edXMLHeader");
    Element mh = el(d, header, "MessageHeader");
    organ(d, el(d, mh, "From"), p.from());
    for (Organ o : p.to()) {
      organ(d, el(d, mh, "To"), o);
    }
    text(d, mh, "DocumentId", p.documentId());
    Element code = el(d, mh, "Code");
    text(d, code, "CodeNumber", p.codeNumber());
    text(d, code, "CodeNotation", p.codeNotation());
    Element prom = el(d, mh, "PromulgationInfo");
    text(d, prom, "Place", p.place());
    text(d, prom, "PromulgationDate", DATE.format(p.promulgationDate()));
    Element type = el(d, mh, "DocumentType");
    text(d, type, "Type", Integer.toString(p.type()));
    text(d, type, "TypeName", p.typeName());
    text(d, mh, "Subject", p.subject());
    if (!p.content().isEmpty()) {
      text(d, mh, "Content", p.content());
    }
    Element signer = el(d, mh, "SignerInfo");
    optional(d, signer, "Competence", p.signerCompetence());
    optional(d, signer, "Position", p.signerPosition());
    text(d, signer, "FullName", p.signerFullName());
    p.dueDate().ifPresent(due -> text(d, mh, "DueDate", DATE.format(due)));
    if (!p.toPlaces().isEmpty()) {
      Element places = el(d, mh, "ToPlaces");
      p.toPlaces().forEach(pl -> text(d, places, "Place", pl));
    }
    if (!p.traces().isEmpty()
        || p.businessDocType() != BusinessDocType.NEW
        || !p.businessDocReason().isEmpty()) {
      Element list = el(d, header, "TraceHeaderList");
      for (TraceHeader t : p.traces()) {
        Element th = el(d, list, "TraceHeader");
        text(d, th, "OrganId", t.organ().value());
        text(d, th, "Timestamp", TIMESTAMP.format(t.timestamp()));
      }
      if (p.traces().isEmpty()) {
        throw new InvalidInputException(
            RegistryErrorCode.EDXML_INVALID_PART,
            ErrorDetails.field("traces").rule("edxml.trace.required-with-business"));
      }
      Element business = el(d, list, "Bussiness");
      text(d, business, "BussinessDocType", p.businessDocType().code());
      optional(d, business, "BussinessDocReason", p.businessDocReason());
    }
    Element body = el(d, envelope, "edXMLBody");
    if (!p.attachments().isEmpty()) {
      Element manifest = el(d, body, "edXMLManifest");
      manifest.setAttribute("version", "1.0");
      for (EdxmlAttachment a : p.attachments()) {
        Element r = el(d, manifest, "Reference");
        text(d, r, "ContentId", a.contentId());
        text(d, r, "ContentType", a.contentType());
        optional(d, r, "Description", a.description());
        text(d, r, "AttachmentName", a.name());
      }
      Element encoded = el(d, envelope, "AttachmentEncoded");
      for (EdxmlAttachment a : p.attachments()) {
        Element at = el(d, encoded, "Attachment");
        text(d, at, "ContentId", a.contentId());
        text(d, at, "AttachmentName", a.name());
        optional(d, at, "Description", a.description());
        text(d, at, "ContentType", a.contentType());
        text(d, at, "ContentTransferEncoded", Base64.getEncoder().encodeToString(a.content()));
      }
    }
    return SafeXml.write(d);
  }

  /**
   * Reads a package from a document already checked against the schema.
   *
   * @param d the document
   * @return the package
   * @throws InvalidInputException with {@code LT-REG-0203} or {@code LT-REG-0204} if the content is
   *     inconsistent (dates, manifest and attachments)
   */
  public static EdxmlPackage read(Document d) {
    Element envelope = d.getDocumentElement();
    Element header = child(envelope, "edXMLHeader");
    Element mh = child(header, "MessageHeader");
    EdxmlPackage.Builder b = EdxmlPackage.builder();
    b.from(organ(child(mh, "From")));
    for (Element to : children(mh, "To")) {
      b.to(organ(to));
    }
    Element code = child(mh, "Code");
    b.code(value(code, "CodeNumber"), value(code, "CodeNotation"));
    Element prom = child(mh, "PromulgationInfo");
    b.promulgation(value(prom, "Place"), date(value(prom, "PromulgationDate"), "PromulgationDate"));
    Element type = child(mh, "DocumentType");
    b.documentType(Integer.parseInt(value(type, "Type")), value(type, "TypeName"));
    b.subject(value(mh, "Subject"));
    Element content = optionalChild(mh, "Content");
    if (content != null) {
      b.content(content.getTextContent());
    }
    Element signer = child(mh, "SignerInfo");
    b.signer(
        optionalValue(signer, "Competence"),
        optionalValue(signer, "Position"),
        value(signer, "FullName"));
    Element due = optionalChild(mh, "DueDate");
    if (due != null) {
      b.dueDate(date(due.getTextContent(), "DueDate"));
    }
    Element places = optionalChild(mh, "ToPlaces");
    if (places != null) {
      children(places, "Place").forEach(p -> b.toPlace(p.getTextContent()));
    }
    Element traces = optionalChild(header, "TraceHeaderList");
    if (traces != null) {
      for (Element th : children(traces, "TraceHeader")) {
        b.trace(
            new TraceHeader(
                AgencyCode.parse(value(th, "OrganId")), timestamp(value(th, "Timestamp"))));
      }
      Element business = optionalChild(traces, "Bussiness");
      if (business != null) {
        b.business(
            BusinessDocType.fromCode(value(business, "BussinessDocType")).orElseThrow(),
            optionalValue(business, "BussinessDocReason"));
      }
    }
    readAttachments(envelope, b);
    EdxmlPackage p = b.build();
    if (!p.documentId().equals(value(mh, "DocumentId"))) {
      throw structure("DocumentId", "edxml.document-id.matches-code-and-date");
    }
    return p;
  }

  private static void readAttachments(Element envelope, EdxmlPackage.Builder b) {
    Element body = child(envelope, "edXMLBody");
    Element manifest = optionalChild(body, "edXMLManifest");
    Element encoded = optionalChild(envelope, "AttachmentEncoded");
    List<Element> refs = manifest == null ? List.of() : children(manifest, "Reference");
    List<Element> atts = encoded == null ? List.of() : children(encoded, "Attachment");
    if (refs.size() != atts.size()) {
      throw manifest("AttachmentEncoded", "edxml.manifest.same-count");
    }
    for (int i = 0; i < refs.size(); i++) {
      Element r = refs.get(i);
      Element a = atts.get(i);
      String id = value(r, "ContentId");
      if (!id.equals(value(a, "ContentId"))
          || !value(r, "AttachmentName").equals(value(a, "AttachmentName"))
          || !value(r, "ContentType").equals(value(a, "ContentType"))) {
        throw manifest(id, "edxml.manifest.same-parts-in-order");
      }
      byte[] content;
      try {
        content = Base64.getMimeDecoder().decode(value(a, "ContentTransferEncoded"));
      } catch (IllegalArgumentException e) {
        throw structure("ContentTransferEncoded", "edxml.attachment.base64");
      }
      b.attachment(
          new EdxmlAttachment(
              id,
              value(a, "AttachmentName"),
              value(a, "ContentType"),
              optionalValue(a, "Description"),
              content));
    }
  }

  private static LocalDate date(String s, String field) {
    try {
      return LocalDate.parse(s.strip(), DATE);
    } catch (DateTimeParseException e) {
      throw structure(field, "edxml.date.calendar");
    }
  }

  private static LocalDateTime timestamp(String s) {
    try {
      return LocalDateTime.parse(s.strip(), TIMESTAMP);
    } catch (DateTimeParseException e) {
      throw structure("Timestamp", "edxml.timestamp.calendar");
    }
  }

  private static Organ organ(Element e) {
    return new Organ(AgencyCode.parse(value(e, "OrganId")), optionalValue(e, "OrganName"));
  }

  private static void organ(Document d, Element into, Organ o) {
    text(d, into, "OrganId", o.id().value());
    optional(d, into, "OrganName", o.name());
  }

  private static Element el(Document d, Node parent, String name) {
    Element e = d.createElementNS(NS, "edXML:" + name);
    parent.appendChild(e);
    return e;
  }

  private static void text(Document d, Element parent, String name, String value) {
    el(d, parent, name).setTextContent(value);
  }

  private static void optional(Document d, Element parent, String name, String value) {
    if (!value.isEmpty()) {
      text(d, parent, name, value);
    }
  }

  private static Element child(Element parent, String name) {
    Element e = optionalChild(parent, name);
    if (e == null) {
      throw structure(name, "edxml.element.required");
    }
    return e;
  }

  private static @Nullable Element optionalChild(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE
          && NS.equals(n.getNamespaceURI())
          && name.equals(n.getLocalName())) {
        return (Element) n;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE
          && NS.equals(n.getNamespaceURI())
          && name.equals(n.getLocalName())) {
        out.add((Element) n);
      }
    }
    return out;
  }

  private static String value(Element parent, String name) {
    return child(parent, name).getTextContent();
  }

  private static String optionalValue(Element parent, String name) {
    Element e = optionalChild(parent, name);
    return e == null ? "" : e.getTextContent();
  }

  static InvalidInputException structure(String field, String rule) {
    return new InvalidInputException(
        RegistryErrorCode.EDXML_STRUCTURE, ErrorDetails.field(field).rule(rule));
  }

  private static InvalidInputException manifest(String field, String rule) {
    return new InvalidInputException(
        RegistryErrorCode.EDXML_MANIFEST_MISMATCH, ErrorDetails.field(field).rule(rule));
  }
}
