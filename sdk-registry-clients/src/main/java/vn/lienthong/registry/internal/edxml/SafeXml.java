package vn.lienthong.registry.internal.edxml;

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
import org.xml.sax.SAXException;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.registry.RegistryErrorCode;

/**
 * Parses XML without DTDs, external entities or XInclude, after a size check, and writes DOM as
 * UTF-8. Thread-safe (stateless).
 */
public final class SafeXml {

  private SafeXml() {}

  /**
   * Parses a document.
   *
   * @param xml the bytes
   * @param maxBytes the size cap
   * @return the namespace-aware DOM
   * @throws InvalidInputException with {@code LT-REG-0201} when too large, {@code LT-REG-0202} when
   *     malformed or DTD-bearing
   */
  public static Document parse(byte[] xml, int maxBytes) {
    if (xml.length > maxBytes) {
      throw new InvalidInputException(
          RegistryErrorCode.EDXML_TOO_LARGE,
          ErrorDetails.field("package")
              .rule("edxml.max-bytes")
              .with("length", xml.length)
              .with("max", maxBytes));
    }
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException e) {
      throw broken(e);
    } catch (SAXException | IOException e) {
      // No cause: parser messages may quote the document.
      throw new InvalidInputException(
          RegistryErrorCode.EDXML_MALFORMED,
          ErrorDetails.field("package").rule("edxml.well-formed-no-dtd"));
    }
  }

  /**
   * Writes a document as UTF-8 with an XML declaration.
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
      throw broken(e);
    }
  }

  /**
   * Returns a new empty namespace-aware document.
   *
   * @return the document
   */
  public static Document newDocument() {
    try {
      return factory().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw broken(e);
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
      throw broken(e);
    }
    return f;
  }

  private static ConfigurationException broken(Exception e) {
    return new ConfigurationException(
        CoreErrorCode.INVALID_CONFIGURATION,
        ErrorDetails.field("xml").rule("xml.platform").rejectedValue("secure XML facilities"),
        e);
  }
}
