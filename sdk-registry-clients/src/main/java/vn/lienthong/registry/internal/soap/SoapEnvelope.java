package vn.lienthong.registry.internal.soap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.xml.security.Init;
import org.apache.xml.security.c14n.Canonicalizer;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import vn.lienthong.registry.ClientId;
import vn.lienthong.registry.ServiceId;

/**
 * The bus envelope as SOAP header blocks ({@code urn:lienthong:bus:1}) and the SOAP request hash.
 */
public final class SoapEnvelope {

  /** The envelope namespace. */
  public static final String NS = "urn:lienthong:bus:1";

  /** SOAP 1.1 envelope namespace. */
  public static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";

  /** The request hash algorithm id. */
  public static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";

  static {
    Init.init();
  }

  private SoapEnvelope() {}

  /**
   * Parses XML securely: no DTD, no external entities.
   *
   * @param xml the text
   * @return the document
   * @throws IllegalArgumentException if it is not well-formed XML
   */
  public static Document parse(String xml) {
    try {
      return builder().parse(new InputSource(new StringReader(xml)));
    } catch (SAXException | IOException e) {
      throw new IllegalArgumentException("not well-formed XML", e);
    }
  }

  /**
   * A secure namespace-aware document builder.
   *
   * @return the builder
   */
  public static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      return f.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("XML parser cannot be made secure", e);
    }
  }

  /**
   * Builds a simple text header block.
   *
   * @param doc the owner document
   * @param name the local name
   * @param text the text
   * @return the element
   */
  public static Element text(Document doc, String name, String text) {
    Element e = doc.createElementNS(NS, "lt:" + name);
    e.setTextContent(text);
    return e;
  }

  /**
   * Builds the {@code client} header block.
   *
   * @param doc the owner document
   * @param client the client id
   * @return the element
   */
  public static Element client(Document doc, ClientId client) {
    Element e = doc.createElementNS(NS, "lt:client");
    e.setAttribute("objectType", "SUBSYSTEM");
    member(doc, e, client);
    return e;
  }

  /**
   * Builds the {@code service} header block.
   *
   * @param doc the owner document
   * @param service the service id
   * @return the element
   */
  public static Element service(Document doc, ServiceId service) {
    Element e = doc.createElementNS(NS, "lt:service");
    e.setAttribute("objectType", "SERVICE");
    member(doc, e, service.provider());
    e.appendChild(text(doc, "serviceCode", service.serviceCode()));
    e.appendChild(text(doc, "serviceVersion", service.version()));
    return e;
  }

  private static void member(Document doc, Element e, ClientId id) {
    e.appendChild(text(doc, "instance", id.instance()));
    e.appendChild(text(doc, "memberClass", id.memberClass()));
    e.appendChild(text(doc, "memberCode", id.member().value()));
    e.appendChild(text(doc, "subsystemCode", id.subsystem()));
  }

  /**
   * The request hash of a SOAP Body: SHA-256 of its exclusive canonical form, base64url.
   *
   * @param body the {@code Body} element
   * @return 43 characters
   */
  public static String hashBody(Node body) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS)
          .canonicalizeSubtree(body, out);
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(out.toByteArray());
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException | org.apache.xml.security.exceptions.XMLSecurityException e) {
      throw new IllegalStateException("cannot canonicalise the SOAP body", e);
    }
  }

  /**
   * The request hash of a payload as it will travel: wrapped in a SOAP 1.1 {@code soap:Body}.
   *
   * @param payload the payload element
   * @return 43 characters
   */
  public static String hashPayload(Element payload) {
    // Serialise and re-read, so namespace declarations are real attributes as on the wire.
    String body = "<soap:Body xmlns:soap=\"" + SOAP11 + "\">" + serialise(payload) + "</soap:Body>";
    return hashBody(parse(body).getDocumentElement());
  }

  /**
   * Writes an element as XML text without a declaration.
   *
   * @param element the element
   * @return the text
   */
  public static String serialise(Element element) {
    try {
      javax.xml.transform.TransformerFactory f =
          javax.xml.transform.TransformerFactory.newInstance();
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      javax.xml.transform.Transformer t = f.newTransformer();
      t.setOutputProperty(javax.xml.transform.OutputKeys.OMIT_XML_DECLARATION, "yes");
      java.io.StringWriter out = new java.io.StringWriter();
      t.transform(
          new javax.xml.transform.dom.DOMSource(element),
          new javax.xml.transform.stream.StreamResult(out));
      return out.toString();
    } catch (javax.xml.transform.TransformerException e) {
      throw new IllegalArgumentException("cannot serialise the payload", e);
    }
  }

  /**
   * Returns the text of the first child element with a local name in the envelope namespace.
   *
   * @param parent the parent
   * @param name the local name
   * @return the text, or null
   */
  public static @Nullable String childText(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name.equals(e.getLocalName())) {
        return e.getTextContent();
      }
    }
    return null;
  }
}
