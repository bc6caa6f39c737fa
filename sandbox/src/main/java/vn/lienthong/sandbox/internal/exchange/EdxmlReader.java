package vn.lienthong.sandbox.internal.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.sandbox.SandboxErrorCode;
import vn.lienthong.sandbox.internal.lgsp.BusCode;
import vn.lienthong.sandbox.internal.lgsp.BusProblem;
import vn.lienthong.sandbox.internal.lgsp.ContractSchemas;

/**
 * Parses an edXML package securely (no DTD, no external entities or schemas) and checks its
 * structure against {@code contracts/exchange/edxml.xsd}. Thread-safe: the compiled schema is
 * shared, parsers and validators are made per call.
 */
public final class EdxmlReader {

  /** The edXML namespace (QCVN 102:2016/BTTTT). */
  public static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

  private static final Pattern ELEMENT = Pattern.compile("element '(?:edXML:)?([A-Za-z]+)'");
  private static final Pattern TYPE = Pattern.compile("type '(?:edXML:)?([A-Za-z]+)'");
  private static final String XSD = "/contracts/exchange/edxml.xsd";

  private final Schema schema;

  /**
   * Compiles the schema.
   *
   * @throws ConfigurationException if the schema cannot be read
   */
  public EdxmlReader() {
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      URL url = EdxmlReader.class.getResource(XSD);
      if (url == null) {
        throw new IOException("missing");
      }
      this.schema = f.newSchema(url);
    } catch (IOException | SAXException e) {
      throw new ConfigurationException(
          SandboxErrorCode.CONTRACT_UNREADABLE,
          ErrorDetails.field("contract")
              .rule("load")
              .rejectedValue(XSD)
              .with("reason", String.valueOf(e.getMessage())),
          e);
    }
  }

  /**
   * The header facts the hub needs.
   *
   * @param from the sender's organ id
   * @param to the receivers' organ ids
   * @param documentId the document id
   * @param subject the subject
   */
  public record Header(String from, List<String> to, String documentId, String subject) {}

  /**
   * Parses and checks a package.
   *
   * @param xml the package bytes
   * @return its header
   * @throws BusProblem with {@link BusCode#CONTRACT} if it is not well-formed or breaks the schema,
   *     or {@link BusCode#REFUSED} if it is a status message rather than a document
   */
  public Header read(byte[] xml) {
    Document doc;
    try {
      doc = builder().parse(new ByteArrayInputStream(xml));
    } catch (SAXParseException e) {
      throw structure(List.of(where(e)), List.of("well-formed"));
    } catch (SAXException | IOException e) {
      throw structure(List.of("document"), List.of("well-formed"));
    }
    List<String> wheres = new ArrayList<>();
    List<String> rules = new ArrayList<>();
    try {
      Validator v = schema.newValidator();
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      v.setErrorHandler(
          new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
              if (wheres.size() < ContractSchemas.MAX_VIOLATIONS) {
                wheres.add(where(e));
                rules.add(rule(e));
              }
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
              throw e;
            }
          });
      v.validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (SAXParseException e) {
      wheres.add(where(e));
      rules.add(rule(e));
    } catch (SAXException | IOException e) {
      wheres.add("document");
      rules.add("xsd");
    }
    if (!wheres.isEmpty()) {
      throw structure(wheres, rules);
    }
    Element header = first(doc.getDocumentElement(), "MessageHeader");
    if (header == null) {
      throw new BusProblem(
          BusCode.REFUSED,
          "The package carries no MessageHeader; status messages are sent to /documents/{id}/status.");
    }
    Element from = first(header, "From");
    List<String> to = new ArrayList<>();
    NodeList list = header.getElementsByTagNameNS(NS, "To");
    for (int i = 0; i < list.getLength(); i++) {
      to.add(text(first((Element) list.item(i), "OrganId")));
    }
    return new Header(
        text(first(from, "OrganId")),
        to,
        text(first(header, "DocumentId")),
        text(first(header, "Subject")));
  }

  private static String where(SAXParseException e) {
    return "xml:line " + e.getLineNumber() + ", column " + e.getColumnNumber();
  }

  private static String rule(SAXParseException e) {
    String msg = String.valueOf(e.getMessage());
    Matcher element = ELEMENT.matcher(msg);
    if (element.find()) {
      return "xsd:" + element.group(1);
    }
    Matcher type = TYPE.matcher(msg);
    return type.find() ? "xsd:" + type.group(1).replaceAll("Type$", "") : "xsd";
  }

  private static BusProblem structure(List<String> wheres, List<String> rules) {
    List<ContractSchemas.Violation> v = new ArrayList<>();
    for (int i = 0; i < wheres.size(); i++) {
      v.add(new ContractSchemas.Violation(wheres.get(i), rules.get(i)));
    }
    return new BusProblem(
        BusCode.CONTRACT,
        "The package is not well-formed or does not match exchange/edxml.xsd ("
            + wheres.get(0).substring(4)
            + ").",
        v,
        null);
  }

  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("XML parser cannot be made secure", e);
    }
  }

  private static @Nullable Element first(@Nullable Element parent, String local) {
    if (parent == null) {
      return null;
    }
    NodeList l = parent.getElementsByTagNameNS(NS, local);
    return l.getLength() == 0 ? null : (Element) l.item(0);
  }

  private static String text(@Nullable Node n) {
    return n == null ? "" : n.getTextContent().trim();
  }
}
