package vn.lienthong.core.internal.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.contracts.ContractViolation;
import vn.lienthong.core.contracts.ContractViolation.Part;

/**
 * The bundled XML Schemas, compiled once, and validation of XML bodies against them with a parser
 * that refuses DTDs, external entities and XInclude. Thread-safe.
 *
 * @since 0.1.0
 */
public final class XmlSchemas {

  /** The most schema errors reported for one document. */
  static final int MAX_ERRORS = 20;

  private static final Pattern ELEMENT = Pattern.compile("element '([^']{1,100})'");
  private static final Pattern RULE = Pattern.compile("^(cvc-[a-z0-9.-]{1,40})");

  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  /**
   * Returns the compiled schema of a bundled XSD.
   *
   * @param file the path under the contracts folder, such as {@code exchange/edxml.xsd}
   * @return the schema
   * @throws vn.lienthong.core.ConfigurationException with {@code BUNDLED_DATA_CORRUPT} if it is
   *     missing or invalid
   */
  public Schema schema(String file) {
    return schemas.computeIfAbsent(file, XmlSchemas::compile);
  }

  private static Schema compile(String file) {
    URL url = XmlSchemas.class.getResource(ContractDocuments.RESOURCE_ROOT + file);
    if (url == null) {
      throw ContractDocuments.corrupt(file, null);
    }
    try (InputStream in = url.openStream()) {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return factory.newSchema(new StreamSource(in, url.toExternalForm()));
    } catch (IOException | SAXException e) {
      throw ContractDocuments.corrupt(file, e);
    }
  }

  /**
   * Parses an XML document securely and validates it against a bundled XSD.
   *
   * @param file the XSD path under the contracts folder
   * @param xml the document
   * @return the violations, empty if valid
   */
  public List<ContractViolation> validate(String file, String xml) {
    List<ContractViolation> violations = new ArrayList<>();
    Document document;
    try {
      document = parser().parse(new InputSource(new StringReader(xml)));
    } catch (SAXParseException e) {
      violations.add(malformed(e.getLineNumber(), e.getColumnNumber()));
      return violations;
    } catch (SAXException | IOException e) {
      violations.add(malformed(-1, -1));
      return violations;
    }
    Validator validator = schema(file).newValidator();
    try {
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(new Collector(violations));
      validator.validate(new DOMSource(document));
    } catch (SAXException | IOException e) {
      if (violations.isEmpty()) {
        violations.add(malformed(-1, -1));
      }
    }
    return violations;
  }

  private static DocumentBuilder parser() throws SAXException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      DocumentBuilder builder = f.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder;
    } catch (ParserConfigurationException e) {
      throw new SAXException(e);
    }
  }

  private static ContractViolation malformed(int line, int column) {
    return Violations.of(
        Part.BODY,
        "",
        "contract.xml.malformed",
        CoreErrorCode.CONTRACT_BODY_MALFORMED,
        ErrorDetails.none().with("line", line).with("column", column));
  }

  /** Collects schema errors without the parser's message text, which quotes values. */
  private static final class Collector implements ErrorHandler {
    private final List<ContractViolation> into;

    Collector(List<ContractViolation> into) {
      this.into = into;
    }

    @Override
    public void warning(SAXParseException e) {
      // Warnings do not make a document invalid.
    }

    @Override
    public void error(SAXParseException e) {
      if (into.size() >= MAX_ERRORS) {
        return;
      }
      String message = String.valueOf(e.getMessage());
      Matcher element = ELEMENT.matcher(message);
      Matcher rule = RULE.matcher(message);
      into.add(
          Violations.of(
              Part.BODY,
              "",
              "contract.xml." + (rule.find() ? rule.group(1) : "invalid"),
              CoreErrorCode.CONTRACT_XML_INVALID,
              ErrorDetails.none().with("element", element.find() ? element.group(1) : "?")));
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      error(e);
      throw e;
    }
  }
}
