package vn.lienthong.signature.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.SignatureErrorCode;

/**
 * Parses and writes XML safely: size cap first, no DTD (so no entities, external or internal), no
 * XInclude, secure processing on. Thread-safe: a parser per call.
 */
public final class SecureXml {

  private static final ErrorHandler STRICT =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };

  private SecureXml() {}

  /**
   * Parses a document after checking its size.
   *
   * @param bytes the XML
   * @param field the name of the input, for errors
   * @param maxBytes the size cap
   * @return the namespace-aware DOM
   * @throws InvalidInputException for too large ({@code LT-SIG-0101}), malformed ({@code
   *     LT-SIG-0102}) or DTD-bearing ({@code LT-SIG-0103}) input
   */
  public static Document parse(byte[] bytes, String field, int maxBytes) {
    if (bytes.length > maxBytes) {
      throw new InvalidInputException(
          SignatureErrorCode.DOCUMENT_TOO_LARGE,
          ErrorDetails.field(field)
              .rule("signature.xml.max-bytes")
              .with("length", bytes.length)
              .with("max", maxBytes));
    }
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      builder.setErrorHandler(STRICT);
      builder.setEntityResolver(
          (publicId, systemId) -> {
            throw new SAXException("external entity refused: " + systemId);
          });
      return builder.parse(new ByteArrayInputStream(bytes));
    } catch (ParserConfigurationException e) {
      throw new ConfigurationException(
          SignatureErrorCode.PLATFORM_UNSUPPORTED,
          ErrorDetails.field("xml").rejectedValue("XML parser").with("reason", e.toString()),
          e);
    } catch (SAXException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("DOCTYPE") || message.contains("disallow-doctype-decl")) {
        throw new InvalidInputException(
            SignatureErrorCode.XML_DOCTYPE_FORBIDDEN,
            ErrorDetails.field(field).rule("signature.xml.no-dtd"),
            e);
      }
      throw new InvalidInputException(
          SignatureErrorCode.XML_MALFORMED,
          ErrorDetails.field(field)
              .rule("signature.xml.well-formed")
              .with("reason", message.length() > 200 ? message.substring(0, 200) : message),
          e);
    } catch (IOException e) {
      throw new InvalidInputException(
          SignatureErrorCode.XML_MALFORMED,
          ErrorDetails.field(field).rule("signature.xml.well-formed").with("reason", e.toString()),
          e);
    }
  }

  /**
   * Creates an empty namespace-aware document (to hold an enveloping or detached signature).
   *
   * @return the document
   */
  public static Document newDocument() {
    try {
      return factory().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new ConfigurationException(
          SignatureErrorCode.PLATFORM_UNSUPPORTED,
          ErrorDetails.field("xml").rejectedValue("XML parser").with("reason", e.toString()),
          e);
    }
  }

  /**
   * Writes a document as UTF-8, with an XML declaration.
   *
   * @param document the DOM
   * @return the bytes
   */
  public static byte[] write(Document document) {
    try {
      TransformerFactory tf = TransformerFactory.newInstance();
      tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      Transformer t = tf.newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.setOutputProperty(OutputKeys.INDENT, "no");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      t.transform(new DOMSource(document), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new ConfigurationException(
          SignatureErrorCode.PLATFORM_UNSUPPORTED,
          ErrorDetails.field("xml").rejectedValue("XML writer").with("reason", e.toString()),
          e);
    }
  }

  private static DocumentBuilderFactory factory() {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (ParserConfigurationException | IllegalArgumentException e) {
      throw new ConfigurationException(
          SignatureErrorCode.PLATFORM_UNSUPPORTED,
          ErrorDetails.field("xml")
              .rejectedValue("secure XML parser features")
              .with("reason", e.toString()),
          e);
    }
    return f;
  }
}
