package vn.lienthong.signature.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.ObjectContainer;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What a XAdES signature signs, by packaging: the document it is enveloped in, content it envelops
 * in a {@code ds:Object}, or named detached files. Each adds its data references to the signature
 * being built. Thread-safe (immutable; the enveloped document is owned by one signing call).
 */
public sealed interface XadesContent
    permits XadesContent.Enveloped, XadesContent.Enveloping, XadesContent.Detached {

  /** The DSS-compatible base64 transform of XML Signature. */
  String BASE64 = Transforms.TRANSFORM_BASE64_DECODE;

  /**
   * Returns the document the signature is written into.
   *
   * @return the document
   */
  Document document();

  /**
   * Places the signature element: as the last child of the root (enveloped) or as the root.
   *
   * @param signature the signature element
   */
  void place(Element signature);

  /**
   * Adds the data references (before the SignedProperties reference).
   *
   * @param sig the signature
   * @param base the signature's Id, for derived Ids
   * @param digestUri the digest algorithm URI
   * @return the signed data objects to describe with {@code xades:DataObjectFormat} (empty for the
   *     enveloped whole-document reference, which has no Id)
   * @throws XMLSecurityException if Santuario fails
   */
  List<DataObject> addReferences(XMLSignature sig, String base, String digestUri)
      throws XMLSecurityException;

  /**
   * A signed data object: the Id of its {@code ds:Reference} and its media type.
   *
   * @param referenceId the reference's Id
   * @param mimeType the media type
   */
  record DataObject(String referenceId, String mimeType) {}

  /**
   * Guesses a media type from a file name's extension, for {@code xades:MimeType}.
   *
   * @param name the file name
   * @return the media type, {@code application/octet-stream} when unknown
   */
  static String mimeType(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    if (n.endsWith(".pdf")) {
      return "application/pdf";
    }
    if (n.endsWith(".xml")) {
      return "text/xml";
    }
    if (n.endsWith(".json")) {
      return "application/json";
    }
    if (n.endsWith(".txt")) {
      return "text/plain";
    }
    return "application/octet-stream";
  }

  /**
   * The enveloped packaging: the whole document, less the signature.
   *
   * @param document the parsed document to sign, changed in place
   */
  record Enveloped(Document document) implements XadesContent {
    @Override
    public void place(Element signature) {
      document.getDocumentElement().appendChild(signature);
    }

    @Override
    public List<DataObject> addReferences(XMLSignature sig, String base, String digestUri)
        throws XMLSecurityException {
      Transforms whole = new Transforms(document);
      whole.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
      whole.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
      sig.addDocument("", whole, digestUri);
      return List.of();
    }
  }

  /**
   * The enveloping packaging: the content inside a {@code ds:Object} of the signature.
   *
   * @param document a new empty document for the signature
   * @param xml the parsed XML content, or null for base64 content
   * @param bytes the content bytes (used when {@code xml} is null)
   */
  record Enveloping(Document document, @Nullable Document xml, byte[] bytes)
      implements XadesContent {
    @Override
    public void place(Element signature) {
      document.appendChild(signature);
    }

    @Override
    public List<DataObject> addReferences(XMLSignature sig, String base, String digestUri)
        throws XMLSecurityException {
      ObjectContainer object = new ObjectContainer(document);
      String id = "o-" + base;
      object.setId(id);
      Transforms transforms = new Transforms(document);
      if (xml != null) {
        object.appendChild(document.importNode(xml.getDocumentElement(), true));
        transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
      } else {
        object.setEncoding(BASE64);
        object.appendChild(document.createTextNode(Base64.getEncoder().encodeToString(bytes)));
        transforms.addTransform(BASE64);
      }
      sig.appendObject(object);
      object.getElement().setIdAttributeNS(null, "Id", true);
      String referenceId = "r-" + base + "-0";
      sig.addDocument("#" + id, transforms, digestUri, referenceId, null);
      return List.of(
          new DataObject(referenceId, xml != null ? "text/xml" : "application/octet-stream"));
    }
  }

  /**
   * The detached packaging: one reference per named file, over its bytes (no transform).
   *
   * @param document a new empty document for the signature
   * @param files the files by name, in order
   */
  record Detached(Document document, Map<String, byte[]> files) implements XadesContent {

    /**
     * Keeps the order.
     *
     * @param document the document
     * @param files the files
     */
    public Detached {
      files = new LinkedHashMap<>(files);
    }

    /**
     * Returns the resolver that serves exactly these files.
     *
     * @return the resolver
     */
    public DetachedResolver resolver() {
      return new DetachedResolver(files);
    }

    @Override
    public void place(Element signature) {
      document.appendChild(signature);
    }

    @Override
    public List<DataObject> addReferences(XMLSignature sig, String base, String digestUri)
        throws XMLSecurityException {
      sig.addResourceResolver(resolver());
      List<DataObject> objects = new ArrayList<>();
      for (String name : files.keySet()) {
        String referenceId = "r-" + base + "-" + objects.size();
        sig.addDocument(name, null, digestUri, referenceId, null);
        objects.add(new DataObject(referenceId, mimeType(name)));
      }
      return objects;
    }
  }
}
